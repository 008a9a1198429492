import type { Quantity } from "@/rules/types";
import { convert } from "./convert";

/** What a creatinine clearance was worked out from, to be shown beside it. */
export interface CockcroftGaultInputs {
  ageYears: number;
  sex: "female" | "male";
  weightKg: number;
  creatinine: Quantity;
}

/**
 * Creatinine clearance in mL/min by Cockcroft–Gault (Cockcroft & Gault, Nephron 1976;16:31):
 * (140 − age) × weight in kg ÷ (72 × serum creatinine in mg/dL), × 0.85 for women. The labels
 * that grade renal impairment by creatinine clearance (tofacitinib; baricitinib's EU SmPC)
 * mean this formula. Not rounded: callers round for display only.
 */
export function cockcroftGault({ ageYears, sex, weightKg, creatinine }: CockcroftGaultInputs): number {
  const creatinineMgDl = convert("creatinine", creatinine, "mg/dL");
  const clearance = ((140 - ageYears) * weightKg) / (72 * creatinineMgDl);
  return sex === "female" ? clearance * 0.85 : clearance;
}
