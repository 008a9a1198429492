import { drugRules } from "@/rules";
import { findingActions, labTestIds, type FindingAction, type LabTestId, type ScheduleItemId } from "@/rules/types";
import { addDays, addMonths, calendarParts, dayNumber, type CalendarDate } from "@/lib/dates/calendar-date";
import { formatHumanDate, formatShortMonth } from "@/lib/dates/human-date";
import { panelAnalytes } from "@/lib/plan";
import type { Finding, Plan, ScheduleItem } from "@/lib/contract/plan";
import type { PlanRequest } from "@/lib/contract/plan-request";
import { analyteShortName, sentenceCase } from "@/lib/units/format";
import { actionLabels } from "@/lib/words/actions";
import { scheduleItemNames } from "@/lib/words/schedule-items";
import { screeningTestNames } from "@/lib/words/screening";

/** The timeline's rows, top to bottom: the families of tests a clinic books together. */
export const testFamilies = [
  "blood-count",
  "liver",
  "lipids",
  "kidney",
  "muscle",
  "screening",
  "vaccines",
  "reviews",
] as const;
export type TestFamily = (typeof testFamilies)[number];

/** Every schedule item in its family: a new item id does not compile until it has one. */
export const testFamilyOf: Readonly<Record<ScheduleItemId, TestFamily>> = {
  cbc: "blood-count",
  liver: "liver",
  lipids: "lipids",
  renal: "kidney",
  ck: "muscle",
  tb: "screening",
  hbv: "screening",
  hcv: "screening",
  hiv: "screening",
  pregnancy: "screening",
  "rzv-dose-1": "vaccines",
  "rzv-dose-2": "vaccines",
  "clinical-review": "reviews",
};

export const testFamilyNames: Readonly<Record<TestFamily, string>> = {
  "blood-count": "Blood count",
  liver: "Liver",
  lipids: "Lipids",
  kidney: "Kidney",
  muscle: "Muscle (CK)",
  screening: "Screening",
  vaccines: "Vaccines",
  reviews: "Reviews",
};

/**
 * A planned visit's status, or "result": results on file that answer no done visit of their
 * row (an unplanned test, or a panel too incomplete to count), drawn so that what they
 * triggered is not lost.
 */
export type MarkStatus = ScheduleItem["status"] | "result";

/** One mark on a row: a visit's tests of the row's family, or results on file. */
export interface TimelineMark {
  family: TestFamily;
  date: CalendarDate;
  /** Where the date falls on the axis: 0 at its first day, 1 at its last. */
  x: number;
  status: MarkStatus;
  /**
   * For a mark that results stand behind (done, or "result"): the most severe finding that
   * cites one of them, or "nothing". Absent when no result stands behind it.
   */
  triggered?: FindingAction | "nothing";
  /** Date, visit, tests and status in words: the mark's accessible name and its text line. */
  label: string;
}

export interface TimelineRow {
  family: TestFamily;
  name: string;
  marks: TimelineMark[];
}

/** A dated line across every row: the first dose, each dose change, and "today". */
export interface TimelineMarker {
  kind: "start" | "dose-change" | "today";
  date: CalendarDate;
  x: number;
  /** A few words for the picture: "Start", "200 mg", "Interrupted", "Today". */
  shortLabel: string;
  label: string;
}

/** A month on the axis. */
export interface TimelineTick {
  date: CalendarDate;
  x: number;
  month: string;
  year: string;
  /** The first tick, or a January: the year is written under it. */
  newYear: boolean;
  /** Kept on a narrow screen, where only about five labels fit. */
  narrow: boolean;
}

export interface ScheduleTimeline {
  from: CalendarDate;
  to: CalendarDate;
  rows: TimelineRow[];
  markers: TimelineMarker[];
  ticks: TimelineTick[];
  /** The text equivalent: every marker and mark in date order, one line each. */
  lines: string[];
}

/** A lab result or screening entry on file, as the timeline places it. */
interface OnFile {
  test: LabTestId | ScheduleItemId;
  family: TestFamily;
  date: CalendarDate;
  words: string;
}

const statusWords: Readonly<Record<ScheduleItem["status"], string>> = {
  due: "due",
  done: "done",
  overdue: "overdue",
};

const isLabTest = (test: string): test is LabTestId => (labTestIds as readonly string[]).includes(test);

