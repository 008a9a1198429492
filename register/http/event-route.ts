import type { CalendarDate } from "@/lib/register/engine";
import type { Checked } from "@/lib/register/register-inputs";
import type { NewEvent } from "@/lib/register/record";
import type { Permission } from "@/register/auth/roles";
import { appendEvent } from "@/register/records/patient-records";
import { readJsonBody } from "./read-json-body";
import { guarded, isPatientId } from "./register-route";
import { noSuchPatient, refuse, reply } from "./replies";
import { today } from "./today";

type Kind = NewEvent["kind"];
type BodyOf<K extends Kind> = Extract<NewEvent, { kind: K }>["body"];

/**
 * POST /api/register/patients/[id]/<events>: checks the body, appends the event (the
 * record's whole plan request must stay valid) and answers 201 with its id.
 */
export function eventRoute<K extends Kind>(
  kind: K,
  permission: Permission,
  what: string,
  /** Checks the body; `today` (the server's) for the checks that refuse a date not come yet. */
  check: (body: unknown, today: CalendarDate) => Checked<BodyOf<K>>,
) {
  return (request: Request, { params }: { params: Promise<{ id: string }> }) =>
    guarded(request, permission, what, async ({ service, user }) => {
      const { id } = await params;
      if (!isPatientId(id)) return noSuchPatient();
      const read = await readJsonBody(request);
      if ("errors" in read) return refuse(read.status, read.errors);
      const checked = check(read.body, today());
      if (!checked.ok) return refuse(400, checked.errors);
      const outcome = await appendEvent(service.store.db, user.actor, id, { kind, body: checked.value } as NewEvent);
      return outcome.ok ? reply(201, { id: outcome.value.id }) : refuse(outcome.status, outcome.errors);
    });
}
