import type { CalendarDate } from "@/lib/dates/calendar-date";
import type { DatedItem } from "./schedule-item";
import type { ScheduleItem, Visit } from "@/lib/contract/plan";

const evidenceRank: Readonly<Record<ScheduleItem["evidence"], number>> = { label: 0, consensus: 1 };

/**
 * Which of two items of one test on a date speaks for it: a test the rules date before a routine
 * repeat (a clinic's interval), and of those one due there before one visit planning moved there.
 * So a recheck keeps what it rechecks, whether or not visit planning moved either of them.
 */
const placeRank = ({ item, mayJoinNearbyVisit }: DatedItem): number =>
  (mayJoinNearbyVisit === true ? 2 : 0) + (item.originalDueOn === undefined ? 0 : 1);

/** Whether `entry` lists a test instead of `listed`: by `placeRank`, then the stronger evidence. */
function outranks(entry: DatedItem, listed: DatedItem): boolean {
  if (placeRank(entry) !== placeRank(listed)) return placeRank(entry) < placeRank(listed);
  return evidenceRank[entry.item.evidence] < evidenceRank[listed.item.evidence];
}

/**
 * One visit per date, in date order. Labels of the items that fall on a date are joined
 * ("Week 4 · 4 weeks after dose increase"). A test asked for twice on one date is listed
 * once: by `placeRank` (a recheck keeps what it rechecks), then by the rule with the stronger
 * evidence, then the first one produced.
 */
export function mergeIntoVisits(dated: readonly DatedItem[], horizonEndDate: CalendarDate): Visit[] {
  const byDate = new Map<CalendarDate, { labels: string[]; entries: DatedItem[] }>();
  for (const entry of dated) {
    const { date, label, item } = entry;
    if (date > horizonEndDate) continue;
    const visit = byDate.get(date) ?? { labels: [], entries: [] };
    byDate.set(date, visit);
    if (!visit.labels.includes(label)) visit.labels.push(label);
    const existing = visit.entries.findIndex((other) => other.item.test === item.test);
    if (existing === -1) visit.entries.push(entry);
    else if (outranks(entry, visit.entries[existing]!)) visit.entries[existing] = entry;
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, visit]) => ({ date, label: visit.labels.join(" · "), items: visit.entries.map(({ item }) => item) }));
}
