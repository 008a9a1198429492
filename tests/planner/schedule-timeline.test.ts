/**
 * The schedule timeline's read model (lib/planner/schedule-timeline.ts): rows per family of
 * tests, marks at their true dates, the start, dose changes and today, what results on file
 * triggered, and the same in words.
 */
import { describe, expect, it } from "vitest";
import { daysBetween, toCalendarDate } from "@/lib/dates/calendar-date";
import { respondToPlanRequest } from "@/lib/doors/plan-door";
import { panelAnalytes } from "@/lib/plan";
import { planRequestSchema, type PlanRequestInput } from "@/lib/contract/plan-request";
import type { Plan } from "@/lib/contract/plan";
import { scheduleTimeline, testFamilyOf, type ScheduleTimeline } from "@/lib/planner/schedule-timeline";
import { labTestIds, screeningTestIds } from "@/rules/types";
import { baselineDate, cleanRequest, plan, startDate } from "../support/requests";
import { completeCbcOn, firstResultDate, withFollowUps } from "../support/follow-up";
import { planCorpus } from "../support/plan-corpus";

function timelineOf(input: PlanRequestInput): { timeline: ScheduleTimeline; plan: Plan } {
  const p = plan(input);
  return { timeline: scheduleTimeline(p, planRequestSchema.parse(input)), plan: p };
}

const markLines = (timeline: ScheduleTimeline, family: string) =>
  timeline.rows
    .find((row) => row.family === family)
    ?.marks.map((mark) => `${mark.date} ${mark.status}${mark.triggered ? ` ${mark.triggered}` : ""}`);

/** Abrocitinib 100 mg from 4 Jan 2027, today 1 Mar 2027, a recheck interval of 2 weeks. */
const onTreatment = (labs: PlanRequestInput["labs"], overrides: Partial<PlanRequestInput> = {}) =>
  withFollowUps(cleanRequest("abrocitinib", { asOf: "2027-03-01", recheckAfterWeeks: 2, ...overrides }), labs ?? []);

// Platelets 40 ×10⁹/L: below abrocitinib's 50 ×10⁹/L discontinuation limit (US label, section 2.3).
const lowPlateletsOnWeek4 = { test: "platelets" as const, value: 40, unit: "10^9/L", date: firstResultDate };

