import { addDays, daysBetween, type CalendarDate } from "@/lib/dates/calendar-date";

/**
 * Which results count for a scheduled test: those dated within a tolerance of its date (or
 * of its window, "4 to 8 weeks"). The tolerance is this app's matching setting, not a
 * label's number: a quarter of the interval that led to the test (±7 days for a week-4
 * check), at least 2 and at most 28 days, so a result never closes a test weeks away.
 */
const toleranceShare = 0.25;
const minimumToleranceDays = 2;
const maximumToleranceDays = 28;

export interface ResultWindow {
  from: CalendarDate;
  to: CalendarDate;
}

/** The window for a test due on `date` (at the latest `dueBy`), counted `since` its anchor (the start, a dose increase, a low result). */
export function resultWindowFor(date: CalendarDate, since: CalendarDate, dueBy?: CalendarDate): ResultWindow {
  const interval = daysBetween(since, date);
  const tolerance = Math.min(
    maximumToleranceDays,
    Math.max(minimumToleranceDays, Math.round(interval * toleranceShare)),
  );
  return { from: addDays(date, -tolerance), to: addDays(dueBy ?? date, tolerance) };
}
