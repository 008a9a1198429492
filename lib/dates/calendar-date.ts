import {
  addDays as addDaysToDate,
  addMonths as addMonthsToDate,
  addWeeks as addWeeksToDate,
  differenceInCalendarDays,
  formatISO,
  isValid,
  parseISO,
} from "date-fns";

/**
 * Calendar dates as `yyyy-MM-dd` strings in and out. Internally a date is local midnight
 * (date-fns `parseISO`), never `new Date("yyyy-MM-dd")`, which is UTC midnight and shifts
 * the day west of Greenwich. Arithmetic is by calendar days and months, so DST changes
 * never move a date.
 */
export type CalendarDate = string;

const pattern = /^\d{4}-\d{2}-\d{2}$/;

/** Local midnight of a calendar date; throws on anything that is not one. */
export function toLocal(date: CalendarDate): Date {
  const parsed = parseISO(date);
  if (!pattern.test(date) || !isValid(parsed)) throw new RangeError(`Not a calendar date: ${date}`);
  return parsed;
}

// formatISO rather than format: the same digits without loading a locale into the planner's first script.
function fromLocal(date: Date): CalendarDate {
  return formatISO(date, { representation: "date" });
}

/** The calendar date a `Date` falls on in this machine's zone (callers pass the clock in). */
export function calendarDateOf(date: Date): CalendarDate {
  return fromLocal(date);
}

/** True for a real calendar date written `yyyy-MM-dd` (rejects 2027-02-29, 2027-13-01). */
export function isCalendarDate(value: string): boolean {
  if (!pattern.test(value)) return false;
  const parsed = parseISO(value);
  return isValid(parsed) && fromLocal(parsed) === value;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromLocal(addDaysToDate(toLocal(date), days));
}

export function addWeeks(date: CalendarDate, weeks: number): CalendarDate {
  return fromLocal(addWeeksToDate(toLocal(date), weeks));
}

/** Calendar months; the day is clamped to the month's end (31 Jan + 1 month = 28 or 29 Feb). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  return fromLocal(addMonthsToDate(toLocal(date), months));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return differenceInCalendarDays(toLocal(to), toLocal(from));
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
