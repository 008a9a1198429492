import { describe, expect, it } from "vitest";
import { toCalendarDate } from "@/lib/dates/calendar-date";
import { planRequestSchema } from "@/lib/contract/plan-request";
import { doseCourseWords } from "@/lib/register/dose-course";
import { cleanRequest } from "../support/requests";

// The register's patient page names the dose the patient takes on the day, not only the starting dose.
describe("a record's dose course in words", () => {
  const request = (doseChanges: { date: string; doseMg: number }[]) =>
    planRequestSchema.parse(cleanRequest("abrocitinib", { doseMg: 200, doseChanges }));
  const on = (date: string) => toCalendarDate(date);

  it("no change: the starting dose and the start", () => {
    expect(doseCourseWords(request([]), on("2027-06-01"))).toBe("200 mg a day, started Mon 4 Jan 2027");
  });

  it("a change on or before the day: the dose since then, and where it started", () => {
    const changed = request([{ date: "2027-03-01", doseMg: 100 }]);
    expect(doseCourseWords(changed, on("2027-03-01"))).toBe(
      "100 mg a day since Mon 1 Mar 2027 (started on 200 mg a day, Mon 4 Jan 2027)",
    );
    expect(doseCourseWords(changed, on("2027-02-28"))).toBe(
      "200 mg a day, started Mon 4 Jan 2027; planned: 100 mg a day from Mon 1 Mar 2027",
    );
  });

  it("an interruption is named, and the latest change before the day counts", () => {
    const course = request([
      { date: "2027-04-01", doseMg: 100 },
      { date: "2027-02-01", doseMg: 0 },
    ]);
    expect(doseCourseWords(course, on("2027-03-01"))).toBe(
      "interrupted since Mon 1 Feb 2027 (started on 200 mg a day, Mon 4 Jan 2027); planned: 100 mg a day from Thu 1 Apr 2027",
    );
  });

  it("a start after the day: it starts, not started", () => {
    expect(doseCourseWords(request([]), on("2026-12-20"))).toBe("200 mg a day, starts Mon 4 Jan 2027");
  });

  it("a topical drug has no dose: only the start", () => {
    expect(doseCourseWords(planRequestSchema.parse(cleanRequest("ruxolitinib-cream")), on("2027-06-01"))).toBe(
      "started Mon 4 Jan 2027",
    );
  });
});
