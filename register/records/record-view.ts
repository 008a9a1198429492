import { inArray } from "drizzle-orm";
import type { SummaryChange } from "@/lib/register/plan-summary";
import {
  asOfFacts,
  isReviewable,
  monitoringEnded,
  reviewDateOf,
  signedOffResults,
  type ReviewableEvent,
} from "@/lib/register/record";
import { findingsRaisedBy } from "@/lib/register/record-status";
import type { CalendarDate, FieldError, Finding, Plan, PlanRequest } from "@/lib/register/engine";
import type { RegisterDb } from "@/register/db/connection";
import { user } from "@/register/db/schema";
import type { EventRow, LoadedRecord } from "./record-facts";
import { planOfRecord, type RulesInForce } from "@/lib/register/record-plan";
import { rulesInForce } from "./status-store";

export interface HistoryEntry {
  id: string;
  kind: EventRow["kind"];
  body: unknown;
  authorName: string | null;
  at: string;
}

export interface ResultReview {
  /** The result's (or dose change's, or patient facts') id, which a sign-off names. */
  resultId: string;
  /** Added: what is reviewed, a visit's results, a dose change or patient facts. */
  kind: ReviewableEvent["kind"];
  date: string;
  /**
   * The findings the result raised, for a result not signed off yet (a signed one's are in its
   * sign-off); null when the record has no plan to tell them by.
   */
  raised: Finding[] | null;
  signedOff: boolean;
}

/** A record as a page or the API shows it: the plan recomputed today with the rules in force. */
export interface RecordView {
  patient: { id: string; clinicPatientId: string; displayName: string | null; createdAt: string };
  request: PlanRequest;
  /** Null when the saved request fails the rules in force: `planRefused` then says why. */
  plan: Plan | null;
  planRefused: FieldError[] | null;
  results: ResultReview[];
  history: HistoryEntry[];
  rulesChange: SummaryChange | null;
  /** When the clinic has ended the patient's monitoring: the entry that ended it (its reason and who). */
  monitoringEnded: HistoryEntry | null;
}

export async function recordView(
  db: RegisterDb,
  loaded: LoadedRecord,
  today: CalendarDate,
  rules: RulesInForce = rulesInForce,
): Promise<RecordView> {
  const { facts } = loaded;
  const dated = planOfRecord(facts, rules.planOf, today);
  const plan = dated.ok ? dated.plan : null;
  const signed = signedOffResults(facts.events);
  // What unsigned results and dose changes raised, as the status worked it out with these rules and
  // these events (the same judgement, as of the record's own facts' date): opening a record then
  // costs one plan, not one or two per unsigned event.
  const kept = loaded.kept?.raised;
  const keptRaised =
    dated.ok &&
    kept &&
    loaded.kept?.rulesVersion === rules.rulesVersion &&
    kept.throughEventId === (facts.events.at(-1)?.id ?? null)
      ? kept.byEvent
      : undefined;
  // Otherwise, only unsigned ones are checked, on the record as of its own facts' date (as the status
  // is), not today: made from the checked request, since checking a long record again costs a plan's time.
  const unsigned = facts.events.some((event) => isReviewable(event) && !signed.has(event.id));
  const ofFacts = dated.ok && unsigned && !keptRaised ? rules.planOf(asOfFacts(dated.request, facts)) : plan;
  const raisedBy = (resultId: string) => {
    if (signed.has(resultId)) return [];
    if (keptRaised) return keptRaised[resultId] ?? [];
    return ofFacts ? findingsRaisedBy(facts, resultId, rules.planOf, ofFacts) : null;
  };
  const results = facts.events.filter(isReviewable).map((event) => ({
    resultId: event.id,
    kind: event.kind,
    date: reviewDateOf(event) ?? "",
    raised: raisedBy(event.id),
    signedOff: signed.has(event.id),
  }));
  const authorIds = [...new Set(loaded.events.flatMap((event) => (event.authorId ? [event.authorId] : [])))];
  const authors = new Map(
    authorIds.length
      ? (await db.select({ id: user.id, name: user.name }).from(user).where(inArray(user.id, authorIds))).map((row) => [
          row.id,
          row.name,
        ])
      : [],
  );
  const history = loaded.events.map((event) => ({
    id: event.id,
    kind: event.kind,
    body: event.body,
    authorName: event.authorId ? (authors.get(event.authorId) ?? null) : null,
    at: event.createdAt.toISOString(),
  }));
  return {
    patient: {
      id: loaded.patient.id,
      clinicPatientId: loaded.patient.clinicPatientId,
      displayName: loaded.patient.displayName,
      createdAt: loaded.patient.createdAt.toISOString(),
    },
    request: dated.request,
    plan,
    planRefused: dated.ok ? null : dated.errors,
    results,
    history,
    rulesChange: (loaded.rulesChange as SummaryChange | null) ?? null,
    monitoringEnded: monitoringEnded(facts.events)
      ? (history.findLast((entry) => entry.kind === "monitoring-end") ?? null)
      : null,
  };
}
