import { checkWith, newPatientSchema } from "@/lib/register/register-inputs";
import { checkPlanRequest, saveNewPatient } from "@/register/http/new-patient";
import { readJsonBody } from "@/register/http/read-json-body";
import { guarded } from "@/register/http/register-route";
import { refuse } from "@/register/http/replies";

/** POST: "Save to register" — `{ clinicPatientId, displayName?, request }`, the request as POST /api/plan takes it. Clinicians. */
export function POST(request: Request): Promise<Response> {
  return guarded(request, "patient.create", "add patients", async (context) => {
    const read = await readJsonBody(request);
    if ("errors" in read) return refuse(read.status, read.errors);
    const checked = checkWith(newPatientSchema, read.body);
    if (!checked.ok) return refuse(400, checked.errors);
    const plan = checkPlanRequest(checked.value.request);
    if (!plan.ok) return refuse(400, plan.errors);
    const { clinicPatientId, displayName } = checked.value;
    return saveNewPatient(context, {
      clinicPatientId,
      ...(displayName === undefined ? {} : { displayName }),
      request: plan.value,
    });
  });
}
