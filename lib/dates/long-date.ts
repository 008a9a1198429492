import { utc } from "@date-fns/utc";
import { format } from "date-fns";
import { toUtcDate, type CalendarDate } from "./calendar-date";

/**
 * For people: "Mon 1 Feb 2027" — weekday, day, month name and full year, never 01/02/27.
 * Apart from the date arithmetic because it loads date-fns' English locale, which the
 * planner's form does not need.
 */
export function formatLongDate(date: CalendarDate): string {
  return format(toUtcDate(date), "EEE d MMM yyyy", { in: utc });
}