describe("the schedule timeline", () => {
  it("has a row for every lab result: each analyte is reported in a panel", () => {
    const reported = Object.values(panelAnalytes).flat();
    expect(labTestIds.filter((test) => !reported.includes(test))).toEqual([]);
  });

  it("spans the earliest result to the schedule's end and places every mark at its true date", () => {
    const { timeline } = timelineOf(onTreatment([]));
    expect(timeline.from).toBe(baselineDate);
    expect(timeline.to).toBe("2028-01-04");
    const days = daysBetween(baselineDate, toCalendarDate("2028-01-04"));
    const week4 = timeline.rows[0]!.marks.find((mark) => mark.date === firstResultDate);
    expect(week4?.x).toBe(daysBetween(baselineDate, firstResultDate) / days);
    // Week 4 and month 3 are 9 weeks apart, month 3 and month 6 thirteen: the gaps differ.
    const [, w4, m3, m6] = timeline.rows[0]!.marks;
    expect(m3!.x - w4!.x).toBeCloseTo(62 / days, 10);
    expect(m6!.x - m3!.x).toBeCloseTo(91 / days, 10);
  });

  it("draws a row per family with marks, in the families' order, and statuses judged as of today", () => {
    const { timeline } = timelineOf(onTreatment([]));
    expect(timeline.rows.map((row) => row.name)).toEqual(["Blood count", "Liver", "Lipids", "Kidney", "Screening"]);
    expect(markLines(timeline, "blood-count")).toEqual([
      `${startDate} done nothing`,
      "2027-02-01 overdue",
      "2027-04-04 due",
      "2027-07-04 due",
      "2027-10-04 due",
      "2028-01-04 due",
    ]);
    // Abrocitinib plans no liver or kidney tests, nor HIV or pregnancy tests for her: the
    // baseline results on file are still drawn.
    expect(markLines(timeline, "liver")).toEqual([`${baselineDate} result nothing`]);
    expect(markLines(timeline, "screening")).toEqual([`${baselineDate} result nothing`, `${startDate} done nothing`]);
  });

  it("colours a done visit by what its results triggered, and names it all in its label", () => {
    const labs = [...completeCbcOn(firstResultDate).filter((lab) => lab.test !== "platelets"), lowPlateletsOnWeek4];
    const { timeline, plan: p } = timelineOf(onTreatment(labs));
    expect(p.findings.find((finding) => finding.test === "platelets")?.action).toBe("discontinue");
    expect(markLines(timeline, "blood-count")?.slice(0, 3)).toEqual([
      `${startDate} done nothing`,
      "2027-02-01 done discontinue",
      "2027-02-15 overdue",
    ]);
    const week4 = timeline.rows[0]!.marks[1]!;
    expect(week4.label).toBe(
      "Mon 1 Feb 2027, Week 4 — Blood count: CBC with differential done; results triggered: Discontinue.",
    );
    expect(timeline.rows[0]!.marks[2]!.label).toBe(
      "Mon 15 Feb 2027, Recheck platelets — Blood count: CBC with differential overdue.",
    );
  });

  it("draws results that answer no done visit as marks of their own, with what they triggered", () => {
    // Platelets alone do not make a complete CBC: the week-4 CBC stays overdue.
    const { timeline } = timelineOf(onTreatment([lowPlateletsOnWeek4]));
    expect(markLines(timeline, "blood-count")?.slice(0, 3)).toEqual([
      `${startDate} done nothing`,
      "2027-02-01 overdue",
      "2027-02-01 result discontinue",
    ]);
    expect(timeline.rows[0]!.marks[2]!.label).toBe(
      "Mon 1 Feb 2027, result on file — Blood count: platelets; triggered: Discontinue.",
    );
  });

  it("marks the start, each dose change and today, in date order", () => {
    const { timeline } = timelineOf(
      onTreatment([], {
        doseChanges: [
          { date: "2027-05-03", doseMg: 200 },
          { date: "2027-02-03", doseMg: 0 },
        ],
      }),
    );
    expect(timeline.markers.map((marker) => `${marker.date} ${marker.kind} ${marker.shortLabel}`)).toEqual([
      `${startDate} start Start`,
      "2027-02-03 dose-change Interrupted",
      "2027-03-01 today Today",
      "2027-05-03 dose-change 200 mg",
    ]);
    expect(timeline.markers.map((marker) => marker.label)).toEqual([
      "Mon 4 Jan 2027 — Start of abrocitinib, 100 mg a day.",
      "Wed 3 Feb 2027 — Abrocitinib interrupted (0 mg).",
      "Mon 1 Mar 2027 — Today: statuses are judged as of this date.",
      "Mon 3 May 2027 — Dose changed to 200 mg a day.",
    ]);
    expect(timeline.markers[0]!.x).toBe(
      daysBetween(baselineDate, startDate) / daysBetween(baselineDate, toCalendarDate("2028-01-04")),
    );
  });

  it("says every marker and mark in words, in date order, the start before its baseline visit", () => {
    const { timeline } = timelineOf(onTreatment([]));
    const marks = timeline.rows.flatMap((row) => row.marks);
    expect(timeline.lines).toHaveLength(timeline.markers.length + marks.length);
    expect(timeline.lines.slice(0, 5)).toEqual([
      "Tue 15 Dec 2026, result on file — Liver: ALT, AST; triggered no finding.",
      "Tue 15 Dec 2026, result on file — Kidney: creatinine; triggered no finding.",
      "Tue 15 Dec 2026, result on file — Screening: HIV screen negative, pregnancy test negative; triggered no finding.",
      "Mon 4 Jan 2027 — Start of abrocitinib, 100 mg a day.",
      "Mon 4 Jan 2027, Baseline — Blood count: CBC with differential done; results triggered no finding.",
    ]);
  });

  it("labels months on the axis: each month over a year, five of them kept on a phone, the year on the first and on January", () => {
    const { timeline } = timelineOf(onTreatment([]));
    expect(timeline.ticks.map((tick) => `${tick.month}${tick.newYear ? ` ${tick.year}` : ""}`)).toEqual([
      "Jan 2027",
      "Feb",
      "Mar",
      "Apr",
      "May",
      "Jun",
      "Jul",
      "Aug",
      "Sep",
      "Oct",
      "Nov",
      "Dec",
      "Jan 2028",
    ]);
    expect(timeline.ticks.filter((tick) => tick.narrow).map((tick) => `${tick.month} ${tick.year}`)).toEqual([
      "Jan 2027",
      "Apr 2027",
      "Jul 2027",
      "Oct 2027",
      "Jan 2028",
    ]);
    expect(timeline.ticks[0]!.x).toBe(
      daysBetween(baselineDate, toCalendarDate("2027-01-01")) / daysBetween(baselineDate, toCalendarDate("2028-01-04")),
    );
  });

  it("over five years, labels every sixth month", () => {
    const { timeline } = timelineOf(onTreatment([], { horizonMonths: 60 }));
    expect(timeline.ticks.map((tick) => tick.date)).toEqual(
      ["2027", "2028", "2029", "2030", "2031"]
        .flatMap((year) => [`${year}-01-01`, `${year}-07-01`])
        .concat("2032-01-01"),
    );
  });
});

