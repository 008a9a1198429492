import { UTCDateMini } from "@date-fns/utc";
import { format } from "date-fns";
import { calendarParts, type CalendarDate } from "./calendar-date";

/**
 * A calendar date for people: "Mon 1 Feb 2027" (weekday, day, month name and full year,
 * never 01/02/27). The one way the screen, the printout and the calendar write a date;
 * machines get `yyyy-MM-dd`. date-fns writes it from a UTC date: a local-midnight `Date`
 * showed the neighbouring day in zones that skipped a calendar day (Pacific/Apia has no
 * 2011-12-30), and UTC has no such gaps whatever the reader's zone.
 */
export function formatHumanDate(date: CalendarDate): string {
  const { year, month, day } = calendarParts(date);
  return format(new UTCDateMini(year, month - 1, day), "EEE d MMM yyyy");
}

/**
 * An instant for people, as the register records it (who did what, when): "Fri 4 Dec 2026
 * 14:03:27 UTC". In UTC, named, because the server's zone is not the reader's.
 */
export function formatHumanTime(instant: Date | string): string {
  return format(new UTCDateMini(new Date(instant).getTime()), "EEE d MMM yyyy HH:mm:ss 'UTC'");
}

/** A month as a date axis names it: "Jan". */
export function formatShortMonth(date: CalendarDate): string {
  const { year, month } = calendarParts(date);
  return format(new UTCDateMini(year, month - 1, 1), "MMM");
}
