/**
 * Rule conditions are three-valued (Kleene): true, false, or unknown with the facts that
 * would decide them. An unknown fact never reads as "false", so no rule is skipped quietly.
 */
import { describe, expect, it } from "vitest";
import { evaluateCondition } from "@/lib/plan/conditions";
import { patientFactsOf } from "@/lib/plan/patient-facts";
import { planRequestSchema, type PlanRequestInput } from "@/lib/contract/plan-request";
import type { PatientCondition } from "@/rules/types";
import { minimalRequest } from "../support/requests";

const factsOf = (patient: Partial<PlanRequestInput["patient"]>, request: Partial<PlanRequestInput> = {}) =>
  patientFactsOf(
    planRequestSchema.parse({
      ...minimalRequest("abrocitinib"),
      ...request,
      patient: { ageYears: 34, sex: "male", ...patient },
    }),
  );

describe("three-valued conditions", () => {
  it.each<[string, PatientCondition, Partial<PlanRequestInput["patient"]>, unknown]>([
    ["a known fact that holds", { egfrBelow: 30 }, { egfr: 20 }, true],
    ["a known fact that does not", { egfrBelow: 30 }, { egfr: 45 }, false],
    ["an unknown fact", { egfrBelow: 30 }, {}, ["egfr"]],
    ["allOf: a false part wins over an unknown one", { allOf: [{ ageAtLeast: 65 }, { egfrBelow: 30 }] }, {}, false],
    [
      "allOf: unknown when nothing is false",
      { allOf: [{ ageAtLeast: 30 }, { egfrBelow: 30 }, { smoking: ["current"] }] },
      {},
      ["egfr", "smoking"],
    ],
    [
      "anyOf: a true part wins over an unknown one",
      { anyOf: [{ ageAtLeast: 30 }, { smoking: ["current"] }] },
      {},
      true,
    ],
    ["anyOf: unknown when nothing is true", { anyOf: [{ ageAtLeast: 65 }, { smoking: ["current"] }] }, {}, ["smoking"]],
    ["an absent list of risk factors means none (the contract's default)", { riskFactor: ["vte-history"] }, {}, false],
    [
      "pregnant and breastfeeding default to false",
      { anyOf: [{ pregnant: true }, { breastfeeding: true }] },
      {},
      false,
    ],
    [
      "an unknown CYP2C19 genotype is not a poor metabolizer (the label asks for no test)",
      { cyp2c19PoorMetabolizer: true },
      {},
      false,
    ],
    [
      "an unknown CYP2C9 genotype is unknown (the deuruxolitinib label asks for it)",
      { cyp2c9PoorMetabolizer: true },
      {},
      ["cyp2c9-genotype"],
    ],
    [
      "interacting medicines not recorded",
      { interactingMedicine: ["strong-cyp3a4-inhibitor"] },
      {},
      ["interacting-medicines"],
    ],
    [
      "interacting medicines: none",
      { interactingMedicine: ["strong-cyp3a4-inhibitor"] },
      { interactingMedicines: [] },
      false,
    ],
    ["creatinine clearance given", { crclAtMost: 50 }, { crclMlMin: 50 }, true],
    ["creatinine clearance unknown", { crclAtMost: 50 }, {}, ["crcl"]],
  ])("%s", (_name, condition, patient, expected) => {
    expect(evaluateCondition(condition, factsOf(patient))).toEqual(expected);
  });

  it.each<[string, Partial<PlanRequestInput["patient"]>, boolean | undefined]>([
    ["a woman of 34 who did not answer: unknown", { sex: "female", ageYears: 34 }, undefined],
    [
      "a woman of 34 who answered unknown: unknown",
      { sex: "female", ageYears: 34, canBecomePregnant: "unknown" },
      undefined,
    ],
    ["a woman of 34 who answered yes", { sex: "female", ageYears: 34, canBecomePregnant: true }, true],
    ["a woman of 34 who answered no", { sex: "female", ageYears: 34, canBecomePregnant: false }, false],
    ["a girl of 11 who did not answer: no", { sex: "female", ageYears: 11 }, false],
    ["a girl of 12 who did not answer: unknown", { sex: "female", ageYears: 12 }, undefined],
    ["a woman of 55 who did not answer: unknown", { sex: "female", ageYears: 55 }, undefined],
    ["a woman of 56 who did not answer: no", { sex: "female", ageYears: 56 }, false],
    ["a man who did not answer: no", { sex: "male", ageYears: 34 }, false],
  ])("reproductive potential of %s", (_name, patient, expected) => {
    expect(factsOf(patient).canBecomePregnant).toBe(expected);
  });

  it.each<[string, string | undefined, boolean]>([
    ["before the start (no asOf)", undefined, true],
    ["2027-04-03, the day before 3 months", "2027-04-03", true],
    ["2027-04-04, exactly 3 months", "2027-04-04", false],
  ])("monthsOnTreatmentBelow 3 as of %s → %s", (_name, asOf, expected) => {
    expect(evaluateCondition({ monthsOnTreatmentBelow: 3 }, factsOf({}, asOf === undefined ? {} : { asOf }))).toBe(
      expected,
    );
    expect(evaluateCondition({ monthsOnTreatmentAtLeast: 3 }, factsOf({}, asOf === undefined ? {} : { asOf }))).toBe(
      !expected,
    );
  });
});

