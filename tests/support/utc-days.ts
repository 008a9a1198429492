/**
 * Calendar dates as whole days since 1970-01-01, worked out in UTC: the property tests' own
 * date arithmetic, written apart from the engine's helpers (`lib/dates/calendar-date.ts`) and
 * independent of the machine's time zone, so it can serve as an oracle for them. Years
 * 1000–9999 only (Date.UTC reads years 0–99 as 1900–1999); the contract accepts 1900–2100.
 */

const dayMs = 86_400_000;
const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** Days since 1970-01-01 of a `yyyy-MM-dd` date. */
export function dayNumber(date: string): number {
  const [year, month, day] = date.split("-").map(Number);
  return Date.UTC(year!, month! - 1, day!) / dayMs;
}

/** The `yyyy-MM-dd` date of a day number. */
export function dateOfDay(day: number): string {
  const date = new Date(day * dayMs);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export function addDaysUtc(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/** Calendar months, the day clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonthsUtc(date: string, months: number): string {
  const [year, month, day] = date.split("-").map(Number);
  const firstOfTarget = new Date(Date.UTC(year!, month! - 1 + months, 1));
  const monthLength = new Date(
    Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0),
  ).getUTCDate();
  return `${pad(firstOfTarget.getUTCFullYear(), 4)}-${pad(firstOfTarget.getUTCMonth() + 1)}-${pad(Math.min(day!, monthLength))}`;
}

/** True for a real calendar date written `yyyy-MM-dd`. */
export function isRealDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && dateOfDay(dayNumber(value)) === value;
}
