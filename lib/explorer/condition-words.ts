import type { PatientCondition, RiskFactorId } from "@/rules/types";
import { indicationNames } from "./indication-names";

const riskFactorNames: Readonly<Record<RiskFactorId, string>> = {
  "cardiovascular-disease": "cardiovascular disease",
  "vte-history": "a history of VTE",
  "malignancy-history": "a history of malignancy",
  diabetes: "diabetes",
  hypertension: "hypertension",
  dyslipidemia: "dyslipidaemia",
  "chronic-liver-disease": "chronic liver disease",
  immunosuppressed: "immunosuppression",
};

const hepaticNames = { none: "no hepatic impairment", mild: "mild", moderate: "moderate", severe: "severe" } as const;
const antiplateletNames = { none: "no antiplatelet", "low-dose-aspirin": "low-dose aspirin", other: "antiplatelet therapy other than low-dose aspirin" } as const;

function either(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
}

/**
 * A rule's patient condition in clinical words ("age 65 or over and a daily dose above
 * 15 mg"), read straight from the rule data so the explorer never restates a number.
 */
export function describeCondition(condition: PatientCondition): string {
  if ("allOf" in condition) return condition.allOf.map(describePart).join(" and ");
  if ("anyOf" in condition) return condition.anyOf.map(describePart).join(", or ");
  if ("ageAtLeast" in condition) return `age ${condition.ageAtLeast} or over`;
  if ("ageBelow" in condition) return `under age ${condition.ageBelow}`;
  if ("smoking" in condition) return `${either(condition.smoking)} smoker`;
  if ("riskFactor" in condition) return either(condition.riskFactor.map((factor) => riskFactorNames[factor]));
  if ("egfrBelow" in condition) return `eGFR below ${condition.egfrBelow}`;
  if ("egfrAtLeast" in condition) return `eGFR ${condition.egfrAtLeast} or more`;
  if ("hepaticImpairment" in condition) {
    return `${either(condition.hepaticImpairment.map((grade) => hepaticNames[grade]))} hepatic impairment`;
  }
  if ("antiplatelet" in condition) return either(condition.antiplatelet.map((therapy) => antiplateletNames[therapy]));
  if ("pregnant" in condition) return "pregnant";
  if ("canBecomePregnant" in condition) return "can become pregnant";
  if ("breastfeeding" in condition) return "breastfeeding";
  if ("cyp2c19PoorMetabolizer" in condition) return "CYP2C19 poor metabolizer";
  if ("cyp2c9PoorMetabolizer" in condition) return "CYP2C9 poor metabolizer";
  if ("cyp2c9Unknown" in condition) return "CYP2C9 genotype not known";
  if ("doseMgAbove" in condition) return `a daily dose above ${condition.doseMgAbove} mg`;
  return `indication ${either(condition.indication.map((indication) => indicationNames[indication].toLowerCase()))}`;
}

function describePart(condition: PatientCondition): string {
  const words = describeCondition(condition);
  return "allOf" in condition || "anyOf" in condition ? `(${words})` : words;
}
