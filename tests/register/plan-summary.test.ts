import { describe, expect, it } from "vitest";
import { combineChanges, itemLines, summaryChange, type PlanSummary } from "@/lib/register/plan-summary";

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

describe("a rules change's dated tests in words", () => {
  it("gives one line per test with every date in order, whatever order they came in", () => {
    expect(
      itemLines("No longer tracked", ["2027-05-03 cbc", "2027-02-01 lipids", "2027-02-01 cbc", "2027-08-02 cbc"]),
    ).toEqual([
      "No longer tracked: CBC with differential on Mon 1 Feb 2027, Mon 3 May 2027, Mon 2 Aug 2027",
      "No longer tracked: lipid panel on Mon 1 Feb 2027",
    ]);
    expect(itemLines("Now scheduled", [])).toEqual([]);
  });

  it("keeps a test the rules no longer name as it was stored", () => {
    expect(itemLines("No longer scheduled", ["2027-02-01 retired-test"])).toEqual([
      "No longer scheduled: retired-test on Mon 1 Feb 2027",
    ]);
  });
});
