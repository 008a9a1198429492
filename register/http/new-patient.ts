import { planRequestErrors, planRequestSchema, type PlanRequest } from "@/lib/register/engine";
import { resultsAfterToday, type Checked } from "@/lib/register/register-inputs";
import { createPatient } from "@/register/records/patient-records";
import { refuse, reply } from "./replies";
import type { RouteContext } from "./register-route";
import { today } from "./today";

/** The plan request of a new record, checked with the planner's schema; errors name `request.<field>`. */
export function checkPlanRequest(value: unknown): Checked<PlanRequest> {
  const parsed = planRequestSchema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    errors: planRequestErrors(value, parsed.error).map((error) => ({
      path: error.path ? `request.${error.path}` : "request",
      message: error.message,
    })),
  };
}

/**
 * Stores a new record for the signed-in clinician (its responsible clinician) and answers 201 with
 * its id (and `answer`); a result in it dated after today is refused (errors name `request.<list>.<n>.date`).
 */
export async function saveNewPatient(
  { service, user }: RouteContext,
  input: { clinicPatientId: string; displayName?: string; request: PlanRequest },
  /** More of the answer beside the id (a FHIR import's report of what it read and ignored). */
  answer: Record<string, unknown> = {},
): Promise<Response> {
  const future = resultsAfterToday(input.request, today());
  if (future.length)
    return refuse(
      400,
      future.map((error) => ({ ...error, path: `request.${error.path}` })),
    );
  const created = await createPatient(service.store.db, user.actor, { ...input, clinicianId: user.actor.id });
  return created.ok ? reply(201, { id: created.value.id, ...answer }) : refuse(created.status, created.errors);
}
