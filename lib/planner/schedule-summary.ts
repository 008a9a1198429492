import type { Plan, ScheduleItem } from "@/lib/contract/plan";
import type { CalendarDate } from "@/lib/dates/calendar-date";
import { scheduleItemShortNames } from "@/lib/words/schedule-items";

/** One test of a visit as a chip: its short name and whether it is due, done or overdue. */
export interface SummaryChip {
  name: string;
  status: ScheduleItem["status"];
}

/** One line of the schedule summary: a visit's date and label, then its tests. */
export interface SummaryLine {
  date: CalendarDate;
  label: string;
  chips: SummaryChip[];
}

/**
 * The schedule at a glance: a line per visit, each test once (a test two rules ask for on
 * one day is one blood draw), and the least settled status wins — overdue over due over done.
 */
export function scheduleSummary(plan: Plan): SummaryLine[] {
  const rank: Readonly<Record<ScheduleItem["status"], number>> = { done: 0, due: 1, overdue: 2 };
  return plan.visits.map((visit) => {
    const chips = new Map<string, SummaryChip>();
    for (const item of visit.items) {
      const name = scheduleItemShortNames[item.test];
      const known = chips.get(name);
      if (!known || rank[item.status] > rank[known.status]) chips.set(name, { name, status: item.status });
    }
    return { date: visit.date, label: visit.label, chips: [...chips.values()] };
  });
}
