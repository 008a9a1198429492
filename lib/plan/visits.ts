import type { DatedItem } from "./schedule-item";
import type { ScheduleItem, Visit } from "@/lib/contract/plan";

const evidenceRank: Readonly<Record<ScheduleItem["evidence"], number>> = { label: 0, consensus: 1 };

/**
 * One visit per date, in date order. Labels of the items that fall on a date are joined
 * ("Week 4 · 4 weeks after dose increase"). A test asked for twice on one date is listed
 * once, by the rule with the stronger evidence, then the first one produced.
 */
export function mergeIntoVisits(dated: readonly DatedItem[], horizonEndDate: string): Visit[] {
  const byDate = new Map<string, { labels: string[]; items: ScheduleItem[] }>();
  for (const { date, label, item } of dated) {
    if (date > horizonEndDate) continue;
    const visit = byDate.get(date) ?? { labels: [], items: [] };
    byDate.set(date, visit);
    if (!visit.labels.includes(label)) visit.labels.push(label);
    const existing = visit.items.findIndex((other) => other.test === item.test);
    if (existing === -1) visit.items.push(item);
    else if (evidenceRank[item.evidence] < evidenceRank[visit.items[existing]!.evidence]) visit.items[existing] = item;
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, visit]) => ({ date, label: visit.labels.join(" · "), items: visit.items }));
}
