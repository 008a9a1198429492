import { checkWith, monitoringResumeSchema } from "@/lib/register/register-inputs";
import { eventRoute } from "@/register/http/event-route";

/** POST: monitoring ended by the clinic starts again, `{ comment }`. Clinicians only. */
export const POST = eventRoute("monitoring-resume", "monitoring.resume", "resume a patient's monitoring", (body) =>
  checkWith(monitoringResumeSchema, body),
);
