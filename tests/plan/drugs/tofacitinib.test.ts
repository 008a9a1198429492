import { describe, expect, it } from "vitest";
import { describeOralJakClassRules } from "../../support/oral-jak-class";
import {
  cleanRequest,
  datesOf,
  findingById,
  findingKeys,
  hasFinding,
  minimalRequest,
  plan,
  scheduled,
  visitLines,
  withBaselineLab,
  withPatient,
} from "../../support/requests";
import { describeStartThresholds } from "../../support/thresholds";

// XELJANZ US PI 2.2 (start limits: ALC 500, ANC 1,000, Hb 9 g/dL — 9, not 8), 5 (CBC at
// 4–8 weeks then every 3 months; lipids 4–8 weeks); EU SmPC 4.2/4.4 (ALC 0.75 ×10⁹/L to
// start; lipids at 8 weeks). Start 2027-01-04: week 4 = 2027-02-01, week 8 = 2027-03-01.

describeStartThresholds("tofacitinib", [
  {
    analyte: "ALC",
    title: "US limit, below 500 cells/µL",
    test: "alc",
    labelRegion: "US",
    below: [
      [499, "cells/uL"],
      [0.499, "10^9/L"],
    ],
    at: [
      [500, "cells/uL"],
      [0.5, "10^9/L"],
    ],
    above: [
      [501, "cells/uL"],
      [0.501, "10^9/L"],
    ],
    expectBelow: ["do-not-start tofacitinib.start.alc"],
    expectAtOrAbove: ["info tofacitinib.start.alc-eu"],
  },
  {
    analyte: "ALC",
    title: "EU limit 0.75 ×10⁹/L shown as a disagreement",
    test: "alc",
    labelRegion: "US",
    below: [
      [749, "cells/uL"],
      [0.749, "10^9/L"],
    ],
    at: [
      [750, "cells/uL"],
      [0.75, "10^9/L"],
    ],
    above: [
      [751, "cells/uL"],
      [0.751, "10^9/L"],
    ],
    expectBelow: ["info tofacitinib.start.alc-eu"],
  },
  {
    analyte: "ALC",
    title: "EU limit, below 0.75 ×10⁹/L",
    test: "alc",
    labelRegion: "EU",
    below: [
      [749, "cells/uL"],
      [0.749, "10^9/L"],
      [499, "cells/uL"],
    ],
    at: [
      [750, "cells/uL"],
      [0.75, "10^9/L"],
    ],
    above: [
      [751, "cells/uL"],
      [0.751, "10^9/L"],
    ],
    expectBelow: ["do-not-start tofacitinib.start.alc-eu"],
  },
  {
    analyte: "ANC",
    title: "below 1,000 cells/µL",
    test: "anc",
    labelRegion: "US",
    below: [
      [999, "cells/uL"],
      [0.999, "10^9/L"],
    ],
    at: [
      [1000, "cells/uL"],
      [1, "10^9/L"],
    ],
    above: [
      [1001, "cells/uL"],
      [1.001, "10^9/L"],
    ],
    expectBelow: ["do-not-start tofacitinib.start.anc"],
  },
  {
    analyte: "haemoglobin",
    title: "below 9 g/dL (not 8)",
    test: "hemoglobin",
    labelRegion: "US",
    below: [
      [8.99, "g/dL"],
      [89.9, "g/L"],
      [5.58, "mmol/L"],
      [8.5, "g/dL"],
    ],
    at: [
      [9, "g/dL"],
      [90, "g/L"],
      [5.5854, "mmol/L"],
    ],
    above: [
      [9.01, "g/dL"],
      [90.1, "g/L"],
      [5.59, "mmol/L"],
    ],
    expectBelow: ["do-not-start tofacitinib.start.hemoglobin"],
  },
  {
    analyte: "haemoglobin",
    title: "below 9 g/dL (not 8)",
    test: "hemoglobin",
    labelRegion: "EU",
    below: [
      [8.99, "g/dL"],
      [89.9, "g/L"],
    ],
    at: [
      [9, "g/dL"],
      [90, "g/L"],
    ],
    above: [[9.01, "g/dL"]],
    expectBelow: ["do-not-start tofacitinib.start.hemoglobin"],
  },
]);

