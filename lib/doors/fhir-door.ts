import type { CalendarDate } from "@/lib/dates/calendar-date";
import { buildPlan } from "@/lib/plan";
import { jsonText } from "@/lib/contract/json-text";
import { validateRequestBody, type DoorResponse } from "@/lib/doors/plan-door";
import { planToFhirBundle } from "@/lib/interop/fhir-export";

/**
 * `POST /api/plan?format=fhir`: the same checks as the contract's door, then the plan as a
 * FHIR Bundle instead of the contract's JSON. Errors stay the contract's 400 JSON.
 * `today` is the caller's date, used only when the request has no `asOf`.
 */
export function respondWithFhirBundle(rawBody: string, today: CalendarDate): DoorResponse {
  const checked = validateRequestBody(rawBody);
  if ("refused" in checked) return checked.refused;
  const { request } = checked;
  const bundle = planToFhirBundle(buildPlan(request), request, { createdOn: request.asOf ?? today });
  return { status: 200, body: jsonText(bundle) };
}
