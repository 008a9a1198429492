import type { PatientCondition } from "@/rules/types";
import type { PlanRequest } from "@/lib/schema/plan-request";

/** The facts a condition can test: the request, and the dose currently in effect. */
export interface ConditionFacts {
  request: PlanRequest;
  currentDoseMg: number | undefined;
}

type Test = (facts: ConditionFacts) => boolean;

/**
 * A condition as a function of the facts. An omitted optional fact never satisfies a leaf
 * (an unknown eGFR is not "below 30"); `cyp2c9Unknown` exists to ask for the missing fact.
 */
function compile(condition: PatientCondition): Test {
  if ("allOf" in condition) {
    const parts = condition.allOf.map(compile);
    return (facts) => parts.every((part) => part(facts));
  }
  if ("anyOf" in condition) {
    const parts = condition.anyOf.map(compile);
    return (facts) => parts.some((part) => part(facts));
  }
  if ("ageAtLeast" in condition) return ({ request }) => request.patient.ageYears >= condition.ageAtLeast;
  if ("ageBelow" in condition) return ({ request }) => request.patient.ageYears < condition.ageBelow;
  if ("smoking" in condition) {
    return ({ request: { patient } }) => patient.smoking !== undefined && condition.smoking.includes(patient.smoking);
  }
  if ("riskFactor" in condition) {
    return ({ request: { patient } }) => (patient.riskFactors ?? []).some((factor) => condition.riskFactor.includes(factor));
  }
  if ("egfrBelow" in condition) return ({ request: { patient } }) => patient.egfr !== undefined && patient.egfr < condition.egfrBelow;
  if ("egfrAtLeast" in condition) return ({ request: { patient } }) => patient.egfr !== undefined && patient.egfr >= condition.egfrAtLeast;
  if ("hepaticImpairment" in condition) {
    return ({ request: { patient } }) => patient.hepaticImpairment !== undefined && condition.hepaticImpairment.includes(patient.hepaticImpairment);
  }
  if ("antiplatelet" in condition) {
    return ({ request: { patient } }) => patient.antiplatelet !== undefined && condition.antiplatelet.includes(patient.antiplatelet);
  }
  if ("pregnant" in condition) return ({ request }) => request.patient.pregnant === true;
  if ("canBecomePregnant" in condition) return ({ request }) => request.patient.canBecomePregnant === true;
  if ("breastfeeding" in condition) return ({ request }) => request.patient.breastfeeding === true;
  if ("cyp2c19PoorMetabolizer" in condition) return ({ request }) => request.patient.cyp2c19PoorMetabolizer === true;
  if ("cyp2c9PoorMetabolizer" in condition) return ({ request }) => request.patient.cyp2c9PoorMetabolizer === true;
  if ("cyp2c9Unknown" in condition) return ({ request }) => request.patient.cyp2c9PoorMetabolizer === undefined;
  if ("doseMgAbove" in condition) return ({ currentDoseMg }) => currentDoseMg !== undefined && currentDoseMg > condition.doseMgAbove;
  return ({ request }) => condition.indication.includes(request.indication);
}

// Conditions are fixed rule data: each is turned into a function once, not read key by key per plan.
const compiled = new WeakMap<PatientCondition, Test>();

/** Evaluates a rule's patient condition against the request's facts. */
export function matchesCondition(condition: PatientCondition, facts: ConditionFacts): boolean {
  let test = compiled.get(condition);
  if (test === undefined) {
    test = compile(condition);
    compiled.set(condition, test);
  }
  return test(facts);
}