// The panel each analyte is reported in, from the engine's own table.
const panelOfAnalyte = new Map<LabTestId, ScheduleItemId>(
  Object.entries(panelAnalytes).flatMap(([panel, tests]) => tests.map((test) => [test, panel as ScheduleItemId])),
);

const byDate = (a: { date: CalendarDate }, b: { date: CalendarDate }) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : 0;

/** The result a finding judges (a lab value or a screening entry): its test and the date the engine gives. */
function citedResult(finding: Finding): { test: string; date: string } | undefined {
  return finding.test !== undefined && finding.resultDate !== undefined
    ? { test: finding.test, date: finding.resultDate }
    : undefined;
}

function resultsOnFile(request: PlanRequest): OnFile[] {
  const labs = (request.labs ?? []).map((lab) => ({
    test: lab.test,
    // Every analyte is reported in a panel (tests/planner/schedule-timeline.test.ts).
    family: testFamilyOf[panelOfAnalyte.get(lab.test)!],
    date: lab.date,
    words: analyteShortName(lab.test),
  }));
  const screening = (request.screening ?? []).map((entry) => ({
    test: entry.test,
    family: testFamilyOf[entry.test],
    date: entry.date,
    words: `${screeningTestNames[entry.test]} ${entry.result}`,
  }));
  return [...labs, ...screening].sort(byDate);
}

/** Whether a done item is answered by this result: its analyte or test, within its window. */
function answers(item: ScheduleItem, visitDate: CalendarDate, startDate: CalendarDate, result: OnFile): boolean {
  if (item.status !== "done") return false;
  const covers = isLabTest(result.test) ? panelOfAnalyte.get(result.test) === item.test : result.test === item.test;
  if (!covers) return false;
  if (item.resultWindow) return result.date >= item.resultWindow.from && result.date <= item.resultWindow.to;
  // Baseline items are answered by anything on file up to the start; later ones by their own day's.
  return visitDate <= startDate ? result.date <= startDate : result.date === visitDate;
}

function mostSevere(actions: readonly FindingAction[]): FindingAction | "nothing" {
  return findingActions.find((action) => actions.includes(action)) ?? "nothing";
}

function triggeredWords(triggered: FindingAction | "nothing"): string {
  return triggered === "nothing" ? "triggered no finding" : `triggered: ${actionLabels[triggered]}`;
}

/** Month starts on the axis, a step of 1 to 12 months so that at most 15 fit. */
function monthTicks(from: CalendarDate, to: CalendarDate, x: (date: CalendarDate) => number): TimelineTick[] {
  const months = (dayNumber(to) - dayNumber(from)) / 30.44;
  const step = [1, 2, 3, 6, 12].find((candidate) => months / candidate <= 14) ?? 12;
  // The first month start on or after `from` whose month is a multiple of the step (Jan, Apr, Jul, Oct for 3).
  let date = addDays(from, 1 - calendarParts(from).day);
  if (date < from) date = addMonths(date, 1);
  while ((calendarParts(date).month - 1) % step !== 0) date = addMonths(date, 1);
  const dates: CalendarDate[] = [];
  for (; date <= to; date = addMonths(date, step)) dates.push(date);
  const every = Math.ceil(dates.length / 5);
  return dates.map((tick, index) => ({
    date: tick,
    x: x(tick),
    month: formatShortMonth(tick),
    year: String(calendarParts(tick).year),
    newYear: index === 0 || calendarParts(tick).month === 1,
    narrow: index % every === 0,
  }));
}

/**
 * The schedule as a picture: a row per family of tests, each visit a mark at its true date
 * between the earliest and the latest date on the plan or on file (at least from the start to
 * the end of the schedule); the start, the dose changes and "today" drawn across; and, for
 * results on file, the most severe finding they triggered. `lines` says the same in words.
 */
