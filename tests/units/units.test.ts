import { describe, expect, it } from "vitest";
import { cockcroftGault } from "@/lib/units/creatinine-clearance";
import { convert, isAcceptedUnit, isAtLeast, isBelow, toReference } from "@/lib/units/convert";
import { formatLimitIn, formatNumber, formatQuantity, formatResult, unitLabel } from "@/lib/units/format";
import type { LabTestId } from "@/rules/types";

// Conversion factors from the clinical reference: 500 cells/mm³ = 0.5 ×10⁹/L; haemoglobin
// 8 g/dL = 80 g/L = 4.9648 mmol/L (× 0.6206); cholesterol mg/dL ÷ 38.67 = mmol/L;
// triglycerides mg/dL ÷ 88.57 = mmol/L; creatinine mg/dL × 88.42 = µmol/L.

describe("unit conversions", () => {
  it.each<[LabTestId, number, string, string, number]>([
    // cell counts: cells/µL ↔ ×10⁹/L, for every count the contract accepts
    ["platelets", 150000, "cells/uL", "10^9/L", 150],
    ["platelets", 150, "10^9/L", "cells/uL", 150000],
    ["platelets", 100000, "cells/uL", "10^9/L", 100],
    ["alc", 500, "cells/uL", "10^9/L", 0.5],
    ["alc", 0.75, "10^9/L", "cells/uL", 750],
    ["anc", 1000, "cells/uL", "10^9/L", 1],
    ["anc", 1.2, "10^9/L", "cells/uL", 1200],
    ["wbc", 6500, "cells/uL", "10^9/L", 6.5],
    // haemoglobin: g/dL ↔ g/L ↔ mmol/L (0.6206)
    ["hemoglobin", 8, "g/dL", "g/L", 80],
    ["hemoglobin", 80, "g/L", "g/dL", 8],
    ["hemoglobin", 8, "g/dL", "mmol/L", 4.9648],
    ["hemoglobin", 4.9648, "mmol/L", "g/dL", 8],
    ["hemoglobin", 9, "g/dL", "mmol/L", 5.5854],
    ["hemoglobin", 10, "g/dL", "mmol/L", 6.206],
    ["hemoglobin", 120, "g/L", "mmol/L", 7.4472],
    ["hemoglobin", 6.206, "mmol/L", "g/L", 100],
    // cholesterol fractions: mg/dL ↔ mmol/L (38.67)
    ["ldl", 1, "mmol/L", "mg/dL", 38.67],
    ["ldl", 193.35, "mg/dL", "mmol/L", 5],
    ["hdl", 1.5, "mmol/L", "mg/dL", 58.005],
    ["total-cholesterol", 232.02, "mg/dL", "mmol/L", 6],
    // triglycerides: mg/dL ↔ mmol/L (88.57)
    ["triglycerides", 1, "mmol/L", "mg/dL", 88.57],
    ["triglycerides", 177.14, "mg/dL", "mmol/L", 2],
    // creatinine: mg/dL ↔ µmol/L (88.42)
    ["creatinine", 1, "mg/dL", "umol/L", 88.42],
    ["creatinine", 88.42, "umol/L", "mg/dL", 1],
    ["creatinine", 2, "mg/dL", "umol/L", 176.84],
  ])("%s %d %s = %d %s", (test, value, from, to, expected) => {
    expect(convert(test, { value, unit: from }, to)).toBeCloseTo(expected, 9);
  });

  it.each<[LabTestId, number, string]>([
    ["platelets", 240, "10^9/L"],
    ["hemoglobin", 13.4, "g/dL"],
    ["ldl", 3.1, "mmol/L"],
    ["alt", 35, "U/L"],
    ["ck", 180, "U/L"],
  ])("%s %d %s in its own unit is returned unchanged", (test, value, unit) => {
    expect(convert(test, { value, unit }, unit)).toBe(value);
  });

  it.each<[LabTestId, number, string, number]>([
    ["platelets", 149999, "cells/uL", 149.999],
    ["hemoglobin", 80, "g/L", 8],
    ["hemoglobin", 4.9648, "mmol/L", 8],
    ["ldl", 2.5, "mmol/L", 96.675],
    ["triglycerides", 2, "mmol/L", 177.14],
    ["creatinine", 176.84, "umol/L", 2],
  ])("toReference: %s %d %s = %d in the reference unit", (test, value, unit, expected) => {
    expect(toReference(test, { value, unit })).toBeCloseTo(expected, 9);
  });

  it.each<[LabTestId, string, string]>([
    ["platelets", "g/dL", "10^9/L"],
    ["hemoglobin", "mg/dL", "g/dL"],
    ["creatinine", "mg/dL", "mmol/L"],
  ])("%s: converting between %s and %s is refused with a RangeError", (test, from, to) => {
    expect(() => convert(test, { value: 1, unit: from }, to)).toThrow(RangeError);
  });

  it.each<[LabTestId, string, boolean]>([
    ["platelets", "cells/uL", true],
    ["platelets", "10^9/L", true],
    ["platelets", "g/dL", false],
    ["platelets", "cells/mm3", false],
    ["hemoglobin", "g/dL", true],
    ["hemoglobin", "g/L", true],
    ["hemoglobin", "mmol/L", true],
    ["hemoglobin", "mg/dL", false],
    ["ldl", "mg/dL", true],
    ["ldl", "mmol/L", true],
    ["triglycerides", "mmol/L", true],
    ["creatinine", "umol/L", true],
    ["creatinine", "µmol/L", false],
    ["alt", "U/L", true],
    ["alt", "IU/L", false],
    // an inherited property name is not a unit
    ["platelets", "toString", false],
    ["hemoglobin", "constructor", false],
  ])("%s accepts the unit %j: %s", (test, unit, accepted) => {
    expect(isAcceptedUnit(test, unit)).toBe(accepted);
  });
});

