import { describe, expect, it } from "vitest";
import { scheduleSummary } from "@/lib/planner/schedule-summary";
import { cleanRequest, plan } from "../support/requests";

describe("the schedule summary", () => {
  const abrocitinib = plan(cleanRequest("abrocitinib", { asOf: "2027-03-01" }));
  const lines = scheduleSummary(abrocitinib);

  it("has one line per visit, in the plan's order", () => {
    expect(lines.map((line) => line.date)).toEqual(abrocitinib.visits.map((visit) => visit.date));
  });

  it("names each test of a visit once", () => {
    for (const line of lines) {
      const names = line.chips.map((chip) => chip.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it("shows a test overdue when any rule's item for it is overdue", () => {
    const week4 = abrocitinib.visits.find((visit) => visit.items.some((item) => item.status === "overdue"));
    expect(week4).toBeDefined();
    const line = lines.find((entry) => entry.date === week4?.date);
    expect(line?.chips.some((chip) => chip.status === "overdue")).toBe(true);
  });

  it("shows the baseline tests done when the baseline results are on file", () => {
    const baseline = lines[0];
    expect(baseline?.chips.find((chip) => chip.name === "CBC")?.status).toBe("done");
  });
});
