import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  addWeeks,
  dayNumber,
  daysBetween,
  isCalendarDate,
  maxDate,
  toCalendarDate,
  type CalendarDate,
} from "@/lib/dates/calendar-date";
import { addDaysUtc, addMonthsUtc, dateOfDay, dayNumber as oracleDayNumber, isRealDate } from "../support/utc-days";

/** The weekday of a calendar date (0 = Sunday), worked out in UTC so the zone cannot move it. */
const weekdayOf = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();

// These run under America/New_York and Pacific/Auckland (see package.json test:unit): a
// calendar date must never move with the zone or with a daylight-saving change.

describe("addMonths counts calendar months and clamps to the month's end", () => {
  it.each([
    ["2027-01-31", 1, "2027-02-28"],
    ["2028-01-31", 1, "2028-02-29"],
    ["2027-01-31", 2, "2027-03-31"],
    ["2027-03-31", 1, "2027-04-30"],
    ["2027-08-31", 1, "2027-09-30"],
    ["2028-02-29", 12, "2029-02-28"],
    ["2028-02-29", 48, "2032-02-29"],
    ["2027-01-04", 3, "2027-04-04"],
    ["2027-01-04", 12, "2028-01-04"],
    ["2026-12-21", 2, "2027-02-21"],
    ["2026-12-21", 6, "2027-06-21"],
    ["2027-03-14", 1, "2027-04-14"],
    ["2027-04-04", -1, "2027-03-04"],
    ["2027-03-31", -1, "2027-02-28"],
  ])("%s + %d months = %s", (date, months, expected) => {
    expect(addMonths(toCalendarDate(date), months)).toBe(expected);
  });
});

describe("addWeeks and addDays across daylight-saving changes", () => {
  it.each([
    // US: clocks go forward on Sun 14 Mar 2027 and back on Sun 7 Nov 2027 (America/New_York)
    ["2027-03-08", 1, "2027-03-15"],
    ["2027-03-14", 1, "2027-03-21"],
    ["2027-02-15", 4, "2027-03-15"],
    ["2027-11-01", 1, "2027-11-08"],
    // NZ: clocks go back on Sun 4 Apr 2027 and forward on Sun 26 Sep 2027 (Pacific/Auckland)
    ["2027-03-29", 1, "2027-04-05"],
    ["2027-04-04", 1, "2027-04-11"],
    ["2027-09-20", 1, "2027-09-27"],
    ["2027-09-26", 1, "2027-10-03"],
    // across a month and a year end
    ["2027-01-04", 4, "2027-02-01"],
    ["2027-01-04", 12, "2027-03-29"],
    ["2026-12-28", 1, "2027-01-04"],
    ["2028-02-22", 1, "2028-02-29"],
  ])("%s + %d weeks = %s", (date, weeks, expected) => {
    expect(addWeeks(toCalendarDate(date), weeks)).toBe(expected);
  });

  it.each([
    ["2027-03-13", 1, "2027-03-14"],
    ["2027-03-14", 1, "2027-03-15"],
    ["2027-04-03", 1, "2027-04-04"],
    ["2027-04-04", 1, "2027-04-05"],
    ["2027-09-25", 1, "2027-09-26"],
    ["2027-09-26", 1, "2027-09-27"],
    ["2027-01-04", -14, "2026-12-21"],
    ["2028-02-28", 1, "2028-02-29"],
    ["2027-02-28", 1, "2027-03-01"],
  ])("%s + %d days = %s", (date, days, expected) => {
    expect(addDays(toCalendarDate(date), days)).toBe(expected);
  });

  it("adding 1 to 104 weeks to a Monday lands on a Monday 7 × n days later, through every DST change of 2027–2028", () => {
    const start = toCalendarDate("2027-01-04");
    const startMs = Date.UTC(2027, 0, 4);
    for (let weeks = 1; weeks <= 104; weeks += 1) {
      const expected = new Date(startMs + weeks * 7 * 86_400_000).toISOString().slice(0, 10);
      const date = addWeeks(start, weeks);
      expect(date, `${weeks} weeks`).toBe(expected);
      expect(weekdayOf(date), `${weeks} weeks`).toBe(1);
    }
  });

  it("adding 1 to 730 days never skips or repeats a date", () => {
    const startMs = Date.UTC(2027, 0, 1);
    for (let days = 1; days <= 730; days += 1) {
      expect(addDays(toCalendarDate("2027-01-01"), days), `${days} days`).toBe(
        new Date(startMs + days * 86_400_000).toISOString().slice(0, 10),
      );
    }
  });
});

