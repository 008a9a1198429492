import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { toCalendarDate, type CalendarDate } from "@/lib/dates/calendar-date";
import { formatBirthDate, formatHumanDate, formatHumanTime, humanDatesIn } from "@/lib/dates/human-date";
import { dateOfDay, dayNumber } from "../support/utc-days";

// These run under America/New_York and Pacific/Auckland (see package.json test:unit): the date
// people read must be the date written, in every zone.

describe("formatHumanDate writes weekday, day, month name and full year", () => {
  it.each([
    ["2027-02-01", "Mon 1 Feb 2027"],
    ["2027-01-04", "Mon 4 Jan 2027"],
    ["2026-12-21", "Mon 21 Dec 2026"],
    ["2027-03-14", "Sun 14 Mar 2027"],
    ["2027-04-04", "Sun 4 Apr 2027"],
    ["2027-09-26", "Sun 26 Sep 2027"],
    ["2028-02-29", "Tue 29 Feb 2028"],
    ["1900-01-01", "Mon 1 Jan 1900"],
    ["2100-12-31", "Fri 31 Dec 2100"],
  ])("%s → %j", (date, text) => {
    expect(formatHumanDate(toCalendarDate(date))).toBe(text);
  });

  it("refuses what is not a calendar date rather than writing a neighbouring one", () => {
    // The brand keeps such text out at compile time; formatting still checks at run time.
    for (const value of ["2027-02-29", "2027-13-01", "1/2/2027", ""])
      expect(() => formatHumanDate(value as CalendarDate)).toThrow();
  });
});

describe("formatBirthDate writes a date of birth without a weekday", () => {
  it.each([
    ["1990-05-17", "17 May 1990"],
    ["1971-03-03", "3 Mar 1971"],
    ["2024-02-29", "29 Feb 2024"],
    ["1905-12-31", "31 Dec 1905"],
  ])("%s → %j", (date, text) => {
    expect(formatBirthDate(toCalendarDate(date))).toBe(text);
  });

  it("refuses what is not a calendar date", () => {
    expect(() => formatBirthDate("1990-02-30" as CalendarDate)).toThrow();
  });
});

describe("formatHumanDate agrees with Date.UTC on every date of years 1000–9999", () => {
  const weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const anyDay = fc.integer({ min: dayNumber("1000-01-01"), max: dayNumber("9999-12-31") }).map(dateOfDay);

  it("weekday, day, month and year", () => {
    fc.assert(
      fc.property(anyDay, (date) => {
        const utc = new Date(`${date}T00:00:00Z`);
        const expected = `${weekdays[utc.getUTCDay()]} ${utc.getUTCDate()} ${months[utc.getUTCMonth()]} ${utc.getUTCFullYear()}`;
        expect(formatHumanDate(toCalendarDate(date))).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("no zone and no test clock moves the date", () => {
  const savedZone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = savedZone;
    vi.useRealTimers();
  });

  // Kiribati's Line Islands skipped 1994-12-31 and Samoa 2011-12-30 (both moved across the date
  // line): a local-midnight Date of those days is the next day. Node applies a new TZ at once.
  it.each([
    ["Pacific/Kiritimati", "1994-12-31", "Sat 31 Dec 1994"],
    ["Pacific/Apia", "2011-12-30", "Fri 30 Dec 2011"],
    ["America/Los_Angeles", "2027-03-14", "Sun 14 Mar 2027"],
    ["Pacific/Pago_Pago", "2027-01-01", "Fri 1 Jan 2027"],
  ])("under %s, %s is %j", (zone, date, text) => {
    process.env.TZ = zone;
    expect(new Date(`${date}T12:00:00Z`).toString(), "the zone is in effect").not.toContain("GMT+0000");
    expect(formatHumanDate(toCalendarDate(date))).toBe(text);
  });

  it("a page whose Date is replaced by a fake clock still reads the date written", () => {
    vi.useFakeTimers({ now: new Date("2030-06-15T23:30:00Z") });
    expect(formatHumanDate(toCalendarDate("2027-02-01"))).toBe("Mon 1 Feb 2027");
  });
});

describe("formatHumanTime writes an instant in UTC, named", () => {
  it.each([
    ["2026-12-04T14:03:27.512Z", "Fri 4 Dec 2026 14:03:27 UTC"],
    // Late evening in New York, already the next morning in Auckland: UTC in both.
    ["2027-01-01T04:59:00Z", "Fri 1 Jan 2027 04:59:00 UTC"],
  ])("%s → %j", (instant, text) => {
    expect(formatHumanTime(instant)).toBe(text);
    expect(formatHumanTime(new Date(instant))).toBe(text);
  });
});

describe("the engine's dates in a text, as people read them", () => {
  it("writes each real yyyy-MM-dd date in the app's one style and leaves the rest of the text alone", () => {
    expect(humanDatesIn("Platelets 120 ×10⁹/L (2026-12-15) is below 150 ×10⁹/L; recheck by 2027-01-04.")).toBe(
      "Platelets 120 ×10⁹/L (Tue 15 Dec 2026) is below 150 ×10⁹/L; recheck by Mon 4 Jan 2027.",
    );
  });

  it("leaves what is not a whole real date as it is: an impossible day, a longer run of digits", () => {
    expect(humanDatesIn("2027-02-30, 12027-01-04, 2027-01-045 and rule 2026.12.1")).toBe(
      "2027-02-30, 12027-01-04, 2027-01-045 and rule 2026.12.1",
    );
    expect(humanDatesIn("no date here")).toBe("no date here");
  });
});
