import type { PatientCondition } from "@/rules/types";
import { indicationNames } from "@/lib/words/indications";
import {
  antiplateletNames,
  hepaticImpairmentNames,
  interactingMedicineWords,
  riskFactorNames,
} from "@/lib/words/patient-facts";

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
  if ("weightBelow" in condition) return `weighing less than ${condition.weightBelow} kg`;
  if ("smoking" in condition) return `${either(condition.smoking)} smoker`;
  if ("riskFactor" in condition) return either(condition.riskFactor.map((factor) => riskFactorNames[factor]));
  if ("egfrBelow" in condition) return `eGFR below ${condition.egfrBelow}`;
  if ("egfrAtLeast" in condition) return `eGFR ${condition.egfrAtLeast} or more`;
  if ("crclBelow" in condition) return `creatinine clearance below ${condition.crclBelow} mL/min`;
  if ("crclAtLeast" in condition) return `creatinine clearance ${condition.crclAtLeast} mL/min or more`;
  if ("crclAtMost" in condition) return `creatinine clearance ${condition.crclAtMost} mL/min or less`;
  if ("hepaticImpairment" in condition) {
    return `hepatic impairment ${either(condition.hepaticImpairment.map((grade) => hepaticImpairmentNames[grade]))}`;
  }
  if ("antiplatelet" in condition) return either(condition.antiplatelet.map((therapy) => antiplateletNames[therapy]));
  if ("interactingMedicine" in condition)
    return `taking ${either(condition.interactingMedicine.map((medicine) => `a ${interactingMedicineWords[medicine].name}`))}`;
  if ("pregnant" in condition) return "pregnant";
  if ("canBecomePregnant" in condition) return "can become pregnant";
  if ("breastfeeding" in condition) return "breastfeeding";
  if ("cyp2c19PoorMetabolizer" in condition) return "CYP2C19 poor metabolizer";
  if ("cyp2c9PoorMetabolizer" in condition) return "CYP2C9 poor metabolizer";
  if ("monthsOnTreatmentBelow" in condition)
    return `in the first ${condition.monthsOnTreatmentBelow} months of treatment`;
  if ("monthsOnTreatmentAtLeast" in condition)
    return `after the first ${condition.monthsOnTreatmentAtLeast} months of treatment`;
  return `indication ${either(condition.indication.map((indication) => indicationNames[indication].toLowerCase()))}`;
}

function describePart(condition: PatientCondition): string {
  const words = describeCondition(condition);
  return "allOf" in condition || "anyOf" in condition ? `(${words})` : words;
}
