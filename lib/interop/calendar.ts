import { createEvents, type DateArray, type EventAttributes } from "ics";
import { drugRules } from "@/rules";
import { addDays, calendarParts, type CalendarDate } from "@/lib/dates/calendar-date";
import { formatHumanDate } from "@/lib/dates/human-date";
import { patientSheet, sheetItemText } from "@/lib/plan";
import { decisionSupportNote } from "@/lib/words/plain-words";
import type { Plan } from "@/lib/contract/plan";

/**
 * The patient's sheet (lib/plan/patient-sheet.ts) as an iCalendar file (RFC 5545), written by
 * the `ics` package: one all-day event per dated visit with something still to do, in the
 * printout's plain words (the first dose, each test, what the clinic arranges, the disclaimer),
 * led by the stop instruction when a finding says stop (then only the rechecks are dated and
 * no first dose is named). A visit whose tests are all done has no event. All-day events are
 * `VALUE=DATE`, which carries no time and no zone, so no calendar app can move a visit to
 * another day.
 */
export interface CalendarOptions {
  /** Shown in each title only when the user typed it for that purpose; empty by default. */
  patientName?: string;
  /** When the file was made (ms since the epoch), for DTSTAMP; the caller reads the clock. */
  createdAt: number;
}

export type CalendarResult = { ok: true; ics: string; events: number } | { ok: false; error: string };

/**
 * Typed text as an iCalendar TEXT value may carry it (RFC 5545 3.3.11, 3.1: no CONTROL
 * characters but HTAB): line breaks of any kind (CR, LF, VT, FF, NEL, U+2028, U+2029) and tabs
 * become spaces, other control characters (NUL, C0, DEL, C1) are removed, and spaces are
 * collapsed. A bare CR would otherwise end the line in some readers and start a forged property.
 */
export function calendarText(text: string): string {
  return (
    text
      .replace(/[\t\n\v\f\r\u0085\u2028\u2029]/g, " ")
      // eslint-disable-next-line no-control-regex -- control characters are what this removes
      .replace(/[\u0000-\u001f\u007f-\u009f]/g, "")
      .replace(/ {2,}/g, " ")
      .trim()
  );
}

/**
 * Lines folded at 75 octets of UTF-8, as RFC 5545 3.1 asks (the `ics` package counts
 * characters, so a line of accented letters or emoji came out longer), never inside a
 * character, each continuation starting with one space. The package's own folds are undone first.
 */
export function foldLines(ics: string): string {
  const encoder = new TextEncoder();
  return ics
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .map((line) => {
      if (encoder.encode(line).length <= 75) return line;
      const parts: string[] = [];
      let part = "";
      let octets = 0;
      for (const character of line) {
        const size = encoder.encode(character).length;
        // The first line holds 75 octets; each continuation 74 after its leading space.
        if (octets + size > (parts.length === 0 ? 75 : 74)) {
          parts.push(part);
          part = "";
          octets = 0;
        }
        part += character;
        octets += size;
      }
      parts.push(part);
      return parts.join("\r\n ");
    })
    .join("\r\n");
}

function dateArray(date: CalendarDate): DateArray {
  const { year, month, day } = calendarParts(date);
  return [year, month, day];
}

/** A stable id per visit, so importing a new file updates the same events instead of adding copies. */
function uidFor(plan: Plan, date: CalendarDate): string {
  return `${date}-${plan.drug}-${plan.startDate}@jak-monitor`;
}

export function planToIcs(plan: Plan, options: CalendarOptions): CalendarResult {
  const drugName = drugRules[plan.drug].name;
  const name = calendarText(options.patientName ?? "");
  const who = name ? `${name}: ` : "";
  const sheet = patientSheet(plan);
  // A stop finding leads every event, so a visit in the calendar never reads as "go ahead".
  const stopLines = sheet.stop ? [`${sheet.stop.instruction} ${sheet.stop.reason}`] : [];
  const startLines = sheet.start ? [`${sheet.start.words} on ${formatHumanDate(sheet.start.date)}.`] : [];
  const events = sheet.visits.flatMap((visit) => {
    if (visit.date === undefined) return [];
    const lines = [
      ...stopLines,
      ...startLines,
      ...visit.items.map((item) => `- ${sheetItemText(item)}`),
      ...sheet.notOnSheet,
      decisionSupportNote,
    ];
    // DTSTAMP comes from `createdAt` (the `ics` types omit the field its schema accepts).
    const event: EventAttributes & { timestamp: number } = {
      uid: uidFor(plan, visit.date),
      title: `${who}${visit.label}: ${drugName} monitoring`,
      description: lines.join("\n"),
      start: dateArray(visit.date),
      end: dateArray(addDays(visit.date, 1)),
      transp: "TRANSPARENT",
      busyStatus: "FREE",
      timestamp: options.createdAt,
      productId: "jak-monitor/ics",
      calName: `${drugName} monitoring`,
    };
    return [event];
  });
  if (events.length === 0) {
    const error = sheet.stop
      ? "Nothing to put in a calendar: a finding says stop, and no recheck is dated yet (your clinic arranges what happens next)."
      : "The plan has no visits with something still to do.";
    return { ok: false, error };
  }
  const { error, value } = createEvents(events, { productId: "jak-monitor/ics", calName: `${drugName} monitoring` });
  if (error || !value)
    return { ok: false, error: `The calendar file could not be written: ${error?.message ?? "unknown error"}.` };
  return { ok: true, ics: foldLines(value), events: events.length };
}
