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

// RINVOQ US PI 2.1 (start limits), 2 (dosage; interruption for laboratory abnormalities),
// 5.8 (lipids about 12 weeks after starting). Start 2027-01-04: week 12 = 2027-03-29.

describeStartThresholds("upadacitinib", [
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
    expectBelow: ["do-not-start upadacitinib.start.alc"],
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
    expectBelow: ["do-not-start upadacitinib.start.anc"],
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
    expectBelow: ["do-not-start upadacitinib.start.hemoglobin"],
  },
]);

describe("upadacitinib dose and patient rules", () => {
  it("platelets 50 ×10⁹/L → no do-not-start: the label sets no platelet limit", () => {
    expect(
      findingKeys(plan(withBaselineLab(cleanRequest("upadacitinib"), "platelets", 50, "10^9/L")), "do-not-start"),
    ).toEqual([]);
  });

  const doseKeys = (p: ReturnType<typeof plan>) =>
    findingKeys(p).filter((key) => /\.(dose|not-recommended)\./.test(key));

  it.each<[string, Parameters<typeof withPatient>[1], number, string[]]>([
    ["age 65 on 30 mg", { ageYears: 65 }, 30, ["reduce-dose upadacitinib.dose.age-65"]],
    ["age 64 on 30 mg", { ageYears: 64 }, 30, []],
    ["age 80 on 15 mg", { ageYears: 80 }, 15, ["info upadacitinib.dose.age-65"]],
    ["eGFR 14 on 15 mg", { egfr: 14 }, 15, ["do-not-start upadacitinib.not-recommended.end-stage-renal"]],
    ["eGFR 14 on 30 mg", { egfr: 14 }, 30, ["do-not-start upadacitinib.not-recommended.end-stage-renal"]],
    ["eGFR 15 on 30 mg", { egfr: 15 }, 30, ["reduce-dose upadacitinib.dose.renal-severe"]],
    ["eGFR 29 on 30 mg", { egfr: 29 }, 30, ["reduce-dose upadacitinib.dose.renal-severe"]],
    ["eGFR 30 on 30 mg", { egfr: 30 }, 30, []],
    ["eGFR 20 on 15 mg", { egfr: 20 }, 15, ["info upadacitinib.dose.renal-severe"]],
    [
      "severe hepatic impairment",
      { hepaticImpairment: "severe" },
      15,
      ["do-not-start upadacitinib.not-recommended.hepatic-severe"],
    ],
    ["moderate hepatic impairment", { hepaticImpairment: "moderate" }, 15, []],
  ])("upadacitinib, %s (%d mg) → %j", (_name, patient, doseMg, expected) => {
    expect(doseKeys(plan(withPatient(cleanRequest("upadacitinib", { doseMg }), patient)))).toEqual(expected);
  });

  it("age 70 with eGFR 20 on 30 mg → both reductions are shown", () => {
    const p = plan(withPatient(cleanRequest("upadacitinib", { doseMg: 30 }), { ageYears: 70, egfr: 20 }));
    expect(findingKeys(p, "reduce-dose")).toEqual([
      "reduce-dose upadacitinib.dose.age-65",
      "reduce-dose upadacitinib.dose.renal-severe",
    ]);
  });

  it("can become pregnant → contraception for 4 weeks after the last dose (caution)", () => {
    const p = plan(withPatient(cleanRequest("upadacitinib"), { canBecomePregnant: true }));
    expect(findingById(p, "upadacitinib.caution.can-become-pregnant")[0]?.message).toContain(
      "for 4 weeks after the last dose",
    );
  });

  it.each<[string, Parameters<typeof withPatient>[1], string[]]>([
    [
      "a strong CYP3A4 inhibitor (dose step not confirmed: check the label)",
      { interactingMedicines: ["strong-cyp3a4-inhibitor"] },
      ["caution upadacitinib.caution.strong-cyp3a4-inhibitor"],
    ],
    [
      "a strong CYP3A4 inducer (not recommended)",
      { interactingMedicines: ["strong-cyp3a4-inducer"] },
      ["caution upadacitinib.not-recommended.strong-cyp3a4-inducer"],
    ],
    ["probenecid (no upadacitinib rule)", { interactingMedicines: ["strong-oat3-inhibitor"] }, []],
  ])("upadacitinib with %s → %j", (_name, patient, expected) => {
    expect(
      findingKeys(plan(withPatient(cleanRequest("upadacitinib"), patient))).filter((key) => key.includes("cyp3a4")),
    ).toEqual(expected);
  });

  it.each<[string, string, number, boolean]>([
    ["atopic dermatitis", "atopic-dermatitis", 11, true],
    ["atopic dermatitis", "atopic-dermatitis", 12, false],
    ["psoriatic arthritis", "psoriatic-arthritis", 1, true],
    ["psoriatic arthritis", "psoriatic-arthritis", 2, false],
  ])("upadacitinib for %s at age %d → below-approved-age caution: %s", (_name, indication, ageYears, expected) => {
    const p = plan(
      withPatient(cleanRequest("upadacitinib", { indication: indication as "atopic-dermatitis" }), { ageYears }),
    );
    expect(hasFinding(p, "caution", `upadacitinib.indication.${indication}`)).toBe(expected);
  });

  it.each<[number, boolean]>([
    [17, true],
    [18, false],
  ])(
    "upadacitinib for psoriatic arthritis at age %d → the planner's adult doses need checking against the label's weight-based dose: %s",
    (ageYears, expected) => {
      const p = plan(withPatient(cleanRequest("upadacitinib", { indication: "psoriatic-arthritis" }), { ageYears }));
      expect(hasFinding(p, "caution", "upadacitinib.caution.child-psoriatic-arthritis")).toBe(expected);
    },
  );

  // RINVOQ US 1: atopic dermatitis from age 12 in patients weighing at least 40 kg.
  it.each<[string, Parameters<typeof withPatient>[1], "US" | "EU", string[]]>([
    [
      "age 14, 39.9 kg",
      { ageYears: 14, weightKg: 39.9 },
      "US",
      ["caution upadacitinib.caution.adolescent-under-40-kg"],
    ],
    ["age 14, 40 kg", { ageYears: 14, weightKg: 40 }, "US", []],
    ["age 18, 35 kg (an adult)", { ageYears: 18, weightKg: 35 }, "US", []],
    ["age 14, weight not given", { ageYears: 14, weightKg: undefined }, "US", ["missing upadacitinib.missing.weight"]],
    // The other label's rule is shown as a note, so the difference is seen.
    [
      "age 14, 35 kg, under the EU SmPC",
      { ageYears: 14, weightKg: 35 },
      "EU",
      ["info upadacitinib.caution.adolescent-under-40-kg"],
    ],
  ])("upadacitinib for atopic dermatitis, %s, %s label → %j", (_name, patient, labelRegion, expected) => {
    const p = plan(withPatient(cleanRequest("upadacitinib", { labelRegion }), patient));
    expect(findingKeys(p).filter((key) => /adolescent-under-40-kg|missing\.weight/.test(key))).toEqual(expected);
  });

  // RINVOQ EU SmPC 4.2 (read in UK and HSA copies): adolescents 12 to 17 take 15 mg, if they weigh at least 30 kg.
  it.each<[string, Parameters<typeof withPatient>[1], number, string[]]>([
    ["age 17, 30 mg", { ageYears: 17, weightKg: 50 }, 30, ["reduce-dose upadacitinib.dose.adolescent-eu"]],
    ["age 17, 15 mg", { ageYears: 17, weightKg: 50 }, 15, ["info upadacitinib.dose.adolescent-eu"]],
    ["age 18, 30 mg", { ageYears: 18, weightKg: 50 }, 30, []],
    [
      "age 14, 29.9 kg, 15 mg",
      { ageYears: 14, weightKg: 29.9 },
      15,
      [
        "caution upadacitinib.caution.adolescent-under-30-kg-eu",
        "info upadacitinib.caution.adolescent-under-40-kg",
        "info upadacitinib.dose.adolescent-eu",
      ],
    ],
    [
      "age 14, 30 kg, 15 mg",
      { ageYears: 14, weightKg: 30 },
      15,
      ["info upadacitinib.caution.adolescent-under-40-kg", "info upadacitinib.dose.adolescent-eu"],
    ],
  ])("upadacitinib for atopic dermatitis under the EU SmPC, %s → %j", (_name, patient, doseMg, expected) => {
    const p = plan(withPatient(cleanRequest("upadacitinib", { labelRegion: "EU", doseMg }), patient));
    expect(findingKeys(p).filter((key) => /adolescent/.test(key))).toEqual(expected);
  });

  it("the EU adolescent dose step in a US plan is a note that names the other label", () => {
    const p = plan(withPatient(cleanRequest("upadacitinib", { doseMg: 30 }), { ageYears: 15, weightKg: 50 }));
    expect(findingById(p, "upadacitinib.dose.adolescent-eu")[0]?.message).toBe(
      "Under the EU SmPC: Adolescent (12 to 17): the EU SmPC's atopic dermatitis dose is 15 mg once daily; 30 mg is for adults under 65. This plan follows the US label.",
    );
  });

  // The EU SmPC copies read approve psoriatic arthritis in adults; the US label from age 2.
  it.each<[number, string[]]>([
    [17, ["caution upadacitinib.caution.child-psoriatic-arthritis-eu"]],
    [18, []],
  ])("upadacitinib for psoriatic arthritis under the EU SmPC at age %d → %j", (ageYears, expected) => {
    const p = plan(
      withPatient(cleanRequest("upadacitinib", { indication: "psoriatic-arthritis", labelRegion: "EU" }), { ageYears }),
    );
    expect(findingKeys(p).filter((key) => key.includes("psoriatic-arthritis-eu"))).toEqual(expected);
  });

  it("an adolescent's weight not given: the plan asks for it and says what it decides", () => {
    const p = plan(withPatient(cleanRequest("upadacitinib"), { ageYears: 14, weightKg: undefined }));
    expect(findingById(p, "upadacitinib.missing.weight")[0]?.message).toMatch(
      /^Weight is not given\. It decides: Adolescent weighing less than 40 kg/,
    );
  });

  // Reference: the EU risk groups (PRAC 2023 referral) apply to all JAK inhibitors for
  // inflammatory disease, upadacitinib (Rinvoq) among them.
  it("upadacitinib under the EU SmPC, age 65 with no other risk factor → caution upadacitinib.caution.higher-risk-eu", () => {
    const p = plan(withPatient(cleanRequest("upadacitinib", { labelRegion: "EU" }), { ageYears: 65 }));
    expect(hasFinding(p, "caution", "upadacitinib.caution.higher-risk-eu")).toBe(true);
  });
});

