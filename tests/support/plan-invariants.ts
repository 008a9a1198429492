/**
 * What every plan for a valid request must satisfy, whatever the drug, facts or results.
 * The dates are checked with the tests' own UTC arithmetic (`utc-days.ts`), not the
 * engine's helpers, so a time-zone slip in the engine cannot hide behind the same slip here.
 */
import { defaultHorizonMonths } from "@/lib/contract/defaults";
import type { Plan, PlanSource } from "@/lib/contract/plan";
import type { PlanRequestInput } from "@/lib/contract/plan-request";
import { findingActions } from "@/rules/types";
import { addDaysUtc, addMonthsUtc, isRealDate } from "./utc-days";

/**
 * The baseline window opens two weeks before the start: recombinant zoster dose 1 is due
 * then (lib/plan/zoster.ts, IDSA 2013), the earliest date a plan gives. Baseline tests sit on
 * the start date; every follow-up, recheck and dose-change check comes after it.
 */
export const baselineWindowDays = 14;

/**
 * With `visitPlanning.avoidWeekends`, a date before the first dose that falls on a weekend moves
 * to the Friday before (lib/plan/visit-planning.ts): up to 2 days earlier, never later.
 */
const weekendShiftDays = 2;

function sourceProblems(sources: readonly PlanSource[], where: string): string[] {
  if (sources.length === 0) return [`${where} has no source`];
  return sources.flatMap((source, index) =>
    [source.title, source.section, source.url].every((text) => typeof text === "string" && text.trim() !== "")
      ? []
      : [`${where} source ${index} lacks a title, section or url`],
  );
}

/**
 * The violations of the plan invariants by `plan`, the engine's answer to the valid
 * `request`; an empty list when it keeps them all:
 * - it echoes the request (contract version 1, drug, start date) and its horizon end is the
 *   start date plus `horizonMonths` (default 12) calendar months;
 * - visits are real dates in strictly increasing order (sorted, one per date), none after the
 *   horizon end and none before the baseline window (2 days more with weekends avoided);
 * - every visit has a label and at least one item, and lists a test at most once;
 * - every item and every finding has a rule id and at least one complete source;
 * - an item's `dueBy` is not before its visit;
 * - statuses follow `asOf`: without it nothing is overdue, with it nothing on or before it is
 *   still simply "due";
 * - findings come most severe first.
 */
export function planViolations(request: PlanRequestInput, plan: Plan): string[] {
  const violations: string[] = [];
  const horizonEnd = addMonthsUtc(request.startDate, request.horizonMonths ?? defaultHorizonMonths);
  const windowStart = addDaysUtc(
    request.startDate,
    -baselineWindowDays - (request.visitPlanning?.avoidWeekends ? weekendShiftDays : 0),
  );

  if (plan.contractVersion !== 1) violations.push(`contractVersion is ${plan.contractVersion}`);
  if (plan.drug !== request.drug) violations.push(`drug is ${plan.drug}, not ${request.drug}`);
  if (plan.startDate !== request.startDate) violations.push(`startDate is ${plan.startDate}, not ${request.startDate}`);
  if (plan.horizonEndDate !== horizonEnd)
    violations.push(`horizonEndDate is ${plan.horizonEndDate}, not ${horizonEnd}`);

  plan.visits.forEach((visit, index) => {
    const where = `visit ${visit.date}`;
    const previous = plan.visits[index - 1];
    if (!isRealDate(visit.date)) violations.push(`${where} is not a calendar date`);
    if (previous && visit.date <= previous.date)
      violations.push(`${where} follows visit ${previous.date}: not sorted, or two visits on one date`);
    if (visit.date > horizonEnd) violations.push(`${where} is after the horizon end ${horizonEnd}`);
    if (visit.date < windowStart) violations.push(`${where} is before the baseline window (from ${windowStart})`);
    if (visit.label.trim() === "") violations.push(`${where} has no label`);
    if (visit.items.length === 0) violations.push(`${where} has no items`);
    const tests = visit.items.map((item) => item.test);
    for (const test of new Set(tests))
      if (tests.indexOf(test) !== tests.lastIndexOf(test)) violations.push(`${where} lists ${test} twice`);
    for (const item of visit.items) {
      const at = `${where} item ${item.test}`;
      if (!item.ruleId) violations.push(`${at} has no rule id`);
      violations.push(...sourceProblems(item.sources, at));
      if (item.dueBy !== undefined && item.dueBy < visit.date)
        violations.push(`${at} is due by ${item.dueBy}, before its visit`);
      if (item.status === "overdue" && (request.asOf === undefined || visit.date > request.asOf)) {
        violations.push(
          `${at} is overdue though ${request.asOf === undefined ? "no asOf was given" : `its date is after asOf ${request.asOf}`}`,
        );
      }
      if (item.status === "due" && request.asOf !== undefined && visit.date <= request.asOf)
        violations.push(`${at} is still "due" on or before asOf ${request.asOf}`);
    }
  });

  plan.findings.forEach((finding, index) => {
    const where = `finding ${index} (${finding.ruleId || "no rule id"}, ${finding.action})`;
    if (!finding.ruleId) violations.push(`${where} has no rule id`);
    violations.push(...sourceProblems(finding.sources, where));
    const previous = plan.findings[index - 1];
    if (previous && findingActions.indexOf(finding.action) < findingActions.indexOf(previous.action)) {
      violations.push(`${where} is more severe than the finding before it (${previous.action})`);
    }
  });
  return violations;
}
