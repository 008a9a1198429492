import type { LabTestId } from "@/rules/types";

/**
 * One table per analyte: the units the contract accepts, each unit's factor to the
 * analyte's reference unit (reference = value × factor), and the plausible range in the
 * reference unit. A value outside that range is refused, not guessed at.
 */
export interface AnalyteTable {
  /** Plain clinical name, used in messages ("Platelets"). */
  name: string;
  /** The name as it reads mid-sentence ("platelets", "ALC"). */
  shortName: string;
  referenceUnit: string;
  units: Readonly<Record<string, number>>;
  plausible: { min: number; max: number };
  /** Accepts an upper limit of normal beside the value (liver enzymes, CK). */
  acceptsUln?: boolean;
}

// Cell counts: 1 ×10⁹/L = 1,000 cells/µL (= cells/mm³).
const cellCount = { "10^9/L": 1, "cells/uL": 1 / 1000 } as const;
// Cholesterol: mmol/L × 38.67 = mg/dL; triglycerides: mmol/L × 88.57 = mg/dL.
const cholesterol = { "mg/dL": 1, "mmol/L": 38.67 } as const;

export const analytes: Readonly<Record<LabTestId, AnalyteTable>> = {
  anc: {
    name: "Absolute neutrophil count",
    shortName: "ANC",
    referenceUnit: "10^9/L",
    units: cellCount,
    plausible: { min: 0, max: 100 },
  },
  alc: {
    name: "Absolute lymphocyte count",
    shortName: "ALC",
    referenceUnit: "10^9/L",
    units: cellCount,
    plausible: { min: 0, max: 100 },
  },
  platelets: {
    name: "Platelets",
    shortName: "platelets",
    referenceUnit: "10^9/L",
    units: cellCount,
    plausible: { min: 0, max: 2000 },
  },
  wbc: {
    name: "White cell count",
    shortName: "WBC",
    referenceUnit: "10^9/L",
    units: cellCount,
    plausible: { min: 0, max: 500 },
  },
  // Haemoglobin: g/L ÷ 10 = g/dL; mmol/L ÷ 0.6206 = g/dL.
  hemoglobin: {
    name: "Haemoglobin",
    shortName: "haemoglobin",
    referenceUnit: "g/dL",
    units: { "g/dL": 1, "g/L": 0.1, "mmol/L": 1 / 0.6206 },
    plausible: { min: 1, max: 25 },
  },
  ldl: {
    name: "LDL cholesterol",
    shortName: "LDL cholesterol",
    referenceUnit: "mg/dL",
    units: cholesterol,
    plausible: { min: 0, max: 1000 },
  },
  hdl: {
    name: "HDL cholesterol",
    shortName: "HDL cholesterol",
    referenceUnit: "mg/dL",
    units: cholesterol,
    plausible: { min: 0, max: 300 },
  },
  "total-cholesterol": {
    name: "Total cholesterol",
    shortName: "total cholesterol",
    referenceUnit: "mg/dL",
    units: cholesterol,
    plausible: { min: 0, max: 2000 },
  },
  triglycerides: {
    name: "Triglycerides",
    shortName: "triglycerides",
    referenceUnit: "mg/dL",
    units: { "mg/dL": 1, "mmol/L": 88.57 },
    plausible: { min: 0, max: 10000 },
  },
  alt: {
    name: "ALT",
    shortName: "ALT",
    referenceUnit: "U/L",
    units: { "U/L": 1 },
    plausible: { min: 0, max: 20000 },
    acceptsUln: true,
  },
  ast: {
    name: "AST",
    shortName: "AST",
    referenceUnit: "U/L",
    units: { "U/L": 1 },
    plausible: { min: 0, max: 20000 },
    acceptsUln: true,
  },
  // Creatinine: µmol/L ÷ 88.42 = mg/dL.
  creatinine: {
    name: "Creatinine",
    shortName: "creatinine",
    referenceUnit: "mg/dL",
    units: { "mg/dL": 1, "umol/L": 1 / 88.42 },
    plausible: { min: 0.05, max: 30 },
  },
  ck: {
    name: "Creatine kinase",
    shortName: "CK",
    referenceUnit: "U/L",
    units: { "U/L": 1 },
    plausible: { min: 0, max: 500000 },
    acceptsUln: true,
  },
};

/** Upper limits of normal are plausible between these (U/L). */
export const plausibleUln = { min: 1, max: 2000 } as const;
