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

// OLUMIANT US PI 2 (evaluations before starting, cytopenias), 5 (lipids about 12 weeks
// after starting — the only dated follow-up lab); EU SmPC 4.1/4.2 for atopic dermatitis.

describeStartThresholds("baricitinib", [
  {
    analyte: "ALC",
    title: "below 500 cells/µL",
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
    expectBelow: ["do-not-start baricitinib.start.alc"],
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
    expectBelow: ["do-not-start baricitinib.start.anc"],
  },
  {
    analyte: "haemoglobin",
    title: "below 8 g/dL",
    test: "hemoglobin",
    labelRegion: "US",
    below: [
      [7.99, "g/dL"],
      [79.9, "g/L"],
      [4.96, "mmol/L"],
    ],
    at: [
      [8, "g/dL"],
      [80, "g/L"],
      [4.9648, "mmol/L"],
    ],
    above: [
      [8.01, "g/dL"],
      [80.1, "g/L"],
      [4.97, "mmol/L"],
    ],
    expectBelow: ["do-not-start baricitinib.start.hemoglobin"],
  },
  {
    analyte: "ALC",
    title: "below 500 cells/µL",
    test: "alc",
    labelRegion: "EU",
    below: [
      [499, "cells/uL"],
      [0.499, "10^9/L"],
    ],
    at: [
      [500, "cells/uL"],
      [0.5, "10^9/L"],
    ],
    above: [[501, "cells/uL"]],
    expectBelow: ["do-not-start baricitinib.start.alc"],
  },
]);

