import { calendarParts, isCalendarDate, type CalendarDate } from "@/lib/dates/calendar-date";
import type { FhirCodeableConcept } from "./fhir-schemas";

/**
 * A FHIR date or dateTime as the calendar date it was written with: the first ten
 * characters, never through `Date`, so no time zone moves it. Partial dates are refused.
 */
export function calendarDateOf(text: string | undefined): CalendarDate | undefined {
  if (!text || !/^\d{4}-\d{2}-\d{2}(T|$)/.test(text)) return undefined;
  const date = text.slice(0, 10);
  return isCalendarDate(date) ? date : undefined;
}

/** Whole years from `birthDate` to `asOf`, by calendar fields. */
export function ageOn(birthDate: CalendarDate, asOf: CalendarDate): number {
  const birth = calendarParts(birthDate);
  const on = calendarParts(asOf);
  return on.year - birth.year - (on.month < birth.month || (on.month === birth.month && on.day < birth.day) ? 1 : 0);
}

/** Every name a concept gives: its text, then each coding's display and code. */
export function conceptNames(concept: FhirCodeableConcept | undefined): string[] {
  if (!concept) return [];
  return [
    ...(concept.text ? [concept.text] : []),
    ...(concept.coding ?? []).flatMap((coding) => [coding.display, coding.code].filter((v): v is string => !!v)),
  ];
}

/** Text as lower-case words between single spaces, padded, so a name matches only whole words. */
export const words = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()} `;
