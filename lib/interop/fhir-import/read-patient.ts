import type { PatientReading, ReadOptions } from "./facts";
import type { FhirPatient } from "./fhir-schemas";
import { ageOn, calendarDateOf } from "./fhir-values";
import type { Report } from "./report";

/** The patient's sex and age; the name, address and identifiers are never read (the schema drops them). */
export function readPatient(
  patient: FhirPatient,
  name: string,
  out: PatientReading,
  options: ReadOptions,
  report: Report,
) {
  const parts: string[] = [];
  if (patient.gender === "female" || patient.gender === "male") {
    out.sex = patient.gender;
    parts.push(patient.gender);
  } else if (patient.gender !== undefined) {
    out.notes.push(
      `Patient gender "${patient.gender.slice(0, 20)}" has no counterpart in the planner's sex field: choose it.`,
    );
  }
  const birthDate = calendarDateOf(patient.birthDate);
  if (birthDate && birthDate <= options.asOf) {
    out.ageYears = ageOn(birthDate, options.asOf);
    parts.push(`age ${out.ageYears} on ${options.asOf}`);
  }
  report?.push({
    resource: name,
    outcome: "read",
    detail: parts.length ? parts.join(", ") : "nothing usable (no gender or full birth date)",
  });
}
