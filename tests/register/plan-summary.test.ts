import { describe, expect, it } from "vitest";
import { combineChanges, summaryChange, type PlanSummary } from "@/lib/register/plan-summary";

const summary = (rulesVersion: string, items: string[], findings: string[] = []): PlanSummary => ({
  rulesVersion,
  items,
  findings,
});

describe("what a rules change altered in a plan", () => {
  it("lists the dated tests and findings added and removed, and nothing when the plan is the same", () => {
    const before = summary("1", ["2027-02-01 cbc", "2027-02-01 lipids"], ["caution a.rule"]);
    const after = summary("2", ["2027-02-08 cbc", "2027-02-01 lipids"], ["caution a.rule", "interrupt b.rule"]);
    expect(summaryChange(before, after)).toEqual({
      fromRulesVersion: "1",
      toRulesVersion: "2",
      itemsAdded: ["2027-02-08 cbc"],
      itemsRemoved: ["2027-02-01 cbc"],
      findingsAdded: ["interrupt b.rule"],
      findingsRemoved: [],
    });
    expect(summaryChange(before, { ...before, rulesVersion: "2" })).toBeNull();
  });

  it("keeps two unreviewed changes as one change since the last review, and a move there and back as none", () => {
    const first = summaryChange(summary("1", ["2027-02-01 cbc"]), summary("2", ["2027-02-08 cbc"]));
    const second = summaryChange(summary("2", ["2027-02-08 cbc"]), summary("3", ["2027-02-01 cbc", "2027-03-01 ck"]));
    expect(combineChanges(first, second!)).toEqual({
      fromRulesVersion: "1",
      toRulesVersion: "3",
      itemsAdded: ["2027-03-01 ck"],
      itemsRemoved: [],
      findingsAdded: [],
      findingsRemoved: [],
    });
  });
});
