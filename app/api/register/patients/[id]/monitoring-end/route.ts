import { checkWith, monitoringEndSchema } from "@/lib/register/register-inputs";
import { eventRoute } from "@/register/http/event-route";

/** POST: the clinic ends the patient's monitoring, `{ reason }`. Clinicians only. */
export const POST = eventRoute("monitoring-end", "monitoring.end", "end a patient's monitoring", (body) =>
  checkWith(monitoringEndSchema, body),
);
