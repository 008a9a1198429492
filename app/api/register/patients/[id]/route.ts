import { guarded, isPatientId } from "@/register/http/register-route";
import { noSuchPatient, reply } from "@/register/http/replies";
import { today } from "@/register/http/today";
import { openRecord } from "@/register/records/patient-records";
import { recordView } from "@/register/records/record-view";

/** GET: the record and its plan, recomputed today with the rules in force. The read is audited. */
export function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return guarded(request, "patient.read", "open patient records", async ({ service, user }) => {
    const { id } = await params;
    if (!isPatientId(id)) return noSuchPatient();
    const loaded = await openRecord(service.store.db, user.actor, id);
    if (!loaded) return noSuchPatient();
    return reply(200, await recordView(service.store.db, loaded, today()));
  });
}