describe("daysBetween counts whole calendar days", () => {
  it.each([
    ["2027-03-13", "2027-03-15", 2],
    ["2027-04-03", "2027-04-05", 2],
    ["2027-09-25", "2027-09-27", 2],
    ["2026-12-21", "2027-01-04", 14],
    ["2026-12-07", "2027-01-04", 28],
    ["2027-01-04", "2026-12-21", -14],
    ["2028-02-28", "2028-03-01", 2],
    ["2027-01-04", "2028-01-04", 365],
  ])("from %s to %s is %d days", (from, to, days) => {
    expect(daysBetween(toCalendarDate(from), toCalendarDate(to))).toBe(days);
  });

  it("maxDate picks the later date", () => {
    const [earlier, later] = [toCalendarDate("2026-12-21"), toCalendarDate("2027-01-20")];
    expect(maxDate(earlier, later)).toBe(later);
    expect(maxDate(later, earlier)).toBe(later);
  });
});

describe("isCalendarDate accepts only real dates written YYYY-MM-DD", () => {
  it.each(["2027-01-04", "2028-02-29", "2027-12-31", "2000-02-29", "2027-03-14", "2027-04-04", "2027-09-26"])(
    "accepts %s",
    (value) => {
      expect(isCalendarDate(value)).toBe(true);
    },
  );

  it.each([
    "2027-02-29",
    "2100-02-29",
    "2027-02-30",
    "2027-04-31",
    "2027-13-01",
    "2027-00-10",
    "2027-01-00",
    "2027-01-32",
    "2027-1-1",
    "27-01-04",
    "2027/01/04",
    "04-01-2027",
    "2027-01-04T00:00:00Z",
    "2027-01-04T00:00",
    " 2027-01-04",
    "2027-01-04 ",
    "20270104",
    "",
  ])("rejects %j", (value) => {
    expect(isCalendarDate(value)).toBe(false);
  });

  it.each(["2027-02-29", "2027-13-01", "not a date"])("toCalendarDate refuses %j with a RangeError", (value) => {
    expect(() => toCalendarDate(value)).toThrow(RangeError);
  });

  it.each(["2027-02-29", "2027-13-01", "not a date"])("date arithmetic refuses %j with a RangeError", (value) => {
    // The brand keeps such text out at compile time; the arithmetic still checks at run time.
    expect(() => addDays(value as CalendarDate, 1)).toThrow(RangeError);
  });
});

describe("dates in zones that skipped a whole calendar day", () => {
  // Kiribati's Line Islands skipped 1994-12-31 and Samoa 2011-12-30 (both moved across the
  // date line). Local-midnight arithmetic refused those dates and stepped over them; the
  // helpers must not notice the zone. Node applies a new process.env.TZ at once.
  it.each<[string, string, [string, number]]>([
    ["Pacific/Kiritimati", "1994-12-31", ["1994-10-31", 2]],
    ["Pacific/Apia", "2011-12-30", ["2011-11-30", 1]],
  ])("under %s, %s is a date like any other", (zone, skippedText, [monthsBefore, months]) => {
    const savedZone = process.env.TZ;
    process.env.TZ = zone;
    try {
      expect(new Date(2027, 0, 1).getTimezoneOffset(), "the zone is in effect").toBeLessThanOrEqual(-780);
      expect(isCalendarDate(skippedText)).toBe(true);
      const skipped = toCalendarDate(skippedText);
      const before = addDays(skipped, -1);
      expect(addDays(before, 1)).toBe(skipped);
      expect(addDays(skipped, 1)).not.toBe(skipped);
      expect(addWeeks(addDays(skipped, -28), 4)).toBe(skipped);
      expect(addMonths(toCalendarDate(monthsBefore), months)).toBe(skipped);
      expect(daysBetween(before, addDays(skipped, 1))).toBe(2);
    } finally {
      process.env.TZ = savedZone;
    }
  });
});

describe("the day-number arithmetic agrees with Date.UTC on every date of years 1000–9999", () => {
  // The helpers count days by Hinnant's civil-date formulas; tests/support/utc-days.ts counts
  // them with Date.UTC. Any day of the range, including leap days and century years.
  const anyDay = fc.integer({ min: oracleDayNumber("1000-01-01"), max: oracleDayNumber("9989-12-31") }).map(dateOfDay);

  it("dayNumber, addDays and addMonths", () => {
    fc.assert(
      fc.property(
        anyDay,
        fc.integer({ min: -4000, max: 4000 }),
        fc.integer({ min: -120, max: 120 }),
        (text, days, months) => {
          const date = toCalendarDate(text);
          expect(dayNumber(date)).toBe(oracleDayNumber(date));
          expect(addDays(date, days)).toBe(addDaysUtc(date, days));
          expect(addMonths(date, months)).toBe(addMonthsUtc(date, months));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("isCalendarDate on strings shaped like dates, real or not", () => {
    const digits = (count: number) =>
      fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: count, maxLength: count });
    const shaped = fc
      .tuple(fc.integer({ min: 1000, max: 9999 }), digits(2), digits(2))
      .map(([year, month, day]) => `${year}-${month}-${day}`);
    fc.assert(
      fc.property(shaped, (value) => {
        expect(isCalendarDate(value)).toBe(isRealDate(value));
      }),
      { numRuns: 2000 },
    );
  });
});
