import { drugRules } from "@/rules";
import { formatHumanDate } from "@/lib/dates/human-date";
import type { PlanRequest } from "@/lib/contract/plan-request";
import { indicationNames } from "@/lib/words/indications";
import { analyteName, formatResult, sentenceCase } from "@/lib/units/format";
import {
  hepaticImpairmentNames,
  interactingMedicineWords,
  riskFactorNames,
  smokingNames,
} from "@/lib/words/patient-facts";
import { screeningTestNames } from "@/lib/words/screening";
import { defaultLabelRegion } from "@/lib/contract/defaults";
import { regionLabelName } from "@/lib/words/regions";

/** One line of a case's facts: a label and what the request says. */
export interface CaseFact {
  label: string;
  value: string;
}

const yesNo = (value: boolean | undefined) => (value === undefined ? "not recorded" : value ? "yes" : "no");
const listOr = (names: readonly string[]) => (names.length === 0 ? "none" : names.join(", "));

/**
 * The facts the engine sees, listed from the case's validated request — never retyped in prose, so
 * what the trainee reads is exactly what the plan was built from, in the units reported.
 */
export function caseFacts(request: PlanRequest): CaseFact[] {
  const rules = drugRules[request.drug];
  const { patient } = request;
  const regimen = rules.doses.find((dose) => dose.doseMg === request.doseMg)?.regimen;
  const facts: CaseFact[] = [
    { label: "Drug", value: `${rules.name} (${rules.brand})` },
    { label: "Indication", value: indicationNames[request.indication] },
  ];
  if (request.doseMg !== undefined)
    facts.push({
      label: "Dose",
      value: regimen ? `${regimen} (${request.doseMg} mg a day)` : `${request.doseMg} mg a day`,
    });
  facts.push({ label: "Start date", value: formatHumanDate(request.startDate) });
  facts.push({ label: "Label region", value: regionLabelName(request.labelRegion ?? defaultLabelRegion) });
  facts.push({ label: "Patient", value: `${patient.ageYears}-year-old ${patient.sex}` });
  if (patient.smoking) facts.push({ label: "Smoking", value: smokingNames[patient.smoking] });
  if (patient.riskFactors)
    facts.push({ label: "Risk factors", value: listOr(patient.riskFactors.map((factor) => riskFactorNames[factor])) });
  if (patient.sex === "female") {
    facts.push({
      label: "Can become pregnant",
      value: patient.canBecomePregnant === "unknown" ? "not known" : yesNo(patient.canBecomePregnant),
    });
  }
  if (patient.egfr !== undefined) facts.push({ label: "eGFR", value: `${patient.egfr} mL/min/1.73 m²` });
  if (patient.weightKg !== undefined) facts.push({ label: "Weight", value: `${patient.weightKg} kg` });
  if (patient.crclMlMin !== undefined)
    facts.push({ label: "Creatinine clearance", value: `${patient.crclMlMin} mL/min` });
  if (patient.hepaticImpairment !== undefined)
    facts.push({ label: "Hepatic impairment", value: hepaticImpairmentNames[patient.hepaticImpairment] });
  if (patient.interactingMedicines !== undefined) {
    facts.push({
      label: "Interacting medicines",
      value: listOr(patient.interactingMedicines.map((medicine) => interactingMedicineWords[medicine].name)),
    });
  }
  if (patient.cyp2c9PoorMetabolizer !== undefined)
    facts.push({ label: "CYP2C9 poor metabolizer", value: yesNo(patient.cyp2c9PoorMetabolizer) });
  if (patient.cyp2c19PoorMetabolizer !== undefined)
    facts.push({ label: "CYP2C19 poor metabolizer", value: yesNo(patient.cyp2c19PoorMetabolizer) });
  for (const lab of request.labs ?? []) {
    facts.push({
      label: analyteName(lab.test),
      value: `${formatResult({ value: lab.value, unit: lab.unit })} (${formatHumanDate(lab.date)})`,
    });
  }
  for (const entry of request.screening ?? []) {
    facts.push({
      label: sentenceCase(screeningTestNames[entry.test]),
      value: `${entry.result} (${formatHumanDate(entry.date)})`,
    });
  }
  for (const change of request.doseChanges ?? []) {
    facts.push({ label: "Dose change", value: `${change.doseMg} mg a day from ${formatHumanDate(change.date)}` });
  }
  return facts;
}
