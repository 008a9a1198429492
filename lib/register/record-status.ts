import type { CalendarDate, FieldError, Finding, Plan } from "@/lib/register/engine";
import { summaryOf, type PlanSummary } from "./plan-summary";
import { altersPlanFacts, requestOfRecord, signedOffResults, type RecordFacts } from "./record";
import { planOfRecord, type PlanOf, type RulesInForce } from "./record-plan";

/** What the worklist needs of one record, computed from its plan without a "today". */
export interface RecordStatus {
  /** The earliest scheduled blood test no result answers yet (before today means overdue). */
  nextDueOn: CalendarDate | null;
  doNotStart: boolean;
  /** Results that raised a finding and are not signed off. */
  needsReview: number;
  summary: PlanSummary;
  /** Why no plan can be made (the record's request fails today's checks); null when it is planned. */
  planRefused: FieldError[] | null;
  /** The last day the plan covers: nothing is scheduled after it (null with no plan). */
  planEndsOn: CalendarDate | null;
}

const findingKey = (finding: Finding) => `${finding.action}|${finding.ruleId}|${finding.message}`;

/** Findings without a test that a result can raise: those that act on the drug. */
const actsOnTheDrug: ReadonlySet<Finding["action"]> = new Set([
  "do-not-start",
  "discontinue",
  "interrupt",
  "reduce-dose",
]);

/**
 * The findings a result raised when it came in: those in the plan of the record as it stood once
 * the result was recorded (the facts recorded up to it) that the same plan without it lacks.
 * Judged then, not against the record as it is now: the liver check reads the latest ALT, so a
 * normal one entered later would otherwise take a result of five times the limit off the review
 * list before anyone signed it off. The message names the value and date, so a second low result
 * raises its own finding. Findings about a test count, "info" notes aside; of the others, those
 * that act on the drug (a creatinine clearance below a label's limit): general cautions (the boxed
 * warning, shown once a patient is on treatment) are not a result to review. `whole` is
 * the plan of the whole record, used when nothing that alters the plan was recorded after it.
 */
export function findingsRaisedBy(facts: RecordFacts, resultId: string, planOf: PlanOf, whole: Plan): Finding[] {
  const index = facts.events.findIndex((event) => event.id === resultId);
  if (index < 0) return [];
  const upToIt: RecordFacts = { request: facts.request, events: facts.events.slice(0, index + 1) };
  const withIt = facts.events.slice(index + 1).some(altersPlanFacts) ? planOf(requestOfRecord(upToIt)) : whole;
  const before = new Set(planOf(requestOfRecord(upToIt, undefined, resultId)).findings.map(findingKey));
  return withIt.findings.filter(
    (finding) =>
      (finding.test !== undefined ? finding.action !== "info" : actsOnTheDrug.has(finding.action)) &&
      !before.has(findingKey(finding)),
  );
}

export function nextDueOf(plan: Plan): CalendarDate | null {
  return (
    plan.visits.find((visit) => visit.items.some((item) => item.kind === "lab" && item.status !== "done"))?.date ?? null
  );
}

export function statusOfRecord(facts: RecordFacts, rules: RulesInForce): RecordStatus {
  const recordPlan = planOfRecord(facts, rules.planOf);
  if (!recordPlan.ok) {
    // Nothing is known to be due: the record stands on a list of its own until someone looks
    // at it, and a later rules change that accepts it again shows what its plan then holds.
    const findings = recordPlan.errors.map((error) => `refused ${error.path}`);
    return {
      nextDueOn: null,
      doNotStart: false,
      needsReview: 0,
      summary: { rulesVersion: rules.rulesVersion, items: [], findings: [...new Set(findings)].sort() },
      planRefused: recordPlan.errors,
      planEndsOn: null,
    };
  }
  const { plan } = recordPlan;
  const signed = signedOffResults(facts.events);
  const needsReview = facts.events.filter(
    (event) =>
      event.kind === "result" &&
      !signed.has(event.id) &&
      findingsRaisedBy(facts, event.id, rules.planOf, plan).length > 0,
  ).length;
  return {
    nextDueOn: nextDueOf(plan),
    doNotStart: plan.findings.some((finding) => finding.action === "do-not-start"),
    needsReview,
    summary: summaryOf(plan),
    planRefused: null,
    planEndsOn: plan.horizonEndDate,
  };
}
