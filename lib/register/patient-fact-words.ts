import type { Patient } from "@/lib/register/engine";
import type { PatientFactsUpdate, RemovablePatientFact } from "@/lib/register/record";
import {
  antiplateletNames,
  hepaticImpairmentNames,
  interactingMedicineWords,
  riskFactorNames,
  smokingNames,
} from "@/lib/words/patient-facts";

const yesOrNo = (flag: boolean) => (flag ? "yes" : "no");
const noneOr = (names: readonly string[]) => (names.length ? names.join(", ") : "none");

/**
 * Patient facts in words, one per fact given, in the planner form's order: what a facts update in
 * the register recorded ("pregnant: yes", "eGFR 45 mL/min/1.73 m²").
 */
export function patientFactWords(facts: Partial<Patient>): string[] {
  const words: (string | undefined)[] = [
    facts.ageYears === undefined ? undefined : `age ${facts.ageYears} years`,
    facts.sex === undefined ? undefined : `sex: ${facts.sex}`,
    facts.smoking === undefined ? undefined : `smoking: ${smokingNames[facts.smoking]}`,
    facts.canBecomePregnant === undefined
      ? undefined
      : `can become pregnant: ${facts.canBecomePregnant === "unknown" ? "not known" : yesOrNo(facts.canBecomePregnant)}`,
    facts.pregnant === undefined ? undefined : `pregnant: ${yesOrNo(facts.pregnant)}`,
    facts.breastfeeding === undefined ? undefined : `breastfeeding: ${yesOrNo(facts.breastfeeding)}`,
    facts.riskFactors === undefined
      ? undefined
      : `risk factors: ${noneOr(facts.riskFactors.map((factor) => riskFactorNames[factor]))}`,
    facts.egfr === undefined ? undefined : `eGFR ${facts.egfr} mL/min/1.73 m²`,
    facts.crclMlMin === undefined ? undefined : `creatinine clearance ${facts.crclMlMin} mL/min`,
    facts.weightKg === undefined ? undefined : `weight ${facts.weightKg} kg`,
    facts.hepaticImpairment === undefined
      ? undefined
      : `hepatic impairment: ${hepaticImpairmentNames[facts.hepaticImpairment]}`,
    facts.antiplatelet === undefined ? undefined : `antiplatelet: ${antiplateletNames[facts.antiplatelet]}`,
    facts.cyp2c19PoorMetabolizer === undefined
      ? undefined
      : `CYP2C19 poor metabolizer: ${yesOrNo(facts.cyp2c19PoorMetabolizer)}`,
    facts.cyp2c9PoorMetabolizer === undefined
      ? undefined
      : `CYP2C9 poor metabolizer: ${yesOrNo(facts.cyp2c9PoorMetabolizer)}`,
    facts.interactingMedicines === undefined
      ? undefined
      : `interacting medicines: ${noneOr(facts.interactingMedicines.map((medicine) => interactingMedicineWords[medicine].name))}`,
  ];
  return words.filter((word) => word !== undefined);
}

/** Each patient fact's name, mid-sentence. */
export const patientFactNames: Readonly<Record<keyof Patient, string>> = {
  ageYears: "age",
  sex: "sex",
  pregnant: "pregnant",
  canBecomePregnant: "can become pregnant",
  breastfeeding: "breastfeeding",
  smoking: "smoking",
  riskFactors: "risk factors",
  egfr: "eGFR",
  weightKg: "weight",
  crclMlMin: "creatinine clearance",
  hepaticImpairment: "hepatic impairment",
  cyp2c19PoorMetabolizer: "CYP2C19 poor metabolizer",
  cyp2c9PoorMetabolizer: "CYP2C9 poor metabolizer",
  antiplatelet: "antiplatelet",
  interactingMedicines: "medicines review",
};

// Removed, an entered creatinine clearance is calculated again from the latest creatinine and weight.
const removedFactName = (fact: RemovablePatientFact) =>
  fact === "crclMlMin" ? `${patientFactNames[fact]} (calculated again)` : patientFactNames[fact];

/** What a facts update recorded: each fact given, then those it removed. */
export function factsUpdateWords(update: Pick<PatientFactsUpdate, "patient" | "remove">): string[] {
  const removed = update.remove ?? [];
  return [
    ...patientFactWords(update.patient),
    ...(removed.length ? [`removed: ${removed.map(removedFactName).join(", ")}`] : []),
  ];
}