describe("baricitinib indications and patient rules", () => {
  // US label: eGFR below 30 not recommended; 30–59 a lower dose (steps not confirmed here, so a caution).
  it.each<[string, number, string[]]>([
    ["eGFR 29", 29, ["do-not-start baricitinib.not-recommended.renal-severe"]],
    ["eGFR 30", 30, ["caution baricitinib.caution.renal-moderate"]],
    ["eGFR 59", 59, ["caution baricitinib.caution.renal-moderate"]],
    ["eGFR 60", 60, []],
  ])("baricitinib under the US label, %s → %j", (_name, egfr, expected) => {
    const p = plan(withPatient(cleanRequest("baricitinib", { labelRegion: "US" }), { egfr }));
    expect(findingKeys(p).filter((key) => key.includes("renal") && !key.startsWith("info"))).toEqual(expected);
  });

  // EU SmPC 4.2: creatinine clearance 30–60 mL/min → 2 mg; below 30 not recommended. Clearance worked out by
  // Cockcroft–Gault from a 70 kg woman of 34 ((140 − 34) × 70 ÷ (72 × creatinine) × 0.85): creatinine 1.5 mg/dL
  // gives 58.4, 1.45 → 60.4, 2.9 → 30.2, 3.0 → 29.2 mL/min.
  it.each<[string, number, number, string[]]>([
    ["CrCl 60.4 (creatinine 1.45 mg/dL) on 4 mg", 1.45, 4, []],
    ["CrCl 58.4 (creatinine 1.5 mg/dL) on 4 mg", 1.5, 4, ["reduce-dose baricitinib.dose.renal-eu"]],
    ["CrCl 58.4 on 2 mg", 1.5, 2, ["info baricitinib.dose.renal-eu"]],
    ["CrCl 30.2 (creatinine 2.9 mg/dL) on 4 mg", 2.9, 4, ["reduce-dose baricitinib.dose.renal-eu"]],
    ["CrCl 29.2 (creatinine 3.0 mg/dL)", 3.0, 2, ["do-not-start baricitinib.not-recommended.renal-severe-eu"]],
  ])("baricitinib under the EU SmPC, %s → %j", (_name, creatinine, doseMg, expected) => {
    const p = plan(
      withBaselineLab(
        withPatient(cleanRequest("baricitinib", { labelRegion: "EU", doseMg }), { egfr: undefined }),
        "creatinine",
        creatinine,
        "mg/dL",
      ),
    );
    expect(
      findingKeys(p).filter(
        (key) => key.includes("renal") && !key.startsWith("info baricitinib.not") && !key.includes("missing"),
      ),
    ).toEqual(expected);
  });

  it.each<[number, string[]]>([
    [60.5, []],
    [60, ["reduce-dose baricitinib.dose.renal-eu"]],
    [30, ["reduce-dose baricitinib.dose.renal-eu"]],
    [29.9, ["do-not-start baricitinib.not-recommended.renal-severe-eu"]],
  ])(
    "baricitinib 4 mg under the EU SmPC with a creatinine clearance of %d mL/min given → %j",
    (crclMlMin, expected) => {
      const p = plan(withPatient(cleanRequest("baricitinib", { labelRegion: "EU", doseMg: 4 }), { crclMlMin }));
      expect(findingKeys(p).filter((key) => key.includes("renal") && !key.startsWith("info"))).toEqual(expected);
      if (expected.length)
        expect(p.findings.find((finding) => finding.ruleId.includes("renal"))?.message).toContain(
          `Decided on CrCl ${crclMlMin} mL/min (as given).`,
        );
    },
  );

  it("the CrCl behind an EU renal finding is shown: 'CrCl 58.4 mL/min (Cockcroft–Gault from creatinine 1.5 mg/dL …, 70 kg, …)'", () => {
    const p = plan(
      withBaselineLab(cleanRequest("baricitinib", { labelRegion: "EU", doseMg: 4 }), "creatinine", 1.5, "mg/dL"),
    );
    expect(findingById(p, "baricitinib.dose.renal-eu")[0]?.message).toContain(
      "Decided on CrCl 58.4 mL/min (Cockcroft–Gault from creatinine 1.5 mg/dL on 2026-12-15, 70 kg, age 34, female).",
    );
  });

  it("EU SmPC with no creatinine clearance and no weight → the plan asks for it (missing), never skips the renal rules", () => {
    const p = plan(withPatient(cleanRequest("baricitinib", { labelRegion: "EU" }), { weightKg: undefined }));
    expect(findingById(p, "baricitinib.missing.crcl").map((finding) => finding.action)).toEqual(["missing"]);
    expect(findingById(p, "baricitinib.missing.crcl")[0]?.message).toMatch(
      /Creatinine clearance is not known: give it, or the weight and a creatinine result/,
    );
  });

  it.each<[string, "US" | "EU", string[]]>([
    ["US", "US", ["caution baricitinib.caution.oat3-inhibitor"]],
    ["EU", "EU", ["reduce-dose baricitinib.dose.oat3-inhibitor-eu"]],
  ])("baricitinib 4 mg with probenecid under the %s label → %j", (_name, labelRegion, expected) => {
    const p = plan(
      withPatient(cleanRequest("baricitinib", { labelRegion, doseMg: 4 }), {
        interactingMedicines: ["strong-oat3-inhibitor"],
      }),
    );
    expect(findingKeys(p).filter((key) => key.includes("oat3") && !key.startsWith("info"))).toEqual(expected);
  });

  it.each<[string, "US" | "EU", string[]]>([
    ["US", "US", ["do-not-start baricitinib.not-recommended.hepatic-severe"]],
    ["EU", "EU", ["do-not-start baricitinib.not-recommended.hepatic-severe"]],
  ])("baricitinib with severe hepatic impairment under the %s label → %j", (_name, labelRegion, expected) => {
    const p = plan(withPatient(cleanRequest("baricitinib", { labelRegion }), { hepaticImpairment: "severe" }));
    expect(findingKeys(p, "do-not-start")).toEqual(expected);
  });

  it("atopic dermatitis under the US label → off-label caution (approved only in the EU)", () => {
    const p = plan(cleanRequest("baricitinib", { indication: "atopic-dermatitis", doseMg: 4 }));
    const [finding] = findingById(p, "baricitinib.indication.atopic-dermatitis");
    expect(finding?.action).toBe("caution");
    expect(finding?.message).toMatch(/Off-label/);
  });

  it("atopic dermatitis under the EU SmPC → no off-label caution", () => {
    const p = plan(cleanRequest("baricitinib", { indication: "atopic-dermatitis", doseMg: 4, labelRegion: "EU" }));
    expect(findingById(p, "baricitinib.indication.atopic-dermatitis")).toEqual([]);
  });

  it.each<[string, "atopic-dermatitis" | "alopecia-areata", "US" | "EU", number, number, string[]]>([
    [
      "atopic dermatitis, EU, age 65 on 4 mg",
      "atopic-dermatitis",
      "EU",
      65,
      4,
      ["reduce-dose baricitinib.dose.age-65-eu"],
    ],
    ["atopic dermatitis, EU, age 64 on 4 mg", "atopic-dermatitis", "EU", 64, 4, []],
    ["atopic dermatitis, EU, age 70 on 2 mg", "atopic-dermatitis", "EU", 70, 2, ["info baricitinib.dose.age-65-eu"]],
    [
      "atopic dermatitis, US, age 65 on 4 mg (an EU rule: a note under the US label)",
      "atopic-dermatitis",
      "US",
      65,
      4,
      ["info baricitinib.dose.age-65-eu"],
    ],
    [
      "alopecia areata, EU, age 65 on 4 mg (2 mg at 65 or over in every indication)",
      "alopecia-areata",
      "EU",
      65,
      4,
      ["reduce-dose baricitinib.dose.age-65-eu"],
    ],
  ])("baricitinib, %s → %j", (_name, indication, labelRegion, ageYears, doseMg, expected) => {
    const p = plan(withPatient(cleanRequest("baricitinib", { indication, labelRegion, doseMg }), { ageYears }));
    expect(findingKeys(p).filter((key) => key.includes("age-65"))).toEqual(expected);
  });

  // The 2023 referral's wording: 2 mg is recommended for these patients, and 4 mg may be considered if
  // disease activity is not controlled on 2 mg.
  it.each<[string, Parameters<typeof withPatient>[1], number, number | undefined, string[]]>([
    ["age 70 starting on 2 mg, raised to 4 mg", { ageYears: 70 }, 2, 4, ["info baricitinib.dose.age-65-eu"]],
    [
      "a current smoker starting on 4 mg",
      { smoking: "current" },
      4,
      undefined,
      ["reduce-dose baricitinib.dose.higher-risk-eu"],
    ],
    [
      "a history of malignancy starting on 2 mg, raised to 4 mg",
      { riskFactors: ["malignancy-history"] },
      2,
      4,
      ["info baricitinib.dose.higher-risk-eu"],
    ],
    ["a never-smoker with no risk factor starting on 4 mg", { smoking: "never", riskFactors: [] }, 4, undefined, []],
    ["age 70 starting on 4 mg, lowered to 2 mg in April", { ageYears: 70 }, 4, 2, ["info baricitinib.dose.age-65-eu"]],
  ])("baricitinib for atopic dermatitis under the EU SmPC, %s → %j", (_name, patient, doseMg, raisedTo, expected) => {
    const doseChanges = raisedTo === undefined ? [] : [{ date: "2027-04-01", doseMg: raisedTo }];
    const request = cleanRequest("baricitinib", {
      indication: "atopic-dermatitis",
      labelRegion: "EU",
      doseMg,
      doseChanges,
      // Planned as of a day after the change, so that the change is in effect.
      ...(raisedTo === undefined ? {} : { asOf: "2027-05-01" }),
    });
    expect(
      findingKeys(plan(withPatient(request, patient))).filter((key) => /\.dose\.(age-65|higher-risk)/.test(key)),
    ).toEqual(expected);
  });

  it.each([
    [17, true],
    [18, false],
  ])("baricitinib for alopecia areata at age %d → below-approved-age caution: %s", (ageYears, expected) => {
    expect(
      hasFinding(
        plan(withPatient(cleanRequest("baricitinib"), { ageYears })),
        "caution",
        "baricitinib.indication.alopecia-areata",
      ),
    ).toBe(expected);
  });

  it("eGFR on file counts as the baseline renal function even without a creatinine result", () => {
    const p = plan(withPatient(minimalRequest("baricitinib"), { egfr: 80 }));
    expect(hasFinding(p, "missing", "baricitinib.baseline.renal")).toBe(false);
  });
});