describe("tofacitinib patient rules", () => {
  // XELJANZ 1.2 and 2.4 (10/2025): psoriatic arthritis from age 2, children dosed by weight.
  it.each<[number, boolean, boolean]>([
    [1, true, true],
    [2, false, true],
    [17, false, true],
    [18, false, false],
  ])(
    "tofacitinib for psoriatic arthritis at age %d → below-approved-age caution: %s; child's weight-based dose caution: %s",
    (ageYears, belowAge, child) => {
      const p = plan(withPatient(cleanRequest("tofacitinib"), { ageYears }));
      expect(hasFinding(p, "caution", "tofacitinib.indication.psoriatic-arthritis")).toBe(belowAge);
      expect(hasFinding(p, "caution", "tofacitinib.caution.child")).toBe(child);
    },
  );

  // XELJANZ 2.3 Table 1: creatinine clearance (Cockcroft–Gault) 30–50 (moderate) or below 30 (severe) → 5 mg
  // once daily; 50 itself is moderate. Hepatic Child-Pugh B → 5 mg once daily; C not recommended.
  it.each<[string, Parameters<typeof withPatient>[1], number, string[]]>([
    ["CrCl 50.5 mL/min on 5 mg twice daily", { crclMlMin: 50.5 }, 10, []],
    [
      "CrCl 50 mL/min (moderate) on 5 mg twice daily",
      { crclMlMin: 50 },
      10,
      ["reduce-dose tofacitinib.dose.renal-moderate-severe"],
    ],
    [
      "CrCl 29 mL/min (severe) on 11 mg XR",
      { crclMlMin: 29 },
      11,
      ["reduce-dose tofacitinib.dose.renal-moderate-severe"],
    ],
    ["CrCl 40 mL/min on 5 mg once daily", { crclMlMin: 40 }, 5, ["info tofacitinib.dose.renal-moderate-severe"]],
    [
      "Child-Pugh B on 5 mg twice daily",
      { hepaticImpairment: "moderate" },
      10,
      ["reduce-dose tofacitinib.dose.hepatic-moderate"],
    ],
    ["Child-Pugh A on 5 mg twice daily", { hepaticImpairment: "mild" }, 10, []],
    ["Child-Pugh C", { hepaticImpairment: "severe" }, 10, ["do-not-start tofacitinib.not-recommended.hepatic-severe"]],
    [
      "a strong CYP3A4 inhibitor on 11 mg XR",
      { interactingMedicines: ["strong-cyp3a4-inhibitor"] },
      11,
      ["reduce-dose tofacitinib.dose.cyp3a4-inhibitor"],
    ],
    [
      "fluconazole (moderate CYP3A4 and strong CYP2C19) on 5 mg twice daily",
      { interactingMedicines: ["moderate-cyp3a4-and-strong-cyp2c19-inhibitor"] },
      10,
      ["reduce-dose tofacitinib.dose.cyp3a4-inhibitor"],
    ],
    ["a strong CYP2C19 inhibitor alone (no change)", { interactingMedicines: ["strong-cyp2c19-inhibitor"] }, 10, []],
    [
      "a strong CYP3A4 inducer",
      { interactingMedicines: ["strong-cyp3a4-inducer"] },
      10,
      ["caution tofacitinib.not-recommended.strong-cyp3a4-inducer"],
    ],
  ])("tofacitinib, %s (%d mg a day) → %j", (_name, patient, doseMg, expected) => {
    const p = plan(withPatient(cleanRequest("tofacitinib", { doseMg }), patient));
    expect(findingKeys(p).filter((key) => /\.(dose|not-recommended)\./.test(key))).toEqual(expected);
  });

  // XELJANZ EU SmPC 4.2 (read in a review's table of it): no change in mild or moderate renal impairment;
  // creatinine clearance below 30 mL/min → 5 mg once daily. Under both labels the stricter US step acts too.
  it.each<[string, "EU" | "both", number, number, string[]]>([
    // The US step (50 mL/min or less) is a note: the EU step, which would speak for it, does not apply.
    ["EU, CrCl 40 mL/min on 5 mg twice daily", "EU", 40, 10, ["info tofacitinib.dose.renal-moderate-severe"]],
    ["EU, CrCl 30 mL/min on 5 mg twice daily", "EU", 30, 10, ["info tofacitinib.dose.renal-moderate-severe"]],
    ["EU, CrCl 51 mL/min on 5 mg twice daily", "EU", 51, 10, []],
    ["EU, CrCl 29.9 mL/min on 5 mg twice daily", "EU", 29.9, 10, ["reduce-dose tofacitinib.dose.renal-severe-eu"]],
    ["EU, CrCl 20 mL/min on 5 mg once daily", "EU", 20, 5, ["info tofacitinib.dose.renal-severe-eu"]],
    [
      "both labels, CrCl 40 mL/min on 5 mg twice daily",
      "both",
      40,
      10,
      ["reduce-dose tofacitinib.dose.renal-moderate-severe"],
    ],
  ])("tofacitinib, %s (%d mL/min, %d mg a day) → %j", (_name, labelRegion, crclMlMin, doseMg, expected) => {
    const p = plan(withPatient(cleanRequest("tofacitinib", { labelRegion, doseMg }), { crclMlMin }));
    expect(findingKeys(p).filter((key) => key.includes(".dose.renal"))).toEqual(expected);
  });

  it("the EU renal step says where it was read: a review's table of the SmPC, not the SmPC's own text", () => {
    const p = plan(withPatient(cleanRequest("tofacitinib", { labelRegion: "EU", doseMg: 10 }), { crclMlMin: 20 }));
    expect(findingById(p, "tofacitinib.dose.renal-severe-eu")[0]?.sources).toEqual([
      expect.objectContaining({
        section: "4.2 Posology, renal impairment",
        readIn: expect.stringContaining("a 2019 review's table of the SmPC"),
      }),
    ]);
    // A section read in the label itself carries no such note.
    const us = plan(withPatient(cleanRequest("tofacitinib", { doseMg: 10 }), { crclMlMin: 40 }));
    expect(findingById(us, "tofacitinib.dose.renal-moderate-severe")[0]?.sources[0]).not.toHaveProperty("readIn");
  });

  it("tofacitinib: CrCl worked out by Cockcroft–Gault — a man of 70, 70 kg, creatinine 1.4 mg/dL → 48.6 mL/min → 5 mg once daily, and the finding shows the calculation", () => {
    const request = withBaselineLab(
      withPatient(cleanRequest("tofacitinib"), { ageYears: 70, sex: "male", weightKg: 70 }),
      "creatinine",
      1.4,
      "mg/dL",
    );
    const [finding] = findingById(plan(request), "tofacitinib.dose.renal-moderate-severe");
    expect(finding?.action).toBe("reduce-dose");
    expect(finding?.message).toContain(
      "CrCl 48.6 mL/min (Cockcroft–Gault from creatinine 1.4 mg/dL on 2026-12-15, 70 kg, age 70, male)",
    );
  });

  it("tofacitinib with no creatinine clearance, weight or creatinine → the renal step is asked for, not skipped", () => {
    const request = withPatient(cleanRequest("tofacitinib"), { weightKg: undefined });
    expect(findingById(plan(request), "tofacitinib.missing.crcl").map((finding) => finding.action)).toEqual([
      "missing",
    ]);
  });

  it("the 5 mg once-daily dose is accepted (renal, hepatic or interacting-medicine dose)", () => {
    expect(plan(cleanRequest("tofacitinib", { doseMg: 5 })).drug).toBe("tofacitinib");
  });

  it("11 mg extended release is planned like 10 mg", () => {
    const p = plan(cleanRequest("tofacitinib", { doseMg: 11 }));
    expect(findingKeys(p, "do-not-start")).toEqual([]);
    expect(datesOf(p, "cbc")).toContain("2027-02-01");
  });

  it("haemoglobin 8.5 g/dL: the message names the 9 g/dL limit", () => {
    const p = plan(withBaselineLab(cleanRequest("tofacitinib"), "hemoglobin", 8.5, "g/dL"));
    expect(p.findings.find((finding) => finding.ruleId === "tofacitinib.start.hemoglobin")?.message).toContain(
      "9 g/dL",
    );
  });
});

describeOralJakClassRules("tofacitinib", {
  baselinePanels: ["cbc"],
  hepatitis: "assess",
  euRiskGroups: true,
  euPregnancyContraindicated: true,
  euBreastfeeding: "contraindicated",
});

describe("tofacitinib schedule", () => {
  it("no doses or results on file: RZV 1, baseline, week 4, RZV 2, then CBC every 3 months", () => {
    expect(visitLines(plan(minimalRequest("tofacitinib")))).toEqual([
      "2026-12-21 2 weeks before start: rzv-dose-1",
      "2027-01-04 Baseline: cbc, tb, hbv, hcv, pregnancy",
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
    expect(
      scheduled(p, "cbc")
        .filter((item) => item.label.startsWith("Month"))
        .map((item) => item.label),
    ).toEqual(["Month 3", "Month 6", "Month 9", "Month 12", "Month 15", "Month 18", "Month 21", "Month 24"]);
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
