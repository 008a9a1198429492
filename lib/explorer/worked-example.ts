import { drugRules } from "@/rules";
import type { DrugId, IndicationId } from "@/rules/types";
import { toCalendarDate } from "@/lib/dates/calendar-date";
import { formatHumanDate } from "@/lib/dates/human-date";
import { indicationNames } from "@/lib/words/indications";
import type { PlanRequestInput } from "@/lib/contract/plan-request";

/** Worked examples start on a Monday, so week-N visits fall on Mondays too. */
export const workedExampleStart = toCalendarDate("2027-01-04");
const drawnOn = "2026-12-15";

/** The dose a worked example uses: the label's starting dose for the drug's first indication. */
function exampleDose(drug: DrugId): number | undefined {
  const rules = drugRules[drug];
  const indication = rules.indications[0]?.indication;
  return rules.doses.find((dose) => indication !== undefined && dose.startingFor?.includes(indication))?.doseMg;
}

/**
 * A worked example for each drug: a 40-year-old man of 80 kg who has never smoked, with no
 * risk factors and no interacting medicines, normal baseline labs and negative screens,
 * starting on its first indication.
 * The drug page opens it in the planner; it is a request like any other.
 */
export function workedExampleRequest(drug: DrugId): PlanRequestInput {
  const rules = drugRules[drug];
  const doseMg = exampleDose(drug);
  return {
    drug,
    indication: rules.indications[0]?.indication ?? "atopic-dermatitis",
    ...(doseMg === undefined ? {} : { doseMg }),
    startDate: workedExampleStart,
    patient: {
      ageYears: 40,
      sex: "male",
      smoking: "never",
      riskFactors: [],
      egfr: 95,
      weightKg: 80,
      hepaticImpairment: "none",
      cyp2c19PoorMetabolizer: false,
      cyp2c9PoorMetabolizer: false,
      antiplatelet: "none",
      interactingMedicines: [],
    },
    labs: [
      { test: "anc", value: 3.5, unit: "10^9/L", date: drawnOn },
      { test: "alc", value: 1.8, unit: "10^9/L", date: drawnOn },
      { test: "platelets", value: 250, unit: "10^9/L", date: drawnOn },
      { test: "wbc", value: 6.5, unit: "10^9/L", date: drawnOn },
      { test: "hemoglobin", value: 14.5, unit: "g/dL", date: drawnOn },
      { test: "ldl", value: 100, unit: "mg/dL", date: drawnOn },
      { test: "hdl", value: 50, unit: "mg/dL", date: drawnOn },
      { test: "total-cholesterol", value: 180, unit: "mg/dL", date: drawnOn },
      { test: "triglycerides", value: 120, unit: "mg/dL", date: drawnOn },
      { test: "alt", value: 22, unit: "U/L", date: drawnOn },
      { test: "ast", value: 24, unit: "U/L", date: drawnOn },
      { test: "creatinine", value: 0.9, unit: "mg/dL", date: drawnOn },
    ],
    screening: [
      { test: "tb", result: "negative", date: drawnOn },
      { test: "hbv", result: "negative", date: drawnOn },
      { test: "hcv", result: "negative", date: drawnOn },
    ],
  };
}

/** The worked example in one sentence, for the drug page. */
export function workedExampleSummary(drug: DrugId): string {
  const request = workedExampleRequest(drug);
  const dose = request.doseMg === undefined ? "" : ` ${request.doseMg} mg a day`;
  return `A 40-year-old man of 80 kg who has never smoked, with no risk factors and no interacting medicines, normal baseline labs and negative TB, hepatitis B and C screens, starts ${drugRules[drug].name}${dose} for ${indicationNames[request.indication as IndicationId].toLowerCase()} on ${formatHumanDate(workedExampleStart)}.`;
}
