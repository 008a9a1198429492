import { asc, eq } from "drizzle-orm";
import type { RecordEvent, RecordFacts } from "@/lib/register/record";
import type { PlanRequest } from "@/lib/register/engine";
import type { RaisedFindings } from "@/lib/register/record-status";
import type { RegisterDb } from "@/register/db/connection";
import { patient, patientEvent, patientStatus } from "@/register/db/schema";

export type PatientRow = typeof patient.$inferSelect;
export type EventRow = typeof patientEvent.$inferSelect;

/** A stored event as the engine reads it. Bodies were checked before they were stored. */
export const recordEventOf = (row: EventRow): RecordEvent =>
  ({ id: row.id, kind: row.kind, body: row.body }) as RecordEvent;

export interface LoadedRecord {
  patient: PatientRow;
  events: EventRow[];
  facts: RecordFacts;
  /** What the last rules change altered in the plan, until reviewed (from the status row). */
  rulesChange: unknown;
  /** From the status row: what unsigned events raised, and the rules version it was worked out with. */
  kept: { rulesVersion: string; raised: RaisedFindings | null } | null;
}

/**
 * A patient's row (with its status's pending rules change), its events in the order
 * recorded, and the facts the plan is made from; null when there is no such patient. Two
 * queries: opening a record is meant to cost little more than planning it.
 */
export async function loadFacts(db: RegisterDb, patientId: string): Promise<LoadedRecord | null> {
  const [row] = await db
    .select({
      patient,
      rulesChange: patientStatus.rulesChange,
      rulesVersion: patientStatus.rulesVersion,
      raised: patientStatus.raised,
    })
    .from(patient)
    .leftJoin(patientStatus, eq(patientStatus.patientId, patient.id))
    .where(eq(patient.id, patientId));
  if (!row) return null;
  const events = await db
    .select()
    .from(patientEvent)
    .where(eq(patientEvent.patientId, patientId))
    .orderBy(asc(patientEvent.createdAt), asc(patientEvent.id));
  return {
    patient: row.patient,
    events,
    facts: { request: row.patient.planRequest as PlanRequest, events: events.map(recordEventOf) },
    rulesChange: row.rulesChange ?? null,
    kept:
      row.rulesVersion === null
        ? null
        : { rulesVersion: row.rulesVersion, raised: row.raised as RaisedFindings | null },
  };
}
