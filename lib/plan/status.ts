import type { LabPanelId, LabTestId } from "@/rules/types";
import { dayNumber } from "@/lib/dates/calendar-date";
import { analyteShortName } from "@/lib/units/format";
import { panelAnalytes, type PlanContext } from "./context";
import { lackingAnalytes, requiredAnalytes } from "./required-analytes";
import type { DatedItem } from "./schedule-item";

const isPanel = (test: string): test is LabPanelId => test in panelAnalytes;

/**
 * Marks follow-up lab items "done" when results answer them and "overdue" when their date
 * is on or before `asOf` without that. A result answers only an item of its panel whose
 * result window (result-window.ts) holds its date — the nearest such item, the earlier one on
 * a tie — so a CBC drawn a few days late still counts for its visit and never for a visit
 * weeks away. An item is done when the results it got cover every analyte the drug's rules
 * read (a recheck: its own analyte); otherwise it stays on the sheet and says what is lacking.
 */
export function applyStatuses(dated: readonly DatedItem[], context: PlanContext): DatedItem[] {
  const answers = new Map<DatedItem, Set<LabTestId>>();
  const results = (context.request.labs ?? []).filter((lab) => lab.date > context.startDate);
  // Only lab items with a window can be answered; their day numbers are worked out once.
  const candidates =
    results.length === 0
      ? []
      : dated.flatMap((entry) => {
          const window = entry.item.resultWindow;
          return window && isPanel(entry.item.test)
            ? [{ entry, window, panel: entry.item.test, day: dayNumber(entry.date) }]
            : [];
        });
  for (const lab of results) {
    const labDay = dayNumber(lab.date);
    let nearest: DatedItem | undefined;
    let nearestDistance = Number.POSITIVE_INFINITY;
    for (const { entry: candidate, window, panel, day } of candidates) {
      if (lab.date < window.from || lab.date > window.to) continue;
      if (!panelAnalytes[panel].includes(lab.test)) continue;
      const recheckOf = candidate.item.recheckOf;
      if (recheckOf && (recheckOf.test !== lab.test || lab.date <= recheckOf.after)) continue;
      const distance = Math.abs(day - labDay);
      if (distance < nearestDistance || (distance === nearestDistance && nearest && candidate.date < nearest.date)) {
        nearest = candidate;
        nearestDistance = distance;
      }
    }
    if (nearest) answers.set(nearest, (answers.get(nearest) ?? new Set()).add(lab.test));
  }
  const asOf = context.request.asOf;
  return dated.map((entry) => {
    const answered = answers.get(entry);
    if (answered && isPanel(entry.item.test)) {
      const required = entry.item.recheckOf
        ? [entry.item.recheckOf.test]
        : requiredAnalytes(context.rules, context.region, entry.item.test);
      const lacking = lackingAnalytes(entry.item.test, required, (analyte) => answered.has(analyte));
      if (lacking.length === 0) return { ...entry, item: { ...entry.item, status: "done" } };
      const why = `${entry.item.why} Results in its window lack ${lacking.map(analyteShortName).join(", ")}.`;
      entry = { ...entry, item: { ...entry.item, why } };
    }
    if (entry.item.status === "due" && asOf !== undefined && entry.date <= asOf)
      return { ...entry, item: { ...entry.item, status: "overdue" } };
    return entry;
  });
}