describe("isBelow is strictly less, compared in the limit's unit", () => {
  const cases: Array<[string, LabTestId, number, string, number, string, boolean]> = [
    ["ANC 500 cells/µL is not below 0.5 ×10⁹/L", "anc", 500, "cells/uL", 0.5, "10^9/L", false],
    ["ANC 499 cells/µL is below 0.5 ×10⁹/L", "anc", 499, "cells/uL", 0.5, "10^9/L", true],
    ["ALC 0.5 ×10⁹/L is not below 500 cells/µL", "alc", 0.5, "10^9/L", 500, "cells/uL", false],
    ["ALC 0.499 ×10⁹/L is below 500 cells/µL", "alc", 0.499, "10^9/L", 500, "cells/uL", true],
    ["ANC 1,200 cells/µL is not below 1.2 ×10⁹/L", "anc", 1200, "cells/uL", 1.2, "10^9/L", false],
    ["ANC 1,199 cells/µL is below 1.2 ×10⁹/L", "anc", 1199, "cells/uL", 1.2, "10^9/L", true],
    ["ALC 750 cells/µL is not below 0.75 ×10⁹/L", "alc", 750, "cells/uL", 0.75, "10^9/L", false],
    ["ALC 749 cells/µL is below 0.75 ×10⁹/L", "alc", 749, "cells/uL", 0.75, "10^9/L", true],
    ["platelets 150 ×10⁹/L are not below 150,000 cells/µL", "platelets", 150, "10^9/L", 150000, "cells/uL", false],
    ["platelets 149.999 ×10⁹/L are below 150,000 cells/µL", "platelets", 149.999, "10^9/L", 150000, "cells/uL", true],
    [
      "platelets 150,000 cells/µL are not below 150,000 cells/µL",
      "platelets",
      150000,
      "cells/uL",
      150000,
      "cells/uL",
      false,
    ],
    ["haemoglobin 80 g/L is not below 8 g/dL", "hemoglobin", 80, "g/L", 8, "g/dL", false],
    ["haemoglobin 79.9 g/L is below 8 g/dL", "hemoglobin", 79.9, "g/L", 8, "g/dL", true],
    [
      "haemoglobin 4.9648 mmol/L (exactly 8 g/dL) is not below 8 g/dL",
      "hemoglobin",
      4.9648,
      "mmol/L",
      8,
      "g/dL",
      false,
    ],
    ["haemoglobin 4.96 mmol/L is below 8 g/dL (8 g/dL = 4.9648 mmol/L)", "hemoglobin", 4.96, "mmol/L", 8, "g/dL", true],
    ["haemoglobin 4.97 mmol/L is not below 8 g/dL", "hemoglobin", 4.97, "mmol/L", 8, "g/dL", false],
    ["haemoglobin 5.58 mmol/L is below 9 g/dL (5.5854 mmol/L)", "hemoglobin", 5.58, "mmol/L", 9, "g/dL", true],
    ["haemoglobin 90 g/L is not below 9 g/dL", "hemoglobin", 90, "g/L", 9, "g/dL", false],
    ["haemoglobin 7.99 g/dL is below 8 g/dL", "hemoglobin", 7.99, "g/dL", 8, "g/dL", true],
    ["LDL 3.3 mmol/L is not below 127.611 mg/dL", "ldl", 3.3, "mmol/L", 127.611, "mg/dL", false],
    ["creatinine 88.42 µmol/L is not below 1 mg/dL", "creatinine", 88.42, "umol/L", 1, "mg/dL", false],
    ["creatinine 88.4 µmol/L is below 1 mg/dL", "creatinine", 88.4, "umol/L", 1, "mg/dL", true],
  ];

  it.each(cases)("%s", (_name, test, value, unit, limit, limitUnit, below) => {
    expect(isBelow(test, { value, unit }, { value: limit, unit: limitUnit })).toBe(below);
  });

  it.each(cases)("isAtLeast is the negation: %s", (_name, test, value, unit, limit, limitUnit, below) => {
    expect(isAtLeast(test, { value, unit }, { value: limit, unit: limitUnit })).toBe(!below);
  });
});

