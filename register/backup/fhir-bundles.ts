import { planToFhirBundle, type CalendarDate } from "@/lib/register/engine";
import { planOfRecord } from "@/lib/register/record-plan";
import type { RegisterDb } from "@/register/db/connection";
import { patient } from "@/register/db/schema";
import { loadFacts } from "@/register/records/record-facts";
import { rulesInForce } from "@/register/records/status-store";

/**
 * Each patient's plan today as a FHIR R4 bundle (the planner's export), for an EHR or a second
 * copy. A record whose saved request the rules in force refuse has no plan to export: its id is
 * listed in `refused` (its rows are in the JSON backup all the same).
 */
export async function patientBundles(db: RegisterDb, today: CalendarDate) {
  const ids = await db.select({ id: patient.id }).from(patient);
  const bundles = [];
  const refused: string[] = [];
  for (const { id } of ids) {
    const loaded = await loadFacts(db, id);
    if (!loaded) continue;
    const recordPlan = planOfRecord(loaded.facts, rulesInForce.planOf, today);
    if (!recordPlan.ok) refused.push(id);
    else bundles.push({ id, bundle: planToFhirBundle(recordPlan.plan, recordPlan.request, { createdOn: today }) });
  }
  return { bundles, refused };
}
