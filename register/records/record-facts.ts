import { asc, eq } from "drizzle-orm";
import type { RecordEvent, RecordFacts } from "@/lib/register/record";
import type { PlanRequest } from "@/lib/register/engine";
import type { RegisterDb } from "@/register/db/connection";
import { patient, patientEvent } from "@/register/db/schema";

export type PatientRow = typeof patient.$inferSelect;
export type EventRow = typeof patientEvent.$inferSelect;

/** A stored event as the engine reads it. Bodies were checked before they were stored. */
export const recordEventOf = (row: EventRow): RecordEvent => ({ id: row.id, kind: row.kind, body: row.body }) as RecordEvent;

/** A patient's row, its events in the order recorded, and the facts the plan is made from; null when there is no such patient. */
export async function loadFacts(db: RegisterDb, patientId: string): Promise<{ patient: PatientRow; events: EventRow[]; facts: RecordFacts } | null> {
  const [row] = await db.select().from(patient).where(eq(patient.id, patientId));
  if (!row) return null;
  const events = await db.select().from(patientEvent).where(eq(patientEvent.patientId, patientId)).orderBy(asc(patientEvent.createdAt), asc(patientEvent.id));
  return { patient: row, events, facts: { request: row.planRequest as PlanRequest, events: events.map(recordEventOf) } };
}
