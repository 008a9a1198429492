import { and, desc, lt, sql } from "drizzle-orm";
import type { RegisterDb } from "@/register/db/connection";
import { auditEvent } from "@/register/db/schema";
import type { Actor } from "./actor";

/** The actions the trail records, in the words the audit view shows. */
export const auditActions = {
  "patient.read": "Opened a patient record",
  "patient.create": "Added a patient",
  "result.add": "Recorded a result",
  "dose-change.add": "Recorded a dose change",
  "patient-facts.update": "Updated a patient's facts",
  "contact-note.add": "Added a contact note",
  "result.sign-off": "Signed off a result",
  "plan-review.add": "Reviewed a plan changed by the rules",
  "monitoring.end": "Ended a patient's monitoring",
  "monitoring.resume": "Resumed a patient's monitoring",
  "worklist.read": "Listed the worklist",
  "worklist.export": "Exported the worklist",
  "user.create": "Created a user",
  "user.role": "Changed a user's role",
  "user.password-reset": "Gave a user a new first password",
  "user.password-change": "Changed their own password",
  "user.password-guesses": "Session ended after wrong current passwords",
  "audit.read": "Viewed the audit trail",
  "audit.export": "Exported the audit trail",
  "register.export": "Exported the register (backup)",
  "register.import": "Imported a backup into the register",
} as const;

export type AuditAction = keyof typeof auditActions;

export interface AuditEntry {
  action: AuditAction;
  patientId?: string | null;
  /** `{ before, after }` for a change, what was read or listed otherwise. */
  detail: Record<string, unknown>;
}

/** Appends one entry. The trail has no update or delete function, and the database refuses both. */
export async function appendAudit(db: RegisterDb, actor: Actor, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvent).values({
    actorId: actor.id,
    actorEmail: actor.email,
    action: entry.action,
    patientId: entry.patientId ?? null,
    detail: entry.detail,
  });
}

export type AuditRow = typeof auditEvent.$inferSelect;

/** The newest entries first, a page at a time (`before` is the last id of the previous page). */
export async function listAudit(
  db: RegisterDb,
  options: { limit: number; before?: number; patientId?: string },
): Promise<AuditRow[]> {
  const conditions = [
    options.before === undefined ? undefined : lt(auditEvent.id, options.before),
    options.patientId === undefined ? undefined : sql`${auditEvent.patientId} = ${options.patientId}`,
  ];
  return db
    .select()
    .from(auditEvent)
    .where(and(...conditions))
    .orderBy(desc(auditEvent.id))
    .limit(options.limit);
}
