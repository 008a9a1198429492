import { describe, expect, it } from "vitest";
import { describeOralJakClassRules } from "../support/oral-jak-class";
import { cleanRequest, datesOf, findingKeys, hasFinding, minimalRequest, plan, scheduled, visitLines, withBaselineLab, withPatient } from "../support/requests";
import { describeStartThresholds } from "../support/thresholds";

// XELJANZ US PI 2.2 (start limits: ALC 500, ANC 1,000, Hb 9 g/dL — 9, not 8), 5 (CBC at
// 4–8 weeks then every 3 months; lipids 4–8 weeks); EU SmPC 4.2/4.4 (ALC 0.75 ×10⁹/L to
// start; lipids at 8 weeks). Start 2027-01-04: week 4 = 2027-02-01, week 8 = 2027-03-01.

describeStartThresholds("tofacitinib", [
  {
    analyte: "ALC",
    title: "US limit, below 500 cells/µL",
    test: "alc",
    labelRegion: "US",
    below: [[499, "cells/uL"], [0.499, "10^9/L"]],
    at: [[500, "cells/uL"], [0.5, "10^9/L"]],
    above: [[501, "cells/uL"], [0.501, "10^9/L"]],
    expectBelow: ["do-not-start tofacitinib.start.alc"],
    expectAtOrAbove: ["info tofacitinib.start.alc-eu"],
  },
  {
    analyte: "ALC",
    title: "EU limit 0.75 ×10⁹/L shown as a disagreement",
    test: "alc",
    labelRegion: "US",
    below: [[749, "cells/uL"], [0.749, "10^9/L"]],
    at: [[750, "cells/uL"], [0.75, "10^9/L"]],
    above: [[751, "cells/uL"], [0.751, "10^9/L"]],
    expectBelow: ["info tofacitinib.start.alc-eu"],
  },
  {
    analyte: "ALC",
    title: "EU limit, below 0.75 ×10⁹/L",
    test: "alc",
    labelRegion: "EU",
    below: [[749, "cells/uL"], [0.749, "10^9/L"], [499, "cells/uL"]],
    at: [[750, "cells/uL"], [0.75, "10^9/L"]],
    above: [[751, "cells/uL"], [0.751, "10^9/L"]],
    expectBelow: ["do-not-start tofacitinib.start.alc-eu"],
  },
  {
    analyte: "ANC",
    title: "below 1,000 cells/µL",
    test: "anc",
    labelRegion: "US",
    below: [[999, "cells/uL"], [0.999, "10^9/L"]],
    at: [[1000, "cells/uL"], [1, "10^9/L"]],
    above: [[1001, "cells/uL"], [1.001, "10^9/L"]],
    expectBelow: ["do-not-start tofacitinib.start.anc"],
  },
  {
    analyte: "haemoglobin",
    title: "below 9 g/dL (not 8)",
    test: "hemoglobin",
    labelRegion: "US",
    below: [[8.99, "g/dL"], [89.9, "g/L"], [5.58, "mmol/L"], [8.5, "g/dL"]],
    at: [[9, "g/dL"], [90, "g/L"], [5.5854, "mmol/L"]],
    above: [[9.01, "g/dL"], [90.1, "g/L"], [5.59, "mmol/L"]],
    expectBelow: ["do-not-start tofacitinib.start.hemoglobin"],
  },
  {
    analyte: "haemoglobin",
    title: "below 9 g/dL (not 8)",
    test: "hemoglobin",
    labelRegion: "EU",
    below: [[8.99, "g/dL"], [89.9, "g/L"]],
    at: [[9, "g/dL"], [90, "g/L"]],
    above: [[9.01, "g/dL"]],
    expectBelow: ["do-not-start tofacitinib.start.hemoglobin"],
  },
]);

describe("tofacitinib patient rules", () => {
  it.each([
    [17, true],
    [18, false],
  ])("tofacitinib for psoriatic arthritis at age %d → below-approved-age caution: %s", (ageYears, expected) => {
    expect(hasFinding(plan(withPatient(cleanRequest("tofacitinib"), { ageYears })), "caution", "tofacitinib.indication.psoriatic-arthritis")).toBe(expected);
  });

  it("11 mg extended release is planned like 10 mg", () => {
    const p = plan(cleanRequest("tofacitinib", { doseMg: 11 }));
    expect(findingKeys(p, "do-not-start")).toEqual([]);
    expect(datesOf(p, "cbc")).toContain("2027-02-01");
  });

  it("haemoglobin 8.5 g/dL: the message names the 9 g/dL limit", () => {
    const p = plan(withBaselineLab(cleanRequest("tofacitinib"), "hemoglobin", 8.5, "g/dL"));
    expect(p.findings.find((finding) => finding.ruleId === "tofacitinib.start.hemoglobin")?.message).toContain("9 g/dL");
  });
});

