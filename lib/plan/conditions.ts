import { interactingMedicinesContained, type PatientCondition } from "@/rules/types";
import { addMonths } from "@/lib/dates/calendar-date";
import type { PatientFacts, FactId } from "./patient-facts";

/**
 * Three-valued: true, false, or unknown — the facts the request left out that would decide
 * it. Unknown is never read as false: the engine asks for those facts (a `missing` finding)
 * instead of quietly skipping a rule.
 */
export type Truth = boolean | readonly FactId[];

export const isUnknown = (truth: Truth): truth is readonly FactId[] => typeof truth !== "boolean";

type Test = (facts: PatientFacts) => Truth;

/** A leaf on an optional fact: unknown when the fact is absent. */
function leaf<T>(read: (facts: PatientFacts) => T | undefined, fact: FactId, holds: (value: T) => boolean): Test {
  const unknown: readonly FactId[] = [fact];
  return (facts) => {
    const value = read(facts);
    return value === undefined ? unknown : holds(value);
  };
}

/** Kleene's "and": false wins, then unknown (with every fact that could decide it), then true. */
function allOf(parts: readonly Test[]): Test {
  return (facts) => {
    let unknown: FactId[] | undefined;
    for (const part of parts) {
      const truth = part(facts);
      if (truth === false) return false;
      if (truth !== true) unknown = [...(unknown ?? []), ...truth];
    }
    return unknown ?? true;
  };
}

/** Kleene's "or": true wins, then unknown, then false. */
function anyOf(parts: readonly Test[]): Test {
  return (facts) => {
    let unknown: FactId[] | undefined;
    for (const part of parts) {
      const truth = part(facts);
      if (truth === true) return true;
      if (truth !== false) unknown = [...(unknown ?? []), ...truth];
    }
    return unknown ?? false;
  };
}

function compile(condition: PatientCondition): Test {
  if ("allOf" in condition) return allOf(condition.allOf.map(compile));
  if ("anyOf" in condition) return anyOf(condition.anyOf.map(compile));
  if ("ageAtLeast" in condition) return ({ patient }) => patient.ageYears >= condition.ageAtLeast;
  if ("ageBelow" in condition) return ({ patient }) => patient.ageYears < condition.ageBelow;
  if ("weightBelow" in condition)
    return leaf(
      ({ patient }) => patient.weightKg,
      "weight",
      (weightKg) => weightKg < condition.weightBelow,
    );
  if ("smoking" in condition)
    return leaf(
      ({ patient }) => patient.smoking,
      "smoking",
      (status) => condition.smoking.includes(status),
    );
  // An absent list of risk factors means none (the contract's default), so it is never unknown.
  if ("riskFactor" in condition) {
    return ({ patient }) => (patient.riskFactors ?? []).some((factor) => condition.riskFactor.includes(factor));
  }
  if ("egfrBelow" in condition)
    return leaf(
      ({ patient }) => patient.egfr,
      "egfr",
      (egfr) => egfr < condition.egfrBelow,
    );
  if ("egfrAtLeast" in condition)
    return leaf(
      ({ patient }) => patient.egfr,
      "egfr",
      (egfr) => egfr >= condition.egfrAtLeast,
    );
  if ("crclBelow" in condition)
    return leaf(
      (facts) => facts.creatinineClearance?.mlMin,
      "crcl",
      (crcl) => crcl < condition.crclBelow,
    );
  if ("crclAtLeast" in condition)
    return leaf(
      (facts) => facts.creatinineClearance?.mlMin,
      "crcl",
      (crcl) => crcl >= condition.crclAtLeast,
    );
  if ("crclAtMost" in condition)
    return leaf(
      (facts) => facts.creatinineClearance?.mlMin,
      "crcl",
      (crcl) => crcl <= condition.crclAtMost,
    );
  if ("hepaticImpairment" in condition) {
    return leaf(
      ({ patient }) => patient.hepaticImpairment,
      "hepatic-impairment",
      (grade) => condition.hepaticImpairment.includes(grade),
    );
  }
  if ("antiplatelet" in condition) {
    return leaf(
      ({ patient }) => patient.antiplatelet,
      "antiplatelet",
      (therapy) => condition.antiplatelet.includes(therapy),
    );
  }
  if ("interactingMedicine" in condition) {
    return leaf(
      ({ patient }) => patient.interactingMedicines,
      "interacting-medicines",
      (taken) =>
        taken.some(
          (medicine) =>
            condition.interactingMedicine.includes(medicine) ||
            (interactingMedicinesContained[medicine] ?? []).some((contained) =>
              condition.interactingMedicine.includes(contained),
            ),
        ),
    );
  }
  // Pregnancy and breastfeeding default to false (the contract); whether pregnancy is possible can be unknown.
  if ("pregnant" in condition) return ({ patient }) => patient.pregnant === true;
  if ("breastfeeding" in condition) return ({ patient }) => patient.breastfeeding === true;
  if ("canBecomePregnant" in condition)
    return leaf(
      (facts) => facts.canBecomePregnant,
      "can-become-pregnant",
      (possible) => possible,
    );
  // The abrocitinib label's step is for known or suspected poor metabolizers and asks for no
  // genotyping, so an unknown CYP2C19 genotype is not one; deuruxolitinib's label does ask for CYP2C9.
  if ("cyp2c19PoorMetabolizer" in condition) return ({ patient }) => patient.cyp2c19PoorMetabolizer === true;
  if ("cyp2c9PoorMetabolizer" in condition)
    return leaf(
      ({ patient }) => patient.cyp2c9PoorMetabolizer,
      "cyp2c9-genotype",
      (poor) => poor,
    );
  if ("monthsOnTreatmentBelow" in condition) {
    return ({ onTreatmentThrough, startDate }) =>
      onTreatmentThrough < addMonths(startDate, condition.monthsOnTreatmentBelow);
  }
  if ("monthsOnTreatmentAtLeast" in condition) {
    return ({ onTreatmentThrough, startDate }) =>
      onTreatmentThrough >= addMonths(startDate, condition.monthsOnTreatmentAtLeast);
  }
  return ({ indication }) => condition.indication.includes(indication);
}

// Conditions are fixed rule data: each is turned into a function once, not read key by key per plan.
const compiled = new WeakMap<PatientCondition, Test>();

/** A rule's patient condition against the request's facts: true, false, or the facts that are missing. */
export function evaluateCondition(condition: PatientCondition, facts: PatientFacts): Truth {
  let test = compiled.get(condition);
  if (test === undefined) {
    test = compile(condition);
    compiled.set(condition, test);
  }
  return test(facts);
}

/** The optional facts a condition reads, whatever their values. */
function factsOf(condition: PatientCondition): FactId[] {
  if ("allOf" in condition) return condition.allOf.flatMap(factsOf);
  if ("anyOf" in condition) return condition.anyOf.flatMap(factsOf);
  if ("egfrBelow" in condition || "egfrAtLeast" in condition) return ["egfr"];
  if ("crclBelow" in condition || "crclAtLeast" in condition || "crclAtMost" in condition) return ["crcl"];
  return [];
}

const renalFacts = new WeakMap<PatientCondition, ReadonlySet<FactId>>();

/** Whether a condition grades kidney function by eGFR or by creatinine clearance (worked out once per condition). */
export function renalFactsRead(condition: PatientCondition): ReadonlySet<FactId> {
  let read = renalFacts.get(condition);
  if (read === undefined) {
    read = new Set(factsOf(condition));
    renalFacts.set(condition, read);
  }
  return read;
}