export function scheduleTimeline(plan: Plan, request: PlanRequest): ScheduleTimeline {
  const results = resultsOnFile(request);
  const doseChanges = [...(request.doseChanges ?? [])].sort(byDate);
  const dates = [
    plan.startDate,
    plan.horizonEndDate,
    ...plan.visits.map((visit) => visit.date),
    ...results.map((result) => result.date),
    ...doseChanges.map((change) => change.date),
  ];
  const from = dates.reduce((a, b) => (a < b ? a : b));
  const to = dates.reduce((a, b) => (a > b ? a : b));
  const first = dayNumber(from);
  const span = dayNumber(to) - first;
  const x = (date: CalendarDate) => (dayNumber(date) - first) / span;

  const triggeredBy = new Map<string, FindingAction[]>();
  for (const finding of plan.findings) {
    const cited = citedResult(finding);
    if (!cited) continue;
    const key = `${cited.test}|${cited.date}`;
    triggeredBy.set(key, [...(triggeredBy.get(key) ?? []), finding.action]);
  }
  const triggeredFor = (behind: readonly OnFile[]) =>
    mostSevere(behind.flatMap((result) => triggeredBy.get(`${result.test}|${result.date}`) ?? []));

  // Each result stands behind the first done visit it answers, or else behind a mark of its own.
  const unanswered = new Set(results);
  const marks: TimelineMark[] = [];
  for (const visit of plan.visits) {
    for (const family of testFamilies) {
      const items = visit.items.filter((item) => testFamilyOf[item.test] === family);
      if (items.length === 0) continue;
      const behind = [...unanswered].filter((result) =>
        items.some((item) => answers(item, visit.date, plan.startDate, result)),
      );
      for (const result of behind) unanswered.delete(result);
      const status = items.some((item) => item.status === "overdue")
        ? "overdue"
        : items.some((item) => item.status === "due")
          ? "due"
          : "done";
      const triggered = behind.length > 0 ? triggeredFor(behind) : undefined;
      const tests = items.map((item) => `${scheduleItemNames[item.test]} ${statusWords[item.status]}`).join(", ");
      marks.push({
        family,
        date: visit.date,
        x: x(visit.date),
        status,
        ...(triggered ? { triggered } : {}),
        label: `${formatHumanDate(visit.date)}, ${visit.label} — ${testFamilyNames[family]}: ${tests}${triggered ? `; results ${triggeredWords(triggered)}` : ""}.`,
      });
    }
  }
  const resultMarks = new Map<string, OnFile[]>();
  for (const result of unanswered) {
    const key = `${result.family}|${result.date}`;
    resultMarks.set(key, [...(resultMarks.get(key) ?? []), result]);
  }
  for (const behind of resultMarks.values()) {
    const { family, date } = behind[0]!;
    const triggered = triggeredFor(behind);
    marks.push({
      family,
      date,
      x: x(date),
      status: "result",
      triggered,
      label: `${formatHumanDate(date)}, result on file — ${testFamilyNames[family]}: ${behind.map((result) => result.words).join(", ")}; ${triggeredWords(triggered)}.`,
    });
  }

  const drugName = drugRules[plan.drug].name;
  // In date order, the start first on a shared date: the picture staggers neighbours' labels.
  const markers: TimelineMarker[] = [
    {
      kind: "start" as const,
      date: plan.startDate,
      x: x(plan.startDate),
      shortLabel: "Start",
      label: `${formatHumanDate(plan.startDate)} — Start of ${drugName}${request.doseMg === undefined ? "" : `, ${request.doseMg} mg a day`}.`,
    },
    ...doseChanges.map((change) => ({
      kind: "dose-change" as const,
      date: change.date,
      x: x(change.date),
      shortLabel: change.doseMg === 0 ? "Interrupted" : `${change.doseMg} mg`,
      label: `${formatHumanDate(change.date)} — ${change.doseMg === 0 ? `${sentenceCase(drugName)} interrupted (0 mg)` : `Dose changed to ${change.doseMg} mg a day`}.`,
    })),
    ...(plan.asOf !== undefined && plan.asOf >= from && plan.asOf <= to
      ? [
          {
            kind: "today" as const,
            date: plan.asOf,
            x: x(plan.asOf),
            shortLabel: "Today",
            label: `${formatHumanDate(plan.asOf)} — Today: statuses are judged as of this date.`,
          },
        ]
      : []),
  ].sort(byDate);

  const rows = testFamilies
    .map((family) => ({
      family,
      name: testFamilyNames[family],
      marks: marks.filter((mark) => mark.family === family).sort(byDate),
    }))
    .filter((row) => row.marks.length > 0);
  // Markers first on a shared date (the start comes before its baseline visit), then rows top to bottom.
  const lines = [...markers, ...rows.flatMap((row) => row.marks)]
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => byDate(a.entry, b.entry) || a.order - b.order)
    .map(({ entry }) => entry.label);
  return { from, to, rows, markers, ticks: monthTicks(from, to, x), lines };
}