describeOralJakClassRules("tofacitinib", { baselinePanels: ["cbc"], viralHepatitis: "caution", euRiskGroups: true });

describe("tofacitinib schedule", () => {
  it("no doses or results on file: RZV 1, baseline, week 4, RZV 2, then CBC every 3 months", () => {
    expect(visitLines(plan(minimalRequest("tofacitinib")))).toEqual([
      "2026-12-21 2 weeks before start: rzv-dose-1",
      "2027-01-04 Baseline: cbc, tb, hbv, hcv",
      "2027-02-01 Week 4: cbc, lipids",
      "2027-02-21 Zoster vaccine dose 2: rzv-dose-2",
      "2027-04-04 Month 3: cbc",
      "2027-07-04 Month 6: cbc",
      "2027-10-04 Month 9: cbc",
      "2028-01-04 Month 12: cbc",
    ]);
  });

  it("CBC at week 4 (2027-02-01) due by week 8 (2027-03-01), then Month 3, 6, 9 and 12 with no window", () => {
    const p = plan(cleanRequest("tofacitinib", { routineIntervalMonths: undefined }));
    expect(scheduled(p, "cbc").map((item) => [item.date, item.label, item.ruleId, item.dueBy])).toEqual([
      ["2027-01-04", "Baseline", "tofacitinib.baseline.cbc", undefined],
      ["2027-02-01", "Week 4", "tofacitinib.followup.cbc.week4-8", "2027-03-01"],
      ["2027-04-04", "Month 3", "tofacitinib.followup.cbc.week4-8", undefined],
      ["2027-07-04", "Month 6", "tofacitinib.followup.cbc.week4-8", undefined],
      ["2027-10-04", "Month 9", "tofacitinib.followup.cbc.week4-8", undefined],
      ["2028-01-04", "Month 12", "tofacitinib.followup.cbc.week4-8", undefined],
    ]);
  });

  it("the 3-monthly CBC runs to the horizon: 24 months → Month 3 … Month 24", () => {
    const p = plan(cleanRequest("tofacitinib", { horizonMonths: 24, routineIntervalMonths: undefined }));
    expect(scheduled(p, "cbc").filter((item) => item.label.startsWith("Month")).map((item) => item.label)).toEqual([
      "Month 3",
      "Month 6",
      "Month 9",
      "Month 12",
      "Month 15",
      "Month 18",
      "Month 21",
      "Month 24",
    ]);
    expect(datesOf(p, "cbc").at(-1)).toBe("2029-01-04");
  });

  it("US label: lipids at week 4 (2027-02-01) due by week 8 (2027-03-01)", () => {
    const p = plan(cleanRequest("tofacitinib", { routineIntervalMonths: undefined }));
    expect(scheduled(p, "lipids").map((item) => [item.date, item.label, item.ruleId, item.dueBy])).toEqual([
      ["2027-02-01", "Week 4", "tofacitinib.followup.lipids.week4-8", "2027-03-01"],
    ]);
  });

  it("EU SmPC: lipids at week 8 (2027-03-01), none at week 4", () => {
    const p = plan(cleanRequest("tofacitinib", { labelRegion: "EU", routineIntervalMonths: undefined }));
    expect(scheduled(p, "lipids").map((item) => [item.date, item.label, item.ruleId, item.dueBy])).toEqual([
      ["2027-03-01", "Week 8", "tofacitinib.followup.lipids.week8-eu", undefined],
    ]);
  });

  it("routineIntervalMonths 3 → liver enzymes and lipids join the 3-monthly CBC at Month 3, 6, 9 and 12", () => {
    const p = plan(cleanRequest("tofacitinib", { routineIntervalMonths: 3 }));
    for (const date of ["2027-04-04", "2027-07-04", "2027-10-04", "2028-01-04"]) {
      const visit = p.visits.find((v) => v.date === date);
      expect(visit?.items.map((item) => item.test).sort(), date).toEqual(["cbc", "lipids", "liver"]);
    }
  });

  it("horizonMonths 1 → the week-4 visit stays, nothing after 2027-02-04", () => {
    const p = plan(minimalRequest("tofacitinib", { horizonMonths: 1 }));
    expect(p.visits.map((visit) => visit.date)).toEqual(["2026-12-21", "2027-01-04", "2027-02-01"]);
  });
});
