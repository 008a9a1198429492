import type { PatientCondition } from "@/rules/types";
import type { PlanRequest } from "@/lib/schema/plan-request";

/** The facts a condition can test: the request, and the dose currently in effect. */
export interface ConditionFacts {
  request: PlanRequest;
  currentDoseMg: number | undefined;
}

/**
 * Evaluates a rule's patient condition. An omitted optional fact never satisfies a leaf
 * (an unknown eGFR is not "below 30"); `cyp2c9Unknown` exists to ask for the missing fact.
 */
export function matchesCondition(condition: PatientCondition, facts: ConditionFacts): boolean {
  const { request } = facts;
  const { patient } = request;
  if ("allOf" in condition) return condition.allOf.every((part) => matchesCondition(part, facts));
  if ("anyOf" in condition) return condition.anyOf.some((part) => matchesCondition(part, facts));
  if ("ageAtLeast" in condition) return patient.ageYears >= condition.ageAtLeast;
  if ("ageBelow" in condition) return patient.ageYears < condition.ageBelow;
  if ("smoking" in condition) return patient.smoking !== undefined && condition.smoking.includes(patient.smoking);
  if ("riskFactor" in condition) return (patient.riskFactors ?? []).some((factor) => condition.riskFactor.includes(factor));
  if ("egfrBelow" in condition) return patient.egfr !== undefined && patient.egfr < condition.egfrBelow;
  if ("egfrAtLeast" in condition) return patient.egfr !== undefined && patient.egfr >= condition.egfrAtLeast;
  if ("hepaticImpairment" in condition) {
    return patient.hepaticImpairment !== undefined && condition.hepaticImpairment.includes(patient.hepaticImpairment);
  }
  if ("antiplatelet" in condition) return patient.antiplatelet !== undefined && condition.antiplatelet.includes(patient.antiplatelet);
  if ("pregnant" in condition) return patient.pregnant === true;
  if ("canBecomePregnant" in condition) return patient.canBecomePregnant === true;
  if ("breastfeeding" in condition) return patient.breastfeeding === true;
  if ("cyp2c19PoorMetabolizer" in condition) return patient.cyp2c19PoorMetabolizer === true;
  if ("cyp2c9PoorMetabolizer" in condition) return patient.cyp2c9PoorMetabolizer === true;
  if ("cyp2c9Unknown" in condition) return patient.cyp2c9PoorMetabolizer === undefined;
  if ("doseMgAbove" in condition) return facts.currentDoseMg !== undefined && facts.currentDoseMg > condition.doseMgAbove;
  return condition.indication.includes(request.indication);
}
