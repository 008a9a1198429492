/**
 * Visit planning over the pinned corpus (tests/support/plan-corpus.ts): every request planned
 * with the planner's clinic settings (merge within 7 days, weekends avoided) against the same
 * request without them. Dates are checked with the tests' own UTC arithmetic (`utc-days.ts`).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plannerVisitPlanning } from "@/lib/contract/defaults";
import type { Plan } from "@/lib/contract/plan";
import type { PlanRequestInput } from "@/lib/contract/plan-request";
import { validPlanRequest } from "../support/arbitraries";
import { planCorpus } from "../support/plan-corpus";
import { planViolations } from "../support/plan-invariants";
import { plan } from "../support/requests";
import { dayNumber } from "../support/utc-days";

const weekendShiftDays = 2;
const isWeekend = (date: string) => [0, 6].includes((((dayNumber(date) + 4) % 7) + 7) % 7);
const daysApart = (a: string, b: string) => Math.abs(dayNumber(a) - dayNumber(b));

type Settings = { mergeWithinDays: number; avoidWeekends: boolean };

/** Every item of a plan with the date of its visit and the visit's labels ("Month 15 · Recheck ANC"). */
const itemsOf = (p: Plan) =>
  p.visits.flatMap((visit) =>
    visit.items.map((item) => ({ ...item, date: visit.date, labels: visit.label.split(" · ") })),
  );

/**
 * What visit planning must keep, whatever the request; an empty list when it keeps it all:
 * - the plan keeps every invariant, and states the settings when one is on;
 * - a moved item records the date it has without visit planning, where that plan has it;
 * - a routine test moves at most the merge window, and more than 2 days only onto a visit of a
 *   test the rules date; any other item moves only off a weekend, by at most 2 days;
 * - with weekends avoided, nothing is moved onto a weekend;
 * - every test of the plan without visit planning is still drawn: as itself, or (a routine test
 *   whose test the visit it joined has already) by the visit within the window that has it, or
 *   (a test moved off a weekend onto a visit that draws it already) by that visit, which carries
 *   its label.
 */
function planningViolations(request: PlanRequestInput, settings: Settings): string[] {
  const planned = plan({ ...request, visitPlanning: settings });
  const violations = planViolations({ ...request, visitPlanning: settings }, planned);
  if ((settings.mergeWithinDays > 0 || settings.avoidWeekends) !== (planned.visitPlanning !== undefined))
    violations.push("visitPlanning is not stated as the request set it");
  const routine = `${request.drug}.routine`;
  const window = Math.max(settings.mergeWithinDays, settings.avoidWeekends ? weekendShiftDays : 0);
  const before = itemsOf(plan(request));
  const after = itemsOf(planned);
  const fixedDates = new Set(after.filter((item) => item.ruleId !== routine).map((item) => item.date));
  for (const item of after) {
    const where = `${item.test} (${item.ruleId}) on ${item.date}`;
    const due = item.originalDueOn ?? item.date;
    if (!before.some((other) => other.test === item.test && other.ruleId === item.ruleId && other.date === due))
      violations.push(`${where}: no such item on ${due} without visit planning`);
    if (item.originalDueOn === undefined) continue;
    const moved = daysApart(item.originalDueOn, item.date);
    if (item.ruleId === routine) {
      if (moved > window) violations.push(`${where}: moved ${moved} days, more than the window`);
      if (moved > weekendShiftDays && !fixedDates.has(item.date))
        violations.push(`${where}: moved ${moved} days, not onto a visit of a test the rules date`);
    } else if (!settings.avoidWeekends || !isWeekend(item.originalDueOn) || moved > weekendShiftDays) {
      violations.push(`${where}: a date the rules fix moved from ${item.originalDueOn}`);
    }
    if (settings.avoidWeekends && isWeekend(item.date)) violations.push(`${where}: moved onto a weekend`);
  }
  for (const item of before) {
    const drawn = after.some(
      (other) =>
        other.test === item.test &&
        ((other.ruleId === item.ruleId && (other.originalDueOn ?? other.date) === item.date) ||
          (item.ruleId === routine && fixedDates.has(other.date) && daysApart(other.date, item.date) <= window) ||
          // Moved off a weekend onto a visit that draws its test already: one draw for both, the
          // visit named for both.
          (settings.avoidWeekends &&
            isWeekend(item.date) &&
            daysApart(other.date, item.date) <= weekendShiftDays &&
            item.labels.some((label) => other.labels.includes(label)))),
    );
    if (!drawn) violations.push(`${item.test} (${item.ruleId}) due ${item.date} is not drawn within ${window} days`);
  }
  return violations;
}

describe("visit planning over the pinned corpus", () => {
  const corpus = planCorpus().map(({ id, request }) => ({ id, request: request as PlanRequestInput }));

  it("with the planner's settings, every plan keeps the rules of visit planning", () => {
    const failures = corpus.flatMap(({ id, request }) =>
      planningViolations(request, plannerVisitPlanning).map((violation) => `${id}: ${violation}`),
    );
    expect(failures).toEqual([]);
  }, 120_000);

  // A visit no weekday within 2 days allows may stay on a weekend (tests/plan/visit-planning.test.ts
  // has one); none of the corpus is such a visit.
  it("with the planner's settings, no visit of the corpus is on a weekend", () => {
    const onWeekends = corpus.flatMap(({ id, request }) =>
      plan({ ...request, visitPlanning: plannerVisitPlanning })
        .visits.filter((visit) => isWeekend(visit.date))
        .map((visit) => `${id}: ${visit.date} ${visit.label} ${visit.items.map((item) => item.test).join(", ")}`),
    );
    expect(onWeekends).toEqual([]);
  }, 120_000);
});

describe("visit planning with any settings", () => {
  it("keeps the rules of visit planning for generated requests and settings", () => {
    fc.assert(
      fc.property(
        validPlanRequest,
        fc.record({ mergeWithinDays: fc.integer({ min: 0, max: 7 }), avoidWeekends: fc.boolean() }),
        (request, settings) => {
          expect(planningViolations(request, settings)).toEqual([]);
        },
      ),
      { numRuns: 100 },
    );
  }, 120_000);
});
