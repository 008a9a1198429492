import { buildPlan } from "@/lib/plan/build-plan";
import { errorResponse, maxBodyBytes, type DoorResponse } from "@/lib/api/plan-response";
import { toFieldErrors } from "@/lib/schema/field-errors";
import { planRequestSchema } from "@/lib/schema/plan-request";
import { planToFhirBundle } from "./fhir-export";

/**
 * `POST /api/plan?format=fhir`: the same checks as the contract's door, then the plan as a
 * FHIR Bundle instead of the contract's JSON. Errors stay the contract's 400 JSON.
 * `today` is the caller's date, used only when the request has no `asOf`.
 */
export function respondWithFhirBundle(rawBody: string, today: string): DoorResponse {
  if (new TextEncoder().encode(rawBody).length > maxBodyBytes) {
    return errorResponse([{ path: "", message: `Request body is larger than ${maxBodyBytes / 1024} kB.` }]);
  }
  let value: unknown;
  try {
    value = JSON.parse(rawBody);
  } catch {
    return errorResponse([{ path: "", message: "Request body is not valid JSON." }]);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return errorResponse([{ path: "", message: "Request body must be a JSON object." }]);
  }
  const parsed = planRequestSchema.safeParse(value);
  if (!parsed.success) return errorResponse(toFieldErrors(parsed.error));
  const bundle = planToFhirBundle(buildPlan(parsed.data), parsed.data, { createdOn: parsed.data.asOf ?? today });
  return { status: 200, body: `${JSON.stringify(bundle, null, 2)}\n` };
}
