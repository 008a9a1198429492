import type { CalendarDate, FieldError, Finding, Plan, ScheduleItem, ScheduleItemId } from "@/lib/register/engine";
import { isStopAction, wordsBeforeLatestResult } from "@/lib/register/engine";
import { summaryOf, type PlanSummary } from "./plan-summary";
import {
  altersPlanFacts,
  isReviewable,
  monitoringEnded,
  requestOfRecord,
  signedOffResults,
  type RecordFacts,
} from "./record";
import { planOfRecord, type PlanOf, type RulesInForce } from "./record-plan";

/** What the worklist needs of one record, computed from its plan without a "today". */
export interface RecordStatus {
  /** The earliest scheduled blood or screening test no result answers yet (before today means overdue). */
  nextDueOn: CalendarDate | null;
  /** The tracked tests due that day, in the plan's order (empty with nothing due). */
  nextDueTests: ScheduleItemId[];
  /**
   * The first visits with a tracked test no result answers yet (at most `keptOpenVisits`), so the
   * worklist can name every overdue test, not only the earliest visit's.
   */
  openVisits: OpenVisit[];
  doNotStart: boolean;
  /** Results, dose changes and patient facts updates that raised a finding and are not signed off. */
  needsReview: number;
  summary: PlanSummary;
  /** Why no plan can be made (the record's request fails today's checks); null when it is planned. */
  planRefused: FieldError[] | null;
  /** The last day the plan covers: nothing is scheduled after it (null with no plan). */
  planEndsOn: CalendarDate | null;
  /** The clinic has ended this patient's monitoring: the worklist lists only results to review. */
  monitoringEnded: boolean;
  /** What each unsigned result, dose change or facts update raised, kept so that opening the record need not plan it again; null with no plan. */
  raised: RaisedFindings | null;
}

/**
 * The findings each unsigned result, dose change or facts update raised (those that raised none left out), as of
 * the record's events up to `throughEventId` (the latest; null with none): a later event makes them stale.
 */
export interface RaisedFindings {
  throughEventId: string | null;
  byEvent: Record<string, Finding[]>;
}

/**
 * What makes two plans' findings the same finding: its action, rule and words, less what a later
 * result that is no longer below the limit adds to a discontinuation ("Latest result: 260 ×10⁹/L …"),
 * so a normal result is not read as having raised an old discontinuation. A later result still below
 * the limit, or a worse one the same day, changes the words and is reviewed.
 */
const findingKey = (finding: Finding) =>
  `${finding.action}|${finding.ruleId}|${wordsBeforeLatestResult(finding.message)}`;

/** Findings without a test that a result can raise: those that act on the drug. */
const actsOnTheDrug: ReadonlySet<Finding["action"]> = new Set([
  "do-not-start",
  "discontinue",
  "interrupt",
  "reduce-dose",
]);

/**
 * The findings a result (or a dose change, or patient facts) raised when it came in: those in the plan of the record
 * as it stood once it was recorded (the facts recorded up to it) that the same plan without it lacks.
 * Judged then, not against the record as it is now: the liver check reads the latest ALT, so a
 * normal one entered later would otherwise take a result of five times the limit off the review
 * list before anyone signed it off. The message names the value and date, so a second low result
 * raises its own finding. Findings about a test or a dated result (a live zoster vaccine during
 * treatment) count, "info" notes aside; of the others, those that act on the drug (a creatinine
 * clearance below a label's limit): general cautions (the boxed warning, shown once a patient is on
 * treatment) are not a result to review. Patient facts are reviewed for every finding they raise
 * but a note or a missing fact (the plan shows those): a pregnancy recorded during treatment raises a
 * caution about the patient, not about a test. They are also reviewed for a finding acting on the drug
 * that they withdraw (a pregnancy unticked, an inhibitor taken off): listed as a note that names it,
 * so a do-not-start cannot leave the worklist on a nurse's update alone. `whole` is the plan of the
 * whole record, used when nothing that alters the plan was recorded after it.
 */