describe("formatting for people", () => {
  it.each<[number, string]>([
    [0, "0"],
    [8, "8"],
    [0.5, "0.5"],
    [1.1, "1.1"],
    [38.67, "38.67"],
    [149.999, "149.999"],
    [4.9648, "4.9648"],
    [0.4995, "0.4995"],
    [0.49999, "0.5"],
    [0.0004, "0.0004"],
    [0.00004, "0"],
    [1000, "1,000"],
    [150000, "150,000"],
    [149999, "149,999"],
    [1234567.891, "1,234,567.891"],
    [-2.5, "−2.5"],
    [-1500, "−1,500"],
  ])("formatNumber(%d) = %j", (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it.each<[number, string, string]>([
    [150, "10^9/L", "150 ×10⁹/L"],
    [149999, "cells/uL", "149,999 cells/µL"],
    [8, "g/dL", "8 g/dL"],
    [80, "g/L", "80 g/L"],
    [4.96, "mmol/L", "4.96 mmol/L"],
    [130, "mg/dL", "130 mg/dL"],
    [35, "U/L", "35 U/L"],
    [88.42, "umol/L", "88.42 µmol/L"],
  ])("formatQuantity(%d %s) = %j", (value, unit, text) => {
    expect(formatQuantity({ value, unit })).toBe(text);
  });

  it.each<[number, string, string]>([
    [0.49999, "10^9/L", "0.49999 ×10⁹/L"],
    [149999.5, "cells/uL", "149,999.5 cells/µL"],
    [4.123456789, "mmol/L", "4.123456789 mmol/L"],
    [1e-7, "cells/uL", "0.0000001 cells/µL"],
    [4.8324e-7, "10^9/L", "0.0000004832 ×10⁹/L"],
    [8, "g/dL", "8 g/dL"],
  ])(
    "formatResult(%d %s) = %j: every decimal entered, so a value under a limit never reads as the limit",
    (value, unit, text) => {
      expect(formatResult({ value, unit })).toBe(text);
    },
  );

  it("an unlisted unit is printed as given", () => {
    expect(unitLabel("mL/min")).toBe("mL/min");
  });

  it.each<[LabTestId, number, string, string, string]>([
    ["platelets", 150000, "cells/uL", "10^9/L", "150 ×10⁹/L"],
    ["platelets", 150, "10^9/L", "cells/uL", "150,000 cells/µL"],
    ["anc", 1.2, "10^9/L", "cells/uL", "1,200 cells/µL"],
    ["hemoglobin", 8, "g/dL", "g/L", "80 g/L"],
    ["hemoglobin", 8, "g/dL", "mmol/L", "4.9648 mmol/L"],
  ])("formatLimitIn: %s %d %s shown in %s reads %j", (test, value, unit, shownIn, text) => {
    expect(formatLimitIn(test, { value, unit }, shownIn)).toBe(text);
  });
});

describe("creatinine clearance by Cockcroft–Gault (Nephron 1976;16:31)", () => {
  // (140 − age) × weight ÷ (72 × creatinine mg/dL), × 0.85 for women.
  it.each<[string, Parameters<typeof cockcroftGault>[0], number]>([
    [
      "a man of 70, 70 kg, creatinine 1.4 mg/dL",
      { ageYears: 70, sex: "male", weightKg: 70, creatinine: { value: 1.4, unit: "mg/dL" } },
      (70 * 70) / (72 * 1.4),
    ],
    [
      "a woman of 70, 70 kg, creatinine 1.4 mg/dL (× 0.85)",
      { ageYears: 70, sex: "female", weightKg: 70, creatinine: { value: 1.4, unit: "mg/dL" } },
      ((70 * 70) / (72 * 1.4)) * 0.85,
    ],
    [
      "the same man with creatinine in µmol/L (1.4 × 88.42 = 123.788)",
      { ageYears: 70, sex: "male", weightKg: 70, creatinine: { value: 123.788, unit: "umol/L" } },
      (70 * 70) / (72 * 1.4),
    ],
    [
      "a woman of 34, 70 kg, creatinine 0.8 mg/dL",
      { ageYears: 34, sex: "female", weightKg: 70, creatinine: { value: 0.8, unit: "mg/dL" } },
      ((106 * 70) / (72 * 0.8)) * 0.85,
    ],
  ])("%s", (_name, inputs, expected) => {
    expect(cockcroftGault(inputs)).toBeCloseTo(expected, 9);
  });

  it("a man of 70, 70 kg, creatinine 1.4 mg/dL has 48.6 mL/min: moderate renal impairment in tofacitinib's table (30–50)", () => {
    expect(
      Math.round(
        cockcroftGault({ ageYears: 70, sex: "male", weightKg: 70, creatinine: { value: 1.4, unit: "mg/dL" } }) * 10,
      ) / 10,
    ).toBe(48.6);
  });
});
