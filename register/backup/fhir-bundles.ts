import { planToFhirBundle, type CalendarDate } from "@/lib/register/engine";
import { requestOfRecord } from "@/lib/register/record";
import type { RegisterDb } from "@/register/db/connection";
import { patient } from "@/register/db/schema";
import { loadFacts } from "@/register/records/record-facts";
import { rulesInForce } from "@/register/records/status-store";

/** Each patient's plan today as a FHIR R4 bundle (the planner's export), for an EHR or a second copy. */
export async function patientBundles(db: RegisterDb, today: CalendarDate) {
  const ids = await db.select({ id: patient.id }).from(patient);
  const bundles = [];
  for (const { id } of ids) {
    const loaded = await loadFacts(db, id);
    if (!loaded) continue;
    const request = requestOfRecord(loaded.facts, today);
    bundles.push({ id, bundle: planToFhirBundle(rulesInForce.planOf(request), request, { createdOn: today }) });
  }
  return bundles;
}
