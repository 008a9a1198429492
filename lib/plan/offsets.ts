import type { Offset } from "@/rules/types";
import { addMonths, addWeeks, type CalendarDate } from "@/lib/dates/calendar-date";

export function addOffset(date: CalendarDate, offset: Offset, times = 1): CalendarDate {
  return "weeks" in offset ? addWeeks(date, offset.weeks * times) : addMonths(date, offset.months * times);
}

/** "Week 4", "Month 3": how clinicians name a visit counted from the start. */
export function offsetLabel(offset: Offset, times = 1): string {
  return "weeks" in offset ? `Week ${offset.weeks * times}` : `Month ${offset.months * times}`;
}

/** "4 weeks", "3 months". */
export function offsetWords(offset: Offset): string {
  const [count, unit] = "weeks" in offset ? [offset.weeks, "week"] : [offset.months, "month"];
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}
