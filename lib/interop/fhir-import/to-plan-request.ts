import {
  planRequestErrors,
  planRequestSchema,
  type PlanRequest,
  type PlanRequestInput,
} from "@/lib/contract/plan-request";
import type { Extraction } from "./facts";

/** Where in FHIR each required field of the request is looked for, to say what the bundle lacks. */
const fieldNames: Readonly<Record<string, string>> = {
  drug: "the drug (a MedicationRequest naming one of the nine drugs)",
  indication: "the indication (MedicationRequest.reasonCode)",
  doseMg: "the daily dose (MedicationRequest.dosageInstruction)",
  startDate: "the start date (MedicationRequest.dispenseRequest.validityPeriod.start or authoredOn)",
  "patient.ageYears": "the age (Patient.birthDate)",
  "patient.sex": "the sex (Patient.gender)",
};

/** The extraction as the contract's request, checked with the shared schema. */
export function toPlanRequest(
  extraction: Extraction,
): { ok: true; request: PlanRequest } | { ok: false; errors: string[] } {
  const input: Record<string, unknown> = {
    drug: extraction.drug,
    indication: extraction.indication,
    ...(extraction.doseMg === undefined ? {} : { doseMg: extraction.doseMg }),
    startDate: extraction.startDate,
    patient: { ageYears: extraction.ageYears, sex: extraction.sex },
    labs: extraction.labs,
    zosterVaccine: extraction.zoster,
  };
  const body = JSON.parse(JSON.stringify(input)) as PlanRequestInput;
  const parsed = planRequestSchema.safeParse(body);
  if (parsed.success) return { ok: true, request: parsed.data };
  return {
    ok: false,
    errors: planRequestErrors(body, parsed.error).map((error) => {
      const missing = fieldNames[error.path];
      return missing ? `${error.message} Not found in the bundle: ${missing}.` : error.message;
    }),
  };
}