describe("creatinine clearance for the renal rules", () => {
  const creatinine = (value: number, unit: string, date: string) => ({
    test: "creatinine" as const,
    value,
    unit,
    date,
  });

  it("given by the clinician: used as given", () => {
    expect(
      factsOf({ crclMlMin: 42, weightKg: 70 }, { labs: [creatinine(3, "mg/dL", "2026-12-15")] }).creatinineClearance,
    ).toEqual({ mlMin: 42 });
  });

  it("not given: Cockcroft–Gault from the latest creatinine on or before the plan's today, with what it came from", () => {
    const facts = factsOf(
      { ageYears: 70, weightKg: 70 },
      {
        labs: [
          creatinine(1.0, "mg/dL", "2026-10-01"),
          creatinine(1.4, "mg/dL", "2026-12-15"),
          creatinine(3.0, "mg/dL", "2027-02-01"),
        ],
      },
    );
    expect(facts.creatinineClearance?.mlMin).toBeCloseTo(48.61, 2);
    expect(facts.creatinineClearance?.calculatedFrom).toMatchObject({
      creatinineDate: "2026-12-15",
      weightKg: 70,
      ageYears: 70,
      sex: "male",
    });
  });

  it("with asOf after a later creatinine, that later one counts", () => {
    const facts = factsOf(
      { ageYears: 70, weightKg: 70 },
      { asOf: "2027-02-10", labs: [creatinine(1.4, "mg/dL", "2026-12-15"), creatinine(2.8, "mg/dL", "2027-02-01")] },
    );
    expect(facts.creatinineClearance?.mlMin).toBeCloseTo(24.31, 2);
  });

  it("two creatinine results on one day: the higher counts (the lower clearance), whatever their order and unit", () => {
    const a = factsOf(
      { ageYears: 70, weightKg: 70 },
      { labs: [creatinine(1.4, "mg/dL", "2026-12-15"), creatinine(150, "umol/L", "2026-12-15")] },
    );
    const b = factsOf(
      { ageYears: 70, weightKg: 70 },
      { labs: [creatinine(150, "umol/L", "2026-12-15"), creatinine(1.4, "mg/dL", "2026-12-15")] },
    );
    expect(a.creatinineClearance?.calculatedFrom?.creatinine).toEqual({ value: 150, unit: "umol/L" });
    expect(b.creatinineClearance).toEqual(a.creatinineClearance);
  });

  it("no weight or no creatinine: unknown", () => {
    expect(factsOf({ weightKg: 70 }).creatinineClearance).toBeUndefined();
    expect(factsOf({}, { labs: [creatinine(1.4, "mg/dL", "2026-12-15")] }).creatinineClearance).toBeUndefined();
  });
});

describe("the plan's today for patient facts", () => {
  it("is asOf once the patient has started, and the start date while asOf is before it (a creatinine drawn for the start counts)", () => {
    const labs = [{ test: "creatinine" as const, value: 1.4, unit: "mg/dL", date: "2026-12-15" }];
    expect(factsOf({ ageYears: 70, weightKg: 70 }, { asOf: "2026-12-01", labs }).today).toBe("2027-01-04");
    expect(
      factsOf({ ageYears: 70, weightKg: 70 }, { asOf: "2026-12-01", labs }).creatinineClearance?.mlMin,
    ).toBeCloseTo(48.61, 2);
    expect(factsOf({ ageYears: 70, weightKg: 70 }, { asOf: "2027-03-01", labs }).today).toBe("2027-03-01");
  });
});