describeOralJakClassRules("baricitinib", {
  baselinePanels: ["cbc", "liver", "renal"],
  hepatitis: "assess",
  euRiskGroups: true,
  euPregnancyContraindicated: true,
  euBreastfeeding: "advised-against",
});

describe("baricitinib schedule", () => {
  it("no doses or results on file: RZV 1, baseline, RZV 2, week-12 lipids", () => {
    expect(visitLines(plan(minimalRequest("baricitinib")))).toEqual([
      "2026-12-21 2 weeks before start: rzv-dose-1",
      "2027-01-04 Baseline: cbc, liver, renal, tb, hbv, hcv, pregnancy",
      "2027-02-21 Zoster vaccine dose 2: rzv-dose-2",
      "2027-03-29 Week 12: lipids",
    ]);
  });

  it("lipids at week 12 (2027-03-29) are the only dated follow-up lab", () => {
    const p = plan(cleanRequest("baricitinib", { routineIntervalMonths: undefined }));
    const afterStart = p.visits
      .filter((visit) => visit.date > "2027-01-04")
      .flatMap((visit) => visit.items.map((item) => `${visit.date} ${item.test} ${item.ruleId}`));
    expect(afterStart).toEqual(["2027-03-29 lipids baricitinib.followup.lipids.week12"]);
  });

  it("routineIntervalMonths 3 → CBC and lipids at Month 3, 6, 9 and 12", () => {
    const p = plan(cleanRequest("baricitinib", { routineIntervalMonths: 3 }));
    const routine = ["2027-04-04", "2027-07-04", "2027-10-04", "2028-01-04"];
    expect(
      scheduled(p, "cbc")
        .filter((item) => item.ruleId === "baricitinib.routine")
        .map((item) => item.date),
    ).toEqual(routine);
    expect(
      scheduled(p, "lipids")
        .filter((item) => item.ruleId === "baricitinib.routine")
        .map((item) => item.date),
    ).toEqual(routine);
    expect(datesOf(p, "liver")).toEqual(["2027-01-04"]);
  });
});
