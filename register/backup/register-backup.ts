import { asc, count, sql } from "drizzle-orm";
import type { Actor } from "@/register/audit/actor";
import { appendAudit } from "@/register/audit/audit-trail";
import type { RegisterDb } from "@/register/db/connection";
import { account, auditEvent, patient, patientEvent, patientStatus, user } from "@/register/db/schema";
import type { RulesInForce } from "@/lib/register/record-plan";
import { refreshStatusesForRules, rulesInForce } from "@/register/records/status-store";

/**
 * A backup: every table that holds a record or who made it — users and their password
 * hashes, patients, events, statuses (with any rules change still to review) and the audit
 * trail — as JSON. Sessions, rate-limit counters and the signing secret are left out: after
 * a restore everyone signs in again.
 */
export interface RegisterBackup {
  format: "jak-monitor-register-backup";
  version: 1;
  exportedAt: string;
  rulesVersion: string;
  tables: {
    user: Record<string, unknown>[];
    account: Record<string, unknown>[];
    patient: Record<string, unknown>[];
    patientEvent: Record<string, unknown>[];
    patientStatus: Record<string, unknown>[];
    auditEvent: Record<string, unknown>[];
  };
}

const tables = { user, account, patient, patientEvent, patientStatus, auditEvent } as const;
type TableName = keyof typeof tables;
const order: TableName[] = ["user", "account", "patient", "patientEvent", "patientStatus", "auditEvent"];

/** Rows as JSON values (timestamps as ISO text), in a stable order. */
const plain = (rows: object[]) => JSON.parse(JSON.stringify(rows)) as Record<string, unknown>[];

export async function exportRegister(
  db: RegisterDb,
  exportedAt: Date,
  rules: RulesInForce = rulesInForce,
): Promise<RegisterBackup> {
  const backup: RegisterBackup = {
    format: "jak-monitor-register-backup",
    version: 1,
    exportedAt: exportedAt.toISOString(),
    rulesVersion: rules.rulesVersion,
    tables: {
      user: plain(await db.select().from(user).orderBy(asc(user.id))),
      account: plain(await db.select().from(account).orderBy(asc(account.id))),
      patient: plain(await db.select().from(patient).orderBy(asc(patient.id))),
      patientEvent: plain(await db.select().from(patientEvent).orderBy(asc(patientEvent.id))),
      patientStatus: plain(await db.select().from(patientStatus).orderBy(asc(patientStatus.patientId))),
      auditEvent: plain(await db.select().from(auditEvent).orderBy(asc(auditEvent.id))),
    },
  };
  return backup;
}

// Columns that hold a timestamp: written as ISO text, read back as dates.
const timestampColumns = new Set([
  "createdAt",
  "updatedAt",
  "expiresAt",
  "accessTokenExpiresAt",
  "refreshTokenExpiresAt",
  "computedAt",
  "at",
]);
const revived = (row: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      key,
      timestampColumns.has(key) && typeof value === "string" ? new Date(value) : value,
    ]),
  );

/** Status columns added after the first backups: a row without one is recomputed after the restore. */
const laterStatusColumns = ["planRefused", "planEndsOn", "nextDueTests", "openVisits"];

/**
 * A status row from a backup made before statuses had every column they have now (whether the
 * saved request is refused, when the plan ends, which tests are due next and at which open visits) is
 * marked for recomputing.
 */
const recheckedStatus = (row: Record<string, unknown>) =>
  revived(laterStatusColumns.every((column) => column in row) ? row : { ...row, rulesVersion: "" });

/**
 * Restores a backup into an empty register (PGlite or PostgreSQL alike), in one
 * transaction: all of it or nothing. Statuses made with other rules are then recomputed
 * and what changed is kept for review, as after any rules update.
 */
export async function importRegister(
  db: RegisterDb,
  backup: RegisterBackup,
  actor: Actor,
  rules: RulesInForce = rulesInForce,
): Promise<{ patients: number }> {
  if (backup.format !== "jak-monitor-register-backup" || backup.version !== 1)
    throw new Error("Not a JAK Monitor register backup (version 1).");
  await db.transaction(async (tx) => {
    for (const name of ["user", "patient", "auditEvent"] as const) {
      const [row] = await tx.select({ rows: count() }).from(tables[name]);
      if ((row?.rows ?? 0) > 0)
        throw new Error("The register is not empty: a backup is restored only into an empty database.");
    }
    for (const name of order) {
      const rows = backup.tables[name].map(name === "patientStatus" ? recheckedStatus : revived);
      // A few hundred rows per statement keeps each under the drivers' parameter limit.
      for (let start = 0; start < rows.length; start += 500)
        await tx.insert(tables[name]).values(rows.slice(start, start + 500) as never);
    }
    // The audit trail's numbering goes on after the restored entries.
    await tx.execute(
      sql`select setval(pg_get_serial_sequence('audit_event', 'id'), greatest((select max(id) from audit_event), 1))`,
    );
    await appendAudit(tx, actor, {
      action: "register.import",
      detail: {
        exportedAt: backup.exportedAt,
        patients: backup.tables.patient.length,
        rulesVersion: backup.rulesVersion,
      },
    });
  });
  await refreshStatusesForRules(db, rules);
  return { patients: backup.tables.patient.length };
}
