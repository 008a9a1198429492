import { addDays, calendarParts, dayNumber, weekdayOf, type CalendarDate } from "@/lib/dates/calendar-date";
import type { Plan } from "@/lib/contract/plan";
import type { PlanContext } from "./context";
import type { DatedItem } from "./schedule-item";

/**
 * Visits a clinic can keep: the request's `visitPlanning`, off unless asked for.
 *
 * - Merge window (`mergeWithinDays`): a test a clinic's interval dates (a routine repeat) joins
 *   the nearest visit whose date is fixed — a check a label dates, a recheck, a vaccine dose —
 *   when it is due at most that many days from it, the earlier visit on a tie. The week-12 lipid
 *   panel and a month-3 routine panel six days later become one blood draw on the label's date.
 *   A date a label sets is never moved for this, so two label-dated checks within the window
 *   keep their own dates; routine tests join only a fixed visit, not each other (their repeats
 *   are at least four weeks apart).
 * - Weekends (`avoidWeekends`): every visit on a Saturday moves to the Friday, on a Sunday to the
 *   Monday, or to the weekday on the other side when that one would break a bound; never more
 *   than 2 days. A visit that no weekday within 2 days allows stays where it is.
 *
 * Bounds no move crosses: the plan's end; the start date, after which follow-ups stay and before
 * which a test before the first dose stays (it may come earlier, never later: the baseline, the
 * zoster dose 2 weeks before the start); a `dueBy` date; a recheck stays after the result it
 * rechecks; an item's own `notBefore`. A test after the plan's end is not moved: the plan names it.
 * A moved item keeps the date its rule gave as `originalDueOn`.
 */
export interface VisitPlanning {
  mergeWithinDays: number;
  avoidWeekends: boolean;
}

/** The furthest the weekend rule moves a visit. */
const maxWeekendShiftDays = 2;

// The shifts tried off a Saturday and a Sunday, the nearest weekday first.
const weekendShifts: Readonly<Record<number, readonly number[]>> = {
  6: [-1, maxWeekendShiftDays],
  0: [1, -maxWeekendShiftDays],
};

/** The request's visit planning, or undefined when it asks for none (the plan is then as it always was). */
export function visitPlanningOf(context: PlanContext): VisitPlanning | undefined {
  const mergeWithinDays = context.request.visitPlanning?.mergeWithinDays ?? 0;
  const avoidWeekends = context.request.visitPlanning?.avoidWeekends ?? false;
  return mergeWithinDays === 0 && !avoidWeekends ? undefined : { mergeWithinDays, avoidWeekends };
}

/** The rule the plan followed, in words, for the schedule and the clinician's printout. */
export function visitPlanningNote({ mergeWithinDays, avoidWeekends }: VisitPlanning): string {
  const days = `${mergeWithinDays} day${mergeWithinDays === 1 ? "" : "s"}`;
  const merge =
    mergeWithinDays > 0
      ? `Routine tests due within ${days} of another visit are drawn at that visit; dates a label sets are never moved to merge visits.`
      : "";
  const weekends = avoidWeekends
    ? `Visits are moved off weekends by at most ${maxWeekendShiftDays} days (Saturday to Friday, Sunday to Monday), never past a due-by date or the plan's end, and tests before the first dose never later; a visit that cannot move stays on its date.`
    : "";
  return [merge, weekends].filter(Boolean).join(" ");
}

/** The plan's account of its visit planning (a contract addition), or nothing when it is off. */
export function visitPlanningField(context: PlanContext): Pick<Plan, "visitPlanning"> {
  const planning = visitPlanningOf(context);
  return planning === undefined ? {} : { visitPlanning: { ...planning, note: visitPlanningNote(planning) } };
}

/** The days (inclusive day numbers) an item may be moved to. */
interface Bounds {
  from: number;
  to: number;
}

function boundsOf(entry: DatedItem, startDay: number, endDay: number): Bounds {
  const day = dayNumber(entry.date);
  const { item } = entry;
  let from = day > startDay ? startDay + 1 : Number.NEGATIVE_INFINITY;
  let to = day > startDay ? endDay : day;
  if (entry.notBefore !== undefined) from = Math.max(from, dayNumber(entry.notBefore));
  if (item.recheckOf !== undefined) from = Math.max(from, dayNumber(item.recheckOf.after) + 1);
  if (item.dueBy !== undefined) to = Math.min(to, dayNumber(item.dueBy));
  return { from, to };
}

const holds = (bounds: Bounds, day: number) => day >= bounds.from && day <= bounds.to;

function offWeekend(date: CalendarDate, day: number, bounds: Bounds): number {
  const shifts = weekendShifts[weekdayOf(calendarParts(date))] ?? [];
  return shifts.map((shift) => day + shift).find((candidate) => holds(bounds, candidate)) ?? day;
}

/** The fixed visit day a joining item moves to: the nearest within the window and its bounds, the earlier on a tie. */
function nearestVisit(day: number, bounds: Bounds, fixedDays: readonly number[], window: number): number | undefined {
  let nearest: number | undefined;
  for (const fixed of fixedDays) {
    const distance = Math.abs(fixed - day);
    if (distance > window || !holds(bounds, fixed)) continue;
    if (nearest === undefined || distance < Math.abs(nearest - day)) nearest = fixed;
  }
  return nearest;
}

function movedTo(entry: DatedItem, day: number, target: number): DatedItem {
  if (target === day) return entry;
  return { ...entry, date: addDays(entry.date, target - day), item: { ...entry.item, originalDueOn: entry.date } };
}

/**
 * The dated items with their visit planning applied: fixed dates off weekends first, then the
 * items that may join a visit onto the nearest fixed one, or off weekends on their own.
 */
export function planVisitDates(dated: readonly DatedItem[], context: PlanContext): DatedItem[] {
  const planning = visitPlanningOf(context);
  if (planning === undefined) return [...dated];
  const startDay = dayNumber(context.startDate);
  const endDay = dayNumber(context.horizonEndDate);
  const onPlan = (entry: DatedItem) => entry.date <= context.horizonEndDate;
  const fixed = dated.map((entry) => {
    if (entry.mayJoinNearbyVisit || !onPlan(entry) || !planning.avoidWeekends) return entry;
    const day = dayNumber(entry.date);
    return movedTo(entry, day, offWeekend(entry.date, day, boundsOf(entry, startDay, endDay)));
  });
  // Ascending, so that of two visits equally near, the earlier is met first and kept.
  const fixedDays = [
    ...new Set(fixed.filter((entry) => !entry.mayJoinNearbyVisit && onPlan(entry)).map((e) => dayNumber(e.date))),
  ].sort((a, b) => a - b);
  return fixed.map((entry) => {
    if (!entry.mayJoinNearbyVisit || !onPlan(entry)) return entry;
    const day = dayNumber(entry.date);
    const bounds = boundsOf(entry, startDay, endDay);
    const joined = nearestVisit(day, bounds, fixedDays, planning.mergeWithinDays);
    if (joined !== undefined) return movedTo(entry, day, joined);
    return planning.avoidWeekends ? movedTo(entry, day, offWeekend(entry.date, day, bounds)) : entry;
  });
}
