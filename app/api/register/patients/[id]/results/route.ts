import { checkResultEntry } from "@/lib/register/register-inputs";
import { eventRoute } from "@/register/http/event-route";

/**
 * POST: one visit's results, `{ date, labs?: [{ test, value, unit, uln? }], screening?: [{ test, result,
 * interpretation?, preventiveTreatmentStarted? }], zosterVaccine?: [{ vaccine }] }`. Nurses and clinicians.
 */
export const POST = eventRoute("result", "result.add", "record results", checkResultEntry);
