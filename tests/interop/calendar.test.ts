import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { calendarText, planToIcs } from "@/lib/interop/calendar";
import { patientSheet, sheetItemText } from "@/lib/plan";
import { decisionSupportNote } from "@/lib/words/plain-words";
import { withFollowUps } from "../support/follow-up";
import { cleanRequest, minimalRequest, normalLabs, plan, withBaselineLab } from "../support/requests";

// Run under TZ=America/New_York and TZ=Pacific/Auckland (npm run test:unit): an all-day
// event must come back on the same calendar date in both.
const createdAt = Date.UTC(2026, 10, 23, 12, 0, 0);

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate,
      end: event.endDate,
      stamp: component.getFirstPropertyValue("dtstamp"),
    };
  });
}

describe("calendar export (.ics): the patient's sheet in a calendar", () => {
  const abrocitinib = plan(cleanRequest("abrocitinib"));
  // Visits with something still to do: the baseline tests are done, so the start date has no event.
  const stillToDo = abrocitinib.visits.filter((visit) => visit.items.some((item) => item.status !== "done"));

  it("writes one all-day event per visit with something still to do, parsing back with the same dates", () => {
    const result = planToIcs(abrocitinib, { createdAt });
    if (!result.ok) throw new Error(result.error);
    const events = parse(result.ics);
    expect(stillToDo.length).toBeLessThan(abrocitinib.visits.length);
    expect(events).toHaveLength(stillToDo.length);
    events.forEach((event, index) => {
      const visit = stillToDo[index]!;
      expect(event.start.isDate).toBe(true);
      expect(event.start.toString()).toBe(visit.date);
      expect(event.end.isDate).toBe(true);
      expect(event.summary).toContain(visit.label);
    });
    expect(result.ics).not.toMatch(/DTSTART;VALUE=DATE:20270104\r\n/);
    expect(result.ics).toMatch(/DTSTART;VALUE=DATE:20270201\r\n/);
  });

  it("lists the tests due at each visit in the printout's plain words", () => {
    const result = planToIcs(abrocitinib, { createdAt });
    if (!result.ok) throw new Error(result.error);
    const week4 = parse(result.ics).find((event) => event.start.toString() === "2027-02-01");
    expect(week4?.description).toContain("- Blood count (full blood count with white cells and platelets)");
    expect(week4?.description).toContain("- Cholesterol and fats in the blood (lipid panel)");
    expect(week4?.description).toContain("Start taking abrocitinib on Mon 4 Jan 2027.");
    expect(week4?.description).toContain(decisionSupportNote);
  });

  it("makes no event for a visit whose tests are all done, and words an overdue test as the printout does", () => {
    // Printed on 1 May 2027 with the week-4 results on file: week 4 has nothing left to do, month 3 is overdue.
    const week4 = normalLabs.map((lab) => ({ ...lab, date: "2027-02-01" }));
    const later = plan({ ...cleanRequest("abrocitinib"), labs: [...normalLabs, ...week4], asOf: "2027-05-01" });
    expect(later.visits.find((visit) => visit.date === "2027-02-01")?.items.map((item) => item.status)).toEqual([
      "done",
      "done",
    ]);
    const result = planToIcs(later, { createdAt });
    if (!result.ok) throw new Error(result.error);
    const events = parse(result.ics);
    expect(events.map((event) => event.start.toString())).toEqual([
      "2027-04-04",
      "2027-07-04",
      "2027-10-04",
      "2028-01-04",
    ]);
    const sheet = patientSheet(later);
    events.forEach((event, index) => {
      const visit = sheet.visits[index]!;
      expect(event.start.toString()).toBe(visit.date);
      expect(visit.items.length).toBeGreaterThan(0);
      for (const item of visit.items) expect(event.description).toContain(`- ${sheetItemText(item)}\n`);
    });
    expect(events[0]?.description).toContain(
      "- Blood count (full blood count with white cells and platelets) — overdue, please book",
    );
    expect(events[0]?.description).toContain("Started taking abrocitinib on Mon 4 Jan 2027.");
  });

  it("after a do-not-start with no dated recheck there is nothing to put in a calendar, and the export says why (HAZ-09)", () => {
    const stopped = plan(withBaselineLab(cleanRequest("abrocitinib"), "platelets", 120, "10^9/L"));
    expect(stopped.findings[0]?.action).toBe("do-not-start");
    expect(planToIcs(stopped, { createdAt })).toEqual({
      ok: false,
      error:
        "Nothing to put in a calendar: a finding says stop, and no recheck is dated yet (your clinic arranges what happens next).",
    });
  });

  it("on an interrupt finding, only the dated recheck is an event, led by the instruction to hold the next dose", () => {
    const interrupted = plan(
      withFollowUps(cleanRequest("upadacitinib", { recheckAfterWeeks: 2 }), [
        { test: "alc", value: 0.4, unit: "10^9/L", date: "2027-02-01" },
      ]),
    );
    expect(interrupted.findings[0]?.action).toBe("interrupt");
    const held = planToIcs(interrupted, { createdAt });
    const clean = planToIcs(abrocitinib, { createdAt });
    if (!held.ok || !clean.ok) throw new Error("export failed");
    const events = parse(held.ics);
    expect(events.map((event) => `${event.start.toString()} ${event.summary}`)).toEqual([
      "2027-02-15 Recheck ALC: upadacitinib monitoring",
    ]);
    expect(events[0]?.description).toMatch(
      /^Do not take your next dose of upadacitinib until your clinic tells you to\. Something in your health details or test results needs your clinician's review first\.\n- Blood count/,
    );
    // A stop names no first dose: the event must not read as "go ahead".
    expect(events[0]?.description).not.toMatch(/Start(ed)? taking/);
    expect(clean.ics).not.toMatch(/Do not (start|take)/);
  });

  it("puts no patient name in the file unless one is given for that purpose", () => {
    const anonymous = planToIcs(abrocitinib, { createdAt });
    const named = planToIcs(abrocitinib, { createdAt, patientName: "Ada Lovelace" });
    if (!anonymous.ok || !named.ok) throw new Error("export failed");
    expect(anonymous.ics).not.toMatch(/Ada/);
    expect(parse(named.ics)[0]?.summary).toMatch(/^Ada Lovelace: Week 4/);
  });

  it("is deterministic: stable UIDs and a DTSTAMP from the time passed in", () => {
    const first = planToIcs(abrocitinib, { createdAt });
    const second = planToIcs(abrocitinib, { createdAt });
    if (!first.ok || !second.ok) throw new Error("export failed");
    expect(first.ics).toBe(second.ics);
    const events = parse(first.ics);
    expect(events[0]?.uid).toBe("2027-02-01-abrocitinib-2027-01-04@jak-monitor");
    expect(String(events[0]?.stamp)).toBe("2026-11-23T12:00:00Z");
  });

  it("keeps a month-end and a year-end visit on their dates", () => {
    const yearEnd = plan(minimalRequest("tofacitinib", { startDate: "2027-12-31", horizonMonths: 3 }));
    const result = planToIcs(yearEnd, { createdAt });
    if (!result.ok) throw new Error(result.error);
    expect(parse(result.ics).map((event) => event.start.toString())).toEqual(yearEnd.visits.map((visit) => visit.date));
    const startVisit = parse(result.ics).find((event) => event.start.toString() === "2027-12-31");
    expect(startVisit?.end.toString()).toBe("2028-01-01");
  });

  it("names, in every event, what the clinic arranges off the sheet (no routine interval chosen)", () => {
    const result = planToIcs(plan(cleanRequest("abrocitinib", { routineIntervalMonths: undefined })), { createdAt });
    if (!result.ok) throw new Error(result.error);
    expect(parse(result.ics)[0]?.description).toContain("Regular blood tests (");
  });
});

