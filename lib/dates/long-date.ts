import { calendarParts, weekdayOf, type CalendarDate } from "./calendar-date";

const weekdayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/**
 * For people: "Mon 1 Feb 2027" — weekday, day, month name and full year, never 01/02/27.
 * Worked out from the date's own fields, like the arithmetic, so no zone (nor a page whose
 * `Date` is replaced, as test clocks do) can show the neighbouring day.
 */
export function formatLongDate(date: CalendarDate): string {
  const parts = calendarParts(date);
  return `${weekdayNames[weekdayOf(parts)]} ${parts.day} ${monthNames[parts.month - 1]} ${parts.year}`;
}

/** A month as an axis names it: "Jan". */
export function formatShortMonth(date: CalendarDate): string {
  return monthNames[calendarParts(date).month - 1]!;
}
