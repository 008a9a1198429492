import { formatISO } from "date-fns";

/**
 * Calendar dates as `yyyy-MM-dd` strings in and out, computed in UTC so the machine's time
 * zone never enters: local midnight moved dates in zones that skipped a whole calendar day
 * (Pacific/Kiritimati has no 1994-12-31, Pacific/Apia no 2011-12-30), and daylight-saving
 * days are 23 or 25 hours long. The arithmetic is the UTC methods of `Date` (the engine does
 * hundreds of date steps per plan, and date-fns' parse, UTC context and format cost more than
 * the rest of the plan did); date-fns reads the calendar date of a clock reading.
 */
export type CalendarDate = string;

const pattern = /^\d{4}-\d{2}-\d{2}$/;
const dayMs = 86_400_000;

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

function write(date: Date): CalendarDate {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** UTC midnight of a real `yyyy-MM-dd` date, or null (2027-02-30 would roll into March). */
function parse(value: string): Date | null {
  if (!pattern.test(value)) return null;
  const monthIndex = Number(value.slice(5, 7)) - 1;
  const day = Number(value.slice(8, 10));
  const midnight = new Date(0);
  // setUTCFullYear, not Date.UTC, which reads the years 0–99 as 1900–1999.
  midnight.setUTCFullYear(Number(value.slice(0, 4)), monthIndex, day);
  return midnight.getUTCMonth() === monthIndex && midnight.getUTCDate() === day ? midnight : null;
}

/** True for a real calendar date written `yyyy-MM-dd` (rejects 2027-02-29, 2027-13-01). */
export function isCalendarDate(value: string): boolean {
  return parse(value) !== null;
}

/** UTC midnight of a calendar date; throws on anything that is not one. */
export function toUtcDate(date: CalendarDate): Date {
  const midnight = parse(date);
  if (midnight === null) throw new RangeError(`Not a calendar date: ${date}`);
  return midnight;
}

/** The calendar date a `Date` falls on in this machine's zone (callers pass the clock in). */
export function calendarDateOf(date: Date): CalendarDate {
  return formatISO(date, { representation: "date" });
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return write(new Date(toUtcDate(date).getTime() + days * dayMs));
}

export function addWeeks(date: CalendarDate, weeks: number): CalendarDate {
  return addDays(date, weeks * 7);
}

/** Calendar months; the day is clamped to the month's end (31 Jan + 1 month = 28 or 29 Feb). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const result = toUtcDate(date);
  const day = result.getUTCDate();
  // Move on the 1st, then take the wanted day or the new month's last, whichever is earlier.
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(result.getTime());
  lastDay.setUTCMonth(lastDay.getUTCMonth() + 1, 0);
  result.setUTCDate(Math.min(day, lastDay.getUTCDate()));
  return write(result);
}

/** Whole days since 1970-01-01: for comparing many dates, parse each once. */
export function dayNumber(date: CalendarDate): number {
  return toUtcDate(date).getTime() / dayMs;
}

/** Whole days from `from` to `to` (negative when `to` is earlier); UTC days are all 24 hours. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** `yyyy-MM-dd` strings sort as dates; these read better at call sites. */
export function isBefore(a: CalendarDate, b: CalendarDate): boolean {
  return a < b;
}

export function isAfter(a: CalendarDate, b: CalendarDate): boolean {
  return a > b;
}

export function maxDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a > b ? a : b;
}