/**
 * RFC 5545 3.1: content lines end with CRLF and are folded to at most 75 octets, each
 * continuation starting with a space or tab; no CONTROL character but HTAB in a line; the
 * file is UTF-8, and a fold must not split a character. Returns what breaks these rules.
 */
function rfc5545Violations(ics: string): string[] {
  const problems: string[] = [];
  if (!ics.endsWith("\r\n")) problems.push("the file does not end with CRLF");
  if (/\r(?!\n)|(?<!\r)\n/.test(ics)) problems.push("a bare CR or LF");
  const decoder = new TextDecoder("utf-8", { fatal: true });
  ics
    .slice(0, -2)
    .split("\r\n")
    .forEach((line, index) => {
      const bytes = Buffer.from(line, "utf8");
      if (bytes.length > 75) problems.push(`line ${index + 1} is ${bytes.length} octets`);
      try {
        decoder.decode(bytes);
      } catch {
        problems.push(`line ${index + 1} splits a character`);
      }
      // eslint-disable-next-line no-control-regex -- the rule under test is about control characters
      if (/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/.test(line))
        problems.push(`line ${index + 1} holds a control character`);
      if (/^[ \t]/.test(line) && index === 0) problems.push("the file starts with a continuation");
    });
  return problems;
}

describe("calendar file: RFC 5545 lines for any typed name", () => {
  const abrocitinib = plan(cleanRequest("abrocitinib"));

  it.each([
    [
      "accented names long enough to fold",
      "Zoë Éléonore Ñúñez-Łukasiewicz Ångström Øvergård Þórsdóttir",
      "Zoë Éléonore Ñúñez-Łukasiewicz Ångström Øvergård Þórsdóttir",
    ],
    ["emoji and CJK", "山田 太郎 🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂 Ｋ", "山田 太郎 🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂 Ｋ"],
    [
      "a bare CR that would start a forged property",
      "R. Example\rATTENDEE:mailto:x@evil.example",
      "R. Example ATTENDEE:mailto:x@evil.example",
    ],
    ["NUL, vertical tab and a line separator", "Ada\u0000 \u000bLove\u2028lace\u0085!", "Ada Love lace !"],
  ])("%s", (_name, typed, shown) => {
    const result = planToIcs(abrocitinib, { createdAt, patientName: typed });
    if (!result.ok) throw new Error(result.error);
    expect(rfc5545Violations(result.ics)).toEqual([]);
    expect(parse(result.ics)[0]?.summary).toBe(`${shown}: Week 4: abrocitinib monitoring`);
  });

  it("keeps every line within 75 octets and every character whole, for any text typed (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 120 }),
        fc.string({ unit: "binary", maxLength: 60 }),
        (graphemes, anything) => {
          const result = planToIcs(abrocitinib, { createdAt, patientName: `${graphemes}${anything}` });
          if (!result.ok) throw new Error(result.error);
          expect(rfc5545Violations(result.ics)).toEqual([]);
          const name = calendarText(`${graphemes}${anything}`);
          expect(parse(result.ics)[0]?.summary).toBe(`${name ? `${name}: ` : ""}Week 4: abrocitinib monitoring`);
        },
      ),
      { numRuns: 200, seed: 20261204 },
    );
  });
});

describe("calendar export with visit planning", () => {
  it("follows the plan's merged and moved visits: the month-3 panel is on the week-12 event, not on its own Sunday", () => {
    const request = cleanRequest("upadacitinib", {
      horizonMonths: 6,
      visitPlanning: { mergeWithinDays: 7, avoidWeekends: true },
    });
    const result = planToIcs(plan(request), { createdAt });
    if (!result.ok) throw new Error(result.error);
    const events = parse(result.ics).map((event) => ({ date: event.start.toString(), summary: event.summary }));
    // Month 3 (Sun 4 Apr) joins week 12 (Mon 29 Mar); month 6 (Sun 4 Jul), the plan's last day, moves to Fri 2 Jul.
    expect(events).toEqual([
      { date: "2027-03-29", summary: "Week 12 · Month 3: upadacitinib monitoring" },
      { date: "2027-07-02", summary: "Month 6: upadacitinib monitoring" },
    ]);
  });
});
