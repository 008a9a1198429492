import { cvxSystem, zosterCvx } from "@/lib/interop/loinc";
import type { PatientReading, ZosterDose } from "./facts";
import type { FhirImmunization } from "./fhir-schemas";
import { calendarDateOf, conceptNames, words } from "./fhir-values";
import type { Report } from "./report";

/** Which zoster vaccine: by CVX code, else by its name (EHRs often send text only). */
function zosterVaccineOf(immunization: FhirImmunization): ZosterDose["vaccine"] | undefined {
  for (const coding of immunization.vaccineCode?.coding ?? []) {
    if (coding.system === cvxSystem && coding.code === zosterCvx.rzv.code) return "rzv";
    if (coding.system === cvxSystem && coding.code === zosterCvx.zvl.code) return "zvl";
  }
  const text = words(conceptNames(immunization.vaccineCode).join(" "));
  if (
    text.includes(" shingrix ") ||
    text.includes(" recombinant zoster ") ||
    text.includes(" zoster vaccine recombinant ")
  )
    return "rzv";
  if (text.includes(" zostavax ") || text.includes(" zoster vaccine live ") || text.includes(" live zoster "))
    return "zvl";
  return undefined;
}

/** One Immunization: a zoster vaccine dose given on a full date is read; any other is reported. */
export function readImmunization(immunization: FhirImmunization, name: string, out: PatientReading, report: Report) {
  const vaccine = zosterVaccineOf(immunization);
  if (!vaccine)
    return report?.push({
      resource: name,
      outcome: "ignored",
      detail: "Not a zoster vaccine (CVX 187 or 121, or named so).",
    });
  if (immunization.status !== "completed")
    return report?.push({
      resource: name,
      outcome: "ignored",
      detail: `Zoster vaccine not given (status ${String(immunization.status).slice(0, 20)}).`,
    });
  const date = calendarDateOf(immunization.occurrenceDateTime);
  if (!date) return report?.push({ resource: name, outcome: "ignored", detail: "Zoster vaccine without a full date." });
  out.zoster.push({ vaccine, date });
  report?.push({
    resource: name,
    outcome: "read",
    detail: `${vaccine === "rzv" ? "recombinant" : "live"} zoster vaccine on ${date}`,
  });
}