describe("the schedule timeline over the pinned corpus of plans", () => {
  const corpus = planCorpus().flatMap(({ id, request }) => {
    const answer = respondToPlanRequest(JSON.stringify(request));
    return answer.status === 200
      ? [{ id, plan: JSON.parse(answer.body) as Plan, request: planRequestSchema.parse(request) }]
      : [];
  });

  // A thousand timelines: more than the default five seconds on a busy machine.
  it(
    "puts every visit's tests on one mark per family, each at its date's place on the axis",
    { timeout: 30_000 },
    () => {
      // Problems are gathered and compared once: twenty thousand marks, one assertion.
      const problems: string[] = [];
      for (const { id, plan: p, request } of corpus) {
        const timeline = scheduleTimeline(p, request);
        const days = daysBetween(timeline.from, timeline.to);
        const marks = timeline.rows.flatMap((row) => row.marks);
        const visitMarks = marks
          .filter((mark) => mark.status !== "result")
          .map((mark) => `${mark.date} ${mark.family}`)
          .sort();
        const expected = p.visits
          .flatMap((visit) =>
            [...new Set(visit.items.map((item) => testFamilyOf[item.test]))].map((family) => `${visit.date} ${family}`),
          )
          .sort();
        if (visitMarks.join() !== expected.join()) problems.push(`${id}: visit marks ${visitMarks.join()}`);
        for (const mark of [...marks, ...timeline.markers]) {
          if (mark.x !== daysBetween(timeline.from, mark.date) / days || mark.x < 0 || mark.x > 1)
            problems.push(`${id}: ${mark.date} at ${mark.x}`);
        }
        if (timeline.lines.length !== marks.length + timeline.markers.length) problems.push(`${id}: lines`);
      }
      expect(problems).toEqual([]);
    },
  );

  it("relies on what holds: a finding about an analyte or a screen names its result's date first", () => {
    // What a result triggered is read from the message (the plan has no field for it).
    const resultTests = new Set<string>([...labTestIds, ...screeningTestIds]);
    let cited = 0;
    const problems: string[] = [];
    for (const { id, plan: p, request } of corpus) {
      const onFile = new Set(
        [...(request.labs ?? []), ...(request.screening ?? [])].map((result) => `${result.test}|${result.date}`),
      );
      for (const finding of p.findings) {
        const date = /\d{4}-\d{2}-\d{2}/.exec(finding.message)?.[0];
        if (finding.test === undefined || !resultTests.has(finding.test) || date === undefined) continue;
        cited += 1;
        if (!onFile.has(`${finding.test}|${date}`)) problems.push(`${id}: ${finding.message}`);
      }
    }
    expect(problems).toEqual([]);
    expect(cited).toBeGreaterThan(100);
  });
});
