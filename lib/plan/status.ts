import { dayNumber } from "@/lib/dates/calendar-date";
import { panelAnalytes, type PlanContext } from "./context";
import type { DatedItem } from "./schedule-item";

/**
 * Marks follow-up lab items "done" when a result answers them and "overdue" when their date
 * is on or before `asOf` without one. Each result after the start answers the nearest item
 * of its panel (the earlier one on a tie), so a CBC drawn a few days late still counts for
 * its visit and never for a visit months away.
 */
export function applyStatuses(dated: readonly DatedItem[], context: PlanContext): DatedItem[] {
  const answered = new Set<DatedItem>();
  const results = (context.request.labs ?? []).filter((lab) => lab.date > context.startDate);
  // Only follow-up lab items can be answered; their day numbers are worked out once.
  const candidates = results.length === 0 ? [] : dated.filter((entry) => entry.date > context.startDate && entry.item.test in panelAnalytes).map((entry) => ({ entry, day: dayNumber(entry.date) }));
  const startDay = dayNumber(context.startDate);
  for (const lab of results) {
    const labDay = dayNumber(lab.date);
    let nearest: DatedItem | undefined;
    // The start date competes too: a result nearer to the start than to any item answers none.
    let nearestDistance = labDay - startDay;
    for (const { entry: candidate, day } of candidates) {
      const { test } = candidate.item;
      if (!panelAnalytes[test as keyof typeof panelAnalytes].includes(lab.test)) continue;
      if (candidate.recheckOf && (candidate.recheckOf.test !== lab.test || lab.date <= candidate.recheckOf.after)) continue;
      const distance = Math.abs(day - labDay);
      if (distance < nearestDistance || (distance === nearestDistance && nearest && candidate.date < nearest.date)) {
        nearest = candidate;
        nearestDistance = distance;
      }
    }
    if (nearest) answered.add(nearest);
  }
  const asOf = context.request.asOf;
  return dated.map((entry) => {
    if (answered.has(entry)) return { ...entry, item: { ...entry.item, status: "done" } };
    if (entry.item.status === "due" && asOf !== undefined && entry.date <= asOf) return { ...entry, item: { ...entry.item, status: "overdue" } };
    return entry;
  });
}
