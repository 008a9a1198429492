import { and, eq, isNull, ne, or } from "drizzle-orm";
import { buildPlan } from "@/lib/register/engine";
import { combineChanges, summaryChange, type PlanSummary, type SummaryChange } from "@/lib/register/plan-summary";
import type { RecordFacts } from "@/lib/register/record";
import { statusOfRecord, type RecordStatus } from "@/lib/register/record-status";
import type { RulesInForce } from "@/lib/register/record-plan";
import { rulesVersion as currentRulesVersion } from "@/lib/register/engine";
import type { RegisterDb } from "@/register/db/connection";
import { patientStatus } from "@/register/db/schema";
import { loadFacts } from "./record-facts";

export const rulesInForce: RulesInForce = { rulesVersion: currentRulesVersion, planOf: buildPlan };

/** The columns a status computation fills. */
function statusColumns(status: RecordStatus, rules: RulesInForce, rulesChange: SummaryChange | null) {
  return {
    nextDueOn: status.nextDueOn,
    nextDueTests: status.nextDueTests,
    openVisits: status.openVisits,
    doNotStart: status.doNotStart,
    needsReview: status.needsReview,
    rulesVersion: rules.rulesVersion,
    summary: status.summary,
    planRefused: status.planRefused,
    planEndsOn: status.planEndsOn,
    monitoringEnded: status.monitoringEnded,
    raised: status.raised,
    rulesChange,
    computedAt: new Date(),
  };
}

/**
 * Recomputes one patient's status after a write, in the writer's transaction. A sign-off
 * or a plan review is the clinician's review, so it clears a pending rules change (not on a
 * record with no plan, below).
 */
export async function storeStatus(
  db: RegisterDb,
  patientId: string,
  facts: RecordFacts,
  options: { reviewed: boolean; clinicianId: string | null },
  rules: RulesInForce = rulesInForce,
) {
  const [previous] = await db.select().from(patientStatus).where(eq(patientStatus.patientId, patientId)).for("update");
  const status = statusOfRecord(facts, rules);
  // A record with no plan keeps what the last rules change took off it (the schedule it had
  // until then) in view, reviewed or not: nothing else shows what to arrange outside the register.
  const cleared = options.reviewed && status.planRefused === null;
  const pending = cleared ? null : ((previous?.rulesChange as SummaryChange | null | undefined) ?? null);
  const row = {
    drug: facts.request.drug,
    clinicianId: options.clinicianId,
    ...statusColumns(status, rules, pending),
  };
  await db
    .insert(patientStatus)
    .values({ patientId, ...row })
    .onConflictDoUpdate({ target: patientStatus.patientId, set: row });
}

const batchSize = 200;

/**
 * A status to recompute: made with other rules, or by a version of the app from before statuses
 * kept when the plan ends (neither an end nor a refusal: every status made now has one of them),
 * or the tests due next or the open visits (null; a status made now has lists, empty when nothing
 * is due). Only a
 * row such a version inserts is found so; one it updates keeps the columns it does not know, and
 * is put right at the patient's next change or the next rules update.
 * An instance still running that version can write such a row after the migrations have run.
 */
const isStale = (rules: RulesInForce) =>
  or(
    ne(patientStatus.rulesVersion, rules.rulesVersion),
    and(isNull(patientStatus.planEndsOn), isNull(patientStatus.planRefused)),
    isNull(patientStatus.nextDueTests),
    isNull(patientStatus.openVisits),
  );

/**
 * After a rules update, every status computed with other rules (or by an older version,
 * `isStale`) is recomputed, a batch at a time, and what changed in each plan is kept until a clinician reviews it. Safe to run on
 * several instances at once: each row is locked and rechecked before it is rewritten.
 * Returns how many plans changed.
 */
export async function refreshStatusesForRules(
  db: RegisterDb,
  rules: RulesInForce = rulesInForce,
): Promise<{ recomputed: number; changed: number }> {
  let recomputed = 0;
  let changed = 0;
  for (;;) {
    const stale = await db
      .select({ patientId: patientStatus.patientId })
      .from(patientStatus)
      .where(isStale(rules))
      .limit(batchSize);
    if (stale.length === 0) return { recomputed, changed };
    for (const { patientId } of stale) {
      await db.transaction(async (tx) => {
        const [previous] = await tx
          .select()
          .from(patientStatus)
          .where(and(eq(patientStatus.patientId, patientId), isStale(rules)))
          .for("update");
        if (!previous) return;
        const loaded = await loadFacts(tx, patientId);
        if (!loaded) return;
        const status = statusOfRecord(loaded.facts, rules);
        const change = summaryChange(previous.summary as PlanSummary, status.summary);
        if (change) changed += 1;
        const pending = change
          ? combineChanges(previous.rulesChange as SummaryChange | null, change)
          : (previous.rulesChange as SummaryChange | null);
        await tx
          .update(patientStatus)
          .set(statusColumns(status, rules, pending))
          .where(eq(patientStatus.patientId, patientId));
      });
      recomputed += 1;
    }
  }
}
