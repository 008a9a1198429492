/**
 * What visit planning must keep, as a property over any request and any clinic settings: used by
 * tests/properties/visit-planning.test.ts and by `npm run fuzz -- --visits`. Dates are checked
 * with the tests' own UTC arithmetic (`utc-days.ts`).
 */
import fc from "fast-check";
import type { Plan } from "@/lib/contract/plan";
import type { PlanRequestInput } from "@/lib/contract/plan-request";
import { planViolations } from "./plan-invariants";
import { plan } from "./requests";
import { dayNumber } from "./utc-days";

const weekendShiftDays = 2;
export const isWeekend = (date: string) => [0, 6].includes((((dayNumber(date) + 4) % 7) + 7) % 7);
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
export function planningViolations(request: PlanRequestInput, settings: Settings): string[] {
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

/** Any clinic settings the API takes: a merge window of 0–7 days, weekends avoided or not. */
export const visitPlanningSettings = fc.record({
  mergeWithinDays: fc.integer({ min: 0, max: 7 }),
  avoidWeekends: fc.boolean(),
});
