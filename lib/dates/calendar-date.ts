import { formatISO } from "date-fns";
import type * as z from "zod/mini";

/**
 * Calendar dates as `yyyy-MM-dd` strings in and out. The arithmetic is on whole day numbers
 * (days since 1970-01-01), with no `Date` and no time zone: local midnight moved dates in
 * zones that skipped a whole calendar day (Pacific/Kiritimati has no 1994-12-31, Pacific/Apia
 * no 2011-12-30), daylight-saving days are 23 or 25 hours long, and a plan takes hundreds of
 * date steps, for which date-fns' parse and format, and even `Date` objects (which Next.js's
 * server wraps), cost more than the rest of the plan. date-fns reads the calendar date of a
 * clock reading.
 *
 * Branded, so that only a checked string is a date: `isCalendarDate`, `toCalendarDate`, the
 * contract's schemas (zod's own brand, `.brand<"CalendarDate">()`) and this file's arithmetic
 * make them.
 */
export type CalendarDate = string & z.core.$brand<"CalendarDate">;

/** A calendar date's fields: month 1–12, day 1–31. */
export interface CalendarParts {
  year: number;
  month: number;
  day: number;
}

const zeroCode = 48;
const dashCode = 45;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The number written by `count` ASCII digits at `from`, or -1 if any is not a digit. */
function digits(value: string, from: number, count: number): number {
  let number = 0;
  for (let index = from; index < from + count; index += 1) {
    const digit = value.charCodeAt(index) - zeroCode;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
}

/** The fields of a real `yyyy-MM-dd` date, or null (2027-02-30 is not one). */
function parse(value: string): CalendarParts | null {
  if (value.length !== 10 || value.charCodeAt(4) !== dashCode || value.charCodeAt(7) !== dashCode) return null;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

// "00" to "31": months and days are written from this table, the hottest path of a plan.
const twoDigits = Array.from({ length: 32 }, (_, value) => String(value).padStart(2, "0"));

/** The one place the brand is asserted, not checked: the fields are a real date by construction. */
function write({ year, month, day }: CalendarParts): CalendarDate {
  return `${String(year).padStart(4, "0")}-${twoDigits[month]}-${twoDigits[day]}` as CalendarDate;
}

// Day numbers ⇄ fields: Howard Hinnant's days_from_civil and civil_from_days
// (https://howardhinnant.github.io/date_algorithms.html), proleptic Gregorian, exact for
// every year. The year is counted from March so that the leap day falls at its end.
function dayNumberOf({ year, month, day }: CalendarParts): number {
  const marchYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function partsOf(dayNumber: number): CalendarParts {
  const shifted = dayNumber + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const marchMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * marchMonth + 2) / 5) + 1,
  };
}

/** True for a real calendar date written `yyyy-MM-dd` (rejects 2027-02-29, 2027-13-01). */
export function isCalendarDate(value: string): value is CalendarDate {
  return parse(value) !== null;
}

/** Text known to be a date (a constant, a library's output) as one; throws on anything that is not one. */
export function toCalendarDate(value: string): CalendarDate {
  if (!isCalendarDate(value)) throw new RangeError(`Not a calendar date: ${value}`);
  return value;
}

/** The fields of a calendar date; throws on anything that is not one. */
export function calendarParts(date: CalendarDate): CalendarParts {
  const parts = parse(date);
  if (parts === null) throw new RangeError(`Not a calendar date: ${date}`);
  return parts;
}

/** The calendar date a `Date` falls on in this machine's zone (callers pass the clock in). */
export function calendarDateOf(date: Date): CalendarDate {
  // Only a clock set before year 0 or after 9999 writes something else.
  return toCalendarDate(formatISO(date, { representation: "date" }));
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return write(partsOf(dayNumber(date) + days));
}

export function addWeeks(date: CalendarDate, weeks: number): CalendarDate {
  return addDays(date, weeks * 7);
}

/** Calendar months; the day is clamped to the month's end (31 Jan + 1 month = 28 or 29 Feb). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = calendarParts(date);
  const monthCount = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthCount / 12);
  const targetMonth = monthCount - targetYear * 12 + 1;
  return write({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

/** Whole days since 1970-01-01: for comparing many dates, parse each once. */
export function dayNumber(date: CalendarDate): number {
  return dayNumberOf(calendarParts(date));
}

/** 0 for Sunday to 6 for Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(parts: CalendarParts): number {
  return (((dayNumberOf(parts) + 4) % 7) + 7) % 7;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The later date: `yyyy-MM-dd` strings sort as dates. */
export function maxDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a > b ? a : b;
}
