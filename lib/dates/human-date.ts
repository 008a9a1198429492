import { format } from "date-fns";
import { calendarParts, isCalendarDate, toCalendarDate, weekdayOf, type CalendarDate } from "./calendar-date";

/** A local noon in 2000 that falls on the given weekday (0 Sunday) or in the given month (1–12). */
const weekdayNoon = (weekday: number) => new Date(2000, 0, 2 + weekday, 12);
const monthNoon = (month: number) => new Date(2000, month - 1, 15, 12);

/**
 * A calendar date for people: "Mon 1 Feb 2027" (weekday, day, month name and full year,
 * never 01/02/27). The one way the screen, the printout and the calendar write a date;
 * machines get `yyyy-MM-dd`. date-fns formats the date at local noon, which is that calendar
 * day in the reader's zone. A day the zone skipped altogether (Pacific/Apia has no 2011-12-30)
 * has no local noon: its names come from days that exist. (A UTC Date subclass is not used: the
 * browser build transpiles `class … extends Date`, which then reads local time and showed the
 * day before west of UTC.)
 */
export function formatHumanDate(date: CalendarDate): string {
  const parts = calendarParts(date);
  const { year, month, day } = parts;
  const noon = new Date(year, month - 1, day, 12);
  noon.setFullYear(year); // years 0–99 would otherwise read as 1900–1999
  if (noon.getFullYear() === year && noon.getMonth() === month - 1 && noon.getDate() === day) {
    return format(noon, "EEE d MMM yyyy");
  }
  return `${format(weekdayNoon(weekdayOf(parts)), "EEE")} ${day} ${format(monthNoon(month), "MMM")} ${year}`;
}

/**
 * A date of birth for people: "3 Mar 1971", the same style without the weekday, which says
 * nothing about a birth date and is one more thing to misread beside a visit's date.
 */
export function formatBirthDate(date: CalendarDate): string {
  const { year, month, day } = calendarParts(date);
  return `${day} ${format(monthNoon(month), "MMM")} ${year}`;
}

/**
 * A text of the engine's (a finding, why a test is due) with its calendar dates written as people
 * read them: "Platelets 120 ×10⁹/L (Tue 15 Dec 2026)". The API keeps yyyy-MM-dd in its text; the
 * screens and printouts use one date style. Only whole, real dates change.
 */
export function humanDatesIn(text: string): string {
  return text.replace(/(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])/g, (date) =>
    isCalendarDate(date) ? formatHumanDate(date) : date,
  );
}

/**
 * An instant for people, as the register records it (who did what, when): "Fri 4 Dec 2026
 * 14:03:27 UTC". In UTC, named, because the server's zone is not the reader's.
 */
export function formatHumanTime(instant: Date | string): string {
  const iso = new Date(instant).toISOString();
  return `${formatHumanDate(toCalendarDate(iso.slice(0, 10)))} ${iso.slice(11, 19)} UTC`;
}

/** A month as a date axis names it: "Jan". */
export function formatShortMonth(date: CalendarDate): string {
  return format(monthNoon(calendarParts(date).month), "MMM");
}
