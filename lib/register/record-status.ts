import type { Finding, Plan } from "@/lib/register/engine";
import type { CalendarDate, PlanRequest } from "@/lib/register/engine";
import { summaryOf, type PlanSummary } from "./plan-summary";
import { requestOfRecord, signedOffResults, type RecordFacts } from "./record";

/** The engine, passed in so a test can stand in for a rules change. */
export type PlanOf = (request: PlanRequest) => Plan;

/** What the worklist needs of one record, computed from its plan without a "today". */
export interface RecordStatus {
  /** The earliest scheduled blood test no result answers yet (before today means overdue). */
  nextDueOn: CalendarDate | null;
  doNotStart: boolean;
  /** Results that raised a finding and are not signed off. */
  needsReview: number;
  summary: PlanSummary;
}

const findingKey = (finding: Finding) => `${finding.action}|${finding.ruleId}|${finding.message}`;

/**
 * The findings a result raised: those in the plan with it that the plan without it lacks.
 * The message names the value and date, so a second low result raises its own finding.
 * Only findings about a test count: general cautions (the boxed warning, shown once a
 * patient is on treatment) and "info" notes are not a result to review.
 */
export function findingsRaisedBy(
  facts: RecordFacts,
  resultId: string,
  planOf: PlanOf,
  withIt: Plan = planOf(requestOfRecord(facts)),
): Finding[] {
  const before = new Set(planOf(requestOfRecord(facts, undefined, resultId)).findings.map(findingKey));
  return withIt.findings.filter(
    (finding) => finding.test !== undefined && finding.action !== "info" && !before.has(findingKey(finding)),
  );
}

export function nextDueOf(plan: Plan): CalendarDate | null {
  return (
    plan.visits.find((visit) => visit.items.some((item) => item.kind === "lab" && item.status !== "done"))?.date ?? null
  );
}

export function statusOfRecord(facts: RecordFacts, planOf: PlanOf): RecordStatus {
  const plan = planOf(requestOfRecord(facts));
  const signed = signedOffResults(facts.events);
  const needsReview = facts.events.filter(
    (event) =>
      event.kind === "result" && !signed.has(event.id) && findingsRaisedBy(facts, event.id, planOf, plan).length > 0,
  ).length;
  return {
    nextDueOn: nextDueOf(plan),
    doNotStart: plan.findings.some((finding) => finding.action === "do-not-start"),
    needsReview,
    summary: summaryOf(plan),
  };
}
