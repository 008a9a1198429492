/**
 * Calendar dates as `yyyy-MM-dd` strings in and out. Internally a date is UTC midnight and
 * all arithmetic uses the UTC fields, so the machine's time zone never enters: local
 * midnight (date-fns `parseISO`) moved dates in zones that skipped a whole calendar day
 * (Pacific/Kiritimati has no 1994-12-31, Pacific/Apia no 2011-12-30), where a real date was
 * refused and a week added to 3 Dec 1994 gave 1 Jan 1995. Months are calendar months and
 * days calendar days, so no daylight-saving change can move a date either.
 */
export type CalendarDate = string;

const pattern = /^\d{4}-\d{2}-\d{2}$/;
const dayMs = 86_400_000;
const weekdayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** UTC midnight of `year`-`monthIndex + 1`-`day`; out-of-range months and days roll over. */
function utcDate(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

function fromUtc(date: Date): CalendarDate {
  const year = String(date.getUTCFullYear()).padStart(4, "0");
  return `${year}-${String(date.getUTCMonth() + 1).padStart(2, "0")}-${String(date.getUTCDate()).padStart(2, "0")}`;
}

function parts(date: CalendarDate): [year: number, monthIndex: number, day: number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))];
}

/** True for a real calendar date written `yyyy-MM-dd` (rejects 2027-02-29, 2027-13-01). */
export function isCalendarDate(value: string): boolean {
  return pattern.test(value) && fromUtc(utcDate(...parts(value))) === value;
}

function toUtc(date: CalendarDate): Date {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  return utcDate(...parts(date));
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtc(new Date(toUtc(date).getTime() + days * dayMs));
}

export function addWeeks(date: CalendarDate, weeks: number): CalendarDate {
  return addDays(date, weeks * 7);
}

/** Calendar months; the day is clamped to the month's end (31 Jan + 1 month = 28 or 29 Feb). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const start = toUtc(date);
  const [year, monthIndex] = [start.getUTCFullYear(), start.getUTCMonth() + months];
  const monthLength = utcDate(year, monthIndex + 1, 0).getUTCDate();
  return fromUtc(utcDate(year, monthIndex, Math.min(start.getUTCDate(), monthLength)));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / dayMs);
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

/** For people: "Mon 1 Feb 2027" — weekday, day, month name and full year, never 01/02/27. */
export function formatLongDate(date: CalendarDate): string {
  const utc = toUtc(date);
  return `${weekdayNames[utc.getUTCDay()]} ${utc.getUTCDate()} ${monthNames[utc.getUTCMonth()]} ${utc.getUTCFullYear()}`;
}
