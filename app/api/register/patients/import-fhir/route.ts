import { importFhirBundle } from "@/lib/register/engine";
import { checkWith, fhirImportSchema } from "@/lib/register/register-inputs";
import { saveNewPatient } from "@/register/http/new-patient";
import { readJsonBody } from "@/register/http/read-json-body";
import { guarded } from "@/register/http/register-route";
import { refuse } from "@/register/http/replies";
import { today } from "@/register/http/today";

/**
 * POST: a new record from a FHIR R4 bundle, read by the planner's importer: `{ clinicPatientId,
 * displayName?, bundle }`, answered with `{ id, report, notes }`. Clinicians.
 */
export function POST(request: Request): Promise<Response> {
  return guarded(request, "patient.create", "add patients", async (context) => {
    const read = await readJsonBody(request);
    if ("errors" in read) return refuse(read.status, read.errors);
    const checked = checkWith(fhirImportSchema, read.body);
    if (!checked.ok) return refuse(400, checked.errors);
    const imported = importFhirBundle(checked.value.bundle, { asOf: today() });
    if (!imported.ok)
      return refuse(
        400,
        imported.errors.map((message) => ({ path: "bundle", message })),
      );
    const { clinicPatientId, displayName } = checked.value;
    return saveNewPatient(
      context,
      { clinicPatientId, ...(displayName === undefined ? {} : { displayName }), request: imported.request },
      // What the bundle held and what was left out, as the planner's import shows it: nothing ignored in silence.
      { report: imported.report, notes: imported.notes },
    );
  });
}