export function findingsRaisedBy(facts: RecordFacts, eventId: string, planOf: PlanOf, whole: Plan): Finding[] {
  const index = facts.events.findIndex((event) => event.id === eventId);
  if (index < 0) return [];
  const aboutThePatient = facts.events[index]?.kind === "patient-facts";
  const upToIt: RecordFacts = { request: facts.request, events: facts.events.slice(0, index + 1) };
  const withIt = facts.events.slice(index + 1).some(altersPlanFacts) ? planOf(requestOfRecord(upToIt)) : whole;
  const withoutIt = planOf(requestOfRecord(upToIt, undefined, eventId));
  const before = new Set(withoutIt.findings.map(findingKey));
  const counts = (finding: Finding) => {
    if (aboutThePatient) return finding.action !== "info" && finding.action !== "missing";
    return finding.test !== undefined || finding.resultDate !== undefined
      ? finding.action !== "info"
      : actsOnTheDrug.has(finding.action);
  };
  const raised = withIt.findings.filter((finding) => counts(finding) && !before.has(findingKey(finding)));
  if (!aboutThePatient) return raised;
  const after = new Set(withIt.findings.map(findingKey));
  const withdrawn = withoutIt.findings
    .filter((finding) => actsOnTheDrug.has(finding.action) && !after.has(findingKey(finding)))
    .map((finding) => ({
      ...finding,
      action: "info" as const,
      message: `Withdrawn by this update: ${finding.message}`,
    }));
  return [...raised, ...withdrawn];
}

/** The first stop an unsigned result, dose change or facts update raised, if any. */
export function stopRaisedBy(facts: RecordFacts, eventId: string, rules: RulesInForce): Finding | undefined {
  const recordPlan = planOfRecord(facts, rules.planOf);
  if (!recordPlan.ok) return undefined;
  return findingsRaisedBy(facts, eventId, rules.planOf, recordPlan.plan).find((finding) =>
    isStopAction(finding.action),
  );
}

/**
 * The tests the worklist tracks: blood tests and the screening the plan asks for (TB, hepatitis,
 * pregnancy), which the labels require and a visit's results can answer. Zoster vaccine doses are recommended, not
 * required, and a patient may decline them; clinical reviews are not results: the patient's page
 * shows both.
 */
const trackedKinds: ReadonlySet<ScheduleItem["kind"]> = new Set(["lab", "screening"]);

/** A visit with tracked tests no result answers yet. */
export interface OpenVisit {
  on: CalendarDate;
  tests: ScheduleItemId[];
}

/** How many overdue visits the worklist names: a year of missed monthly visits. */
export const listedOverdueVisits = 13;

/** How many open visits a status keeps: those the worklist may name, and one more to tell that more were missed. */
export const keptOpenVisits = listedOverdueVisits + 1;

/** The first visits with a tracked test no result answers yet, and those tests, in date order. */
export function openVisitsOf(plan: Plan): OpenVisit[] {
  const visits: OpenVisit[] = [];
  for (const visit of plan.visits) {
    const open = visit.items.filter((item) => trackedKinds.has(item.kind) && item.status !== "done");
    if (open.length) visits.push({ on: visit.date, tests: [...new Set(open.map((item) => item.test))] });
    if (visits.length === keptOpenVisits) break;
  }
  return visits;
}

export function statusOfRecord(facts: RecordFacts, rules: RulesInForce): RecordStatus {
  const recordPlan = planOfRecord(facts, rules.planOf);
  if (!recordPlan.ok) {
    // Nothing is known to be due: the record stands on a list of its own until someone looks
    // at it, and a later rules change that accepts it again shows what its plan then holds.
    const findings = recordPlan.errors.map((error) => `refused ${error.path}`);
    return {
      nextDueOn: null,
      nextDueTests: [],
      openVisits: [],
      doNotStart: false,
      needsReview: 0,
      summary: { rulesVersion: rules.rulesVersion, items: [], findings: [...new Set(findings)].sort() },
      planRefused: recordPlan.errors,
      planEndsOn: null,
      monitoringEnded: monitoringEnded(facts.events),
      raised: null,
    };
  }
  const { plan } = recordPlan;
  const signed = signedOffResults(facts.events);
  const byEvent: Record<string, Finding[]> = {};
  for (const event of facts.events) {
    if (!isReviewable(event) || signed.has(event.id)) continue;
    const raised = findingsRaisedBy(facts, event.id, rules.planOf, plan);
    if (raised.length) byEvent[event.id] = raised;
  }
  // Once the clinic has ended the monitoring nothing is tracked as due, and the due lists' indexes
  // do not hold the patient: ended patients pile up over the years.
  const ended = monitoringEnded(facts.events);
  const openVisits = ended ? [] : openVisitsOf(plan);
  return {
    nextDueOn: openVisits[0]?.on ?? null,
    nextDueTests: openVisits[0]?.tests ?? [],
    openVisits,
    doNotStart: !ended && plan.findings.some((finding) => finding.action === "do-not-start"),
    needsReview: Object.keys(byEvent).length,
    summary: summaryOf(plan),
    planRefused: null,
    planEndsOn: plan.horizonEndDate,
    monitoringEnded: ended,
    raised: { throughEventId: facts.events.at(-1)?.id ?? null, byEvent },
  };
}