describeOralJakClassRules("upadacitinib", {
  baselinePanels: ["cbc", "liver"],
  hepatitis: "active",
  euRiskGroups: true,
  euPregnancyContraindicated: true,
  euBreastfeeding: "advised-against",
});

describe("upadacitinib schedule", () => {
  it("no doses or results on file: RZV 1, baseline, RZV 2, week-12 lipids", () => {
    expect(visitLines(plan(minimalRequest("upadacitinib")))).toEqual([
      "2026-12-21 2 weeks before start: rzv-dose-1",
      "2027-01-04 Baseline: cbc, liver, tb, hbv, hcv, pregnancy",
      "2027-02-21 Zoster vaccine dose 2: rzv-dose-2",
      "2027-03-29 Week 12: lipids",
    ]);
  });

  it("lipid panel about 12 weeks after starting, on 2027-03-29, with no week-4 check", () => {
    const p = plan(cleanRequest("upadacitinib", { routineIntervalMonths: undefined }));
    expect(scheduled(p, "lipids").map((item) => [item.date, item.label, item.ruleId])).toEqual([
      ["2027-03-29", "Week 12", "upadacitinib.followup.lipids.week12"],
    ]);
    expect(datesOf(p, "cbc")).toEqual(["2027-01-04"]);
  });

  it("routineIntervalMonths 3 → CBC, liver enzymes and lipids at Month 3, 6, 9 and 12", () => {
    const p = plan(cleanRequest("upadacitinib", { routineIntervalMonths: 3 }));
    const routine = ["2027-04-04", "2027-07-04", "2027-10-04", "2028-01-04"];
    for (const test of ["cbc", "liver", "lipids"] as const) {
      expect(
        scheduled(p, test)
          .filter((item) => item.ruleId === "upadacitinib.routine")
          .map((item) => item.date),
        test,
      ).toEqual(routine);
    }
  });

  it("no routine interval → missing upadacitinib.routine", () => {
    expect(
      hasFinding(
        plan(cleanRequest("upadacitinib", { routineIntervalMonths: undefined })),
        "missing",
        "upadacitinib.routine",
      ),
    ).toBe(true);
  });

  it("horizonMonths 2 → the week-12 lipid panel is beyond the plan", () => {
    expect(datesOf(plan(cleanRequest("upadacitinib", { horizonMonths: 2 })), "lipids")).toEqual([]);
  });
});
