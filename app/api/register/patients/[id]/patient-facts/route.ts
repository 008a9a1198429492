import { checkPatientFacts } from "@/lib/register/register-inputs";
import { eventRoute } from "@/register/http/event-route";

/** POST: patient facts learned since the record was saved, `{ date, patient: { …facts } }`. Nurses and clinicians. */
export const POST = eventRoute("patient-facts", "patient-facts.update", "update patient facts", checkPatientFacts);
