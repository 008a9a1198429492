import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { planToIcs } from "@/lib/interop/calendar";
import { withFollowUps } from "../support/follow-up";
import { cleanRequest, minimalRequest, plan, withBaselineLab } from "../support/requests";

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

describe("calendar export (.ics)", () => {
  const abrocitinib = plan(cleanRequest("abrocitinib"));

  it("writes one all-day event per visit that parses back with the same dates", () => {
    const result = planToIcs(abrocitinib, { createdAt });
    if (!result.ok) throw new Error(result.error);
    const events = parse(result.ics);
    expect(events).toHaveLength(abrocitinib.visits.length);
    events.forEach((event, index) => {
      const visit = abrocitinib.visits[index]!;
      expect(event.start.isDate).toBe(true);
      expect(event.start.toString()).toBe(visit.date);
      expect(event.end.isDate).toBe(true);
      expect(event.summary).toContain(visit.label);
    });
    expect(result.ics).toMatch(/DTSTART;VALUE=DATE:20270104\r\n/);
    expect(result.ics).toMatch(/DTSTART;VALUE=DATE:20270201\r\n/);
  });

  it("lists the tests due at each visit in the description", () => {
    const result = planToIcs(abrocitinib, { createdAt });
    if (!result.ok) throw new Error(result.error);
    const week4 = parse(result.ics).find((event) => event.start.toString() === "2027-02-01");
    expect(week4?.description).toContain("CBC with differential");
    expect(week4?.description).toContain("Lipid panel");
    expect(week4?.description).toContain("Decision support only");
  });

  it("leads every event with the patient's stop instruction when a finding says do not start (HAZ-09)", () => {
    const stopped = plan(withBaselineLab(cleanRequest("abrocitinib"), "platelets", 120, "10^9/L"));
    expect(stopped.findings[0]?.action).toBe("do-not-start");
    const result = planToIcs(stopped, { createdAt });
    if (!result.ok) throw new Error(result.error);
    const events = parse(result.ics);
    expect(events).toHaveLength(stopped.visits.length);
    for (const event of events) {
      expect(event.description).toMatch(
        /^Do not start abrocitinib \(or, if you have already started, do not take your next dose\) until your clinic tells you to\. Something in your health details or test results needs your clinician's review first\.\nabrocitinib monitoring, start date 2027-01-04\./,
      );
    }
  });

  it("on an interrupt finding asks the patient to hold the next dose; a plan with no stop finding carries no such line", () => {
    const interrupted = plan(withFollowUps(cleanRequest("upadacitinib"), [{ test: "alc", value: 0.4, unit: "10^9/L", date: "2027-02-01" }]));
    expect(interrupted.findings[0]?.action).toBe("interrupt");
    const held = planToIcs(interrupted, { createdAt });
    const clean = planToIcs(abrocitinib, { createdAt });
    if (!held.ok || !clean.ok) throw new Error("export failed");
    expect(parse(held.ics)[0]?.description).toMatch(/^Do not take your next dose of upadacitinib until your clinic tells you to\./);
    expect(clean.ics).not.toMatch(/Do not (start|take)/);
  });

  it("puts no patient name in the file unless one is given for that purpose", () => {
    const anonymous = planToIcs(abrocitinib, { createdAt });
    const named = planToIcs(abrocitinib, { createdAt, patientName: "Ada Lovelace" });
    if (!anonymous.ok || !named.ok) throw new Error("export failed");
    expect(anonymous.ics).not.toMatch(/Ada/);
    expect(parse(named.ics)[0]?.summary).toMatch(/^Ada Lovelace: Baseline/);
  });

  it("is deterministic: stable UIDs and a DTSTAMP from the time passed in", () => {
    const first = planToIcs(abrocitinib, { createdAt });
    const second = planToIcs(abrocitinib, { createdAt });
    if (!first.ok || !second.ok) throw new Error("export failed");
    expect(first.ics).toBe(second.ics);
    const events = parse(first.ics);
    expect(events[0]?.uid).toBe("2027-01-04-abrocitinib-2027-01-04@jak-monitor");
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
});
