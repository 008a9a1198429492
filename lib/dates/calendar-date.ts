import { utc } from "@date-fns/utc";
import { addDays as addDaysToDate, addMonths as addMonthsToDate, addWeeks as addWeeksToDate, differenceInCalendarDays, formatISO, isValid, parseISO } from "date-fns";

/**
 * Calendar dates as `yyyy-MM-dd` strings in and out. Internally a date is UTC midnight
 * (date-fns with the `utc` context), so the machine's time zone never enters: local midnight
 * moved dates in zones that skipped a whole calendar day (Pacific/Kiritimati has no
 * 1994-12-31, Pacific/Apia no 2011-12-30), and `new Date("yyyy-MM-dd")` mixes UTC and local
 * fields. Arithmetic is by calendar days and months, so no daylight-saving change moves a date.
 */
export type CalendarDate = string;

const pattern = /^\d{4}-\d{2}-\d{2}$/;
const inUtc = { in: utc };

function parse(date: string): Date {
  return parseISO(date, inUtc);
}

function write(date: Date): CalendarDate {
  return formatISO(date, { representation: "date", ...inUtc });
}

/** True for a real calendar date written `yyyy-MM-dd` (rejects 2027-02-29, 2027-13-01). */
export function isCalendarDate(value: string): boolean {
  if (!pattern.test(value)) return false;
  const parsed = parse(value);
  return isValid(parsed) && write(parsed) === value;
}

/** UTC midnight of a calendar date (a `UTCDate`, whose fields read in UTC); throws on anything else. */
export function toUtcDate(date: CalendarDate): Date {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  return parse(date);
}

/** The calendar date a `Date` falls on in this machine's zone (callers pass the clock in). */
export function calendarDateOf(date: Date): CalendarDate {
  return formatISO(date, { representation: "date" });
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return write(addDaysToDate(toUtcDate(date), days, inUtc));
}

export function addWeeks(date: CalendarDate, weeks: number): CalendarDate {
  return write(addWeeksToDate(toUtcDate(date), weeks, inUtc));
}

/** Calendar months; the day is clamped to the month's end (31 Jan + 1 month = 28 or 29 Feb). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  return write(addMonthsToDate(toUtcDate(date), months, inUtc));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return differenceInCalendarDays(toUtcDate(to), toUtcDate(from), inUtc);
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
