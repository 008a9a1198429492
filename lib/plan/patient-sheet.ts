import { drugRules } from "@/rules";
import type { DrugId, LabTestId, ScheduleItemId } from "@/rules/types";
import type { CalendarDate } from "@/lib/dates/calendar-date";
import { formatHumanDate } from "@/lib/dates/human-date";
import { panelAnalytes } from "./context";
import { plainWords } from "@/lib/words/plain-words";
import { patientStopInstruction, patientStopReason, strongestStopAction } from "./stop-actions";
import type { Plan } from "@/lib/contract/plan";

/** One line of the patient's sheet: a date (or none: "as your clinic arranges") and what is due. */
export interface SheetVisit {
  date?: CalendarDate;
  label: string;
  items: { test: ScheduleItemId; words: string; overdue: boolean }[];
}

/** The day of the first dose, in the patient's words ("Start taking abrocitinib"). */
export interface SheetStart {
  date: CalendarDate;
  words: string;
}

/** What the patient reads, on paper and in the calendar file: the same words in both. */
export interface PatientSheet {
  /** When a finding says stop: the instruction that leads the sheet. */
  stop?: { instruction: string; reason: string };
  /** The first dose; absent when a finding says stop, so the sheet never reads as "go ahead". */
  start?: SheetStart;
  visits: SheetVisit[];
  /** Tests that are due but not dated on this sheet, in the patient's words. */
  notOnSheet: string[];
}

function sheetItemOf(test: string): ScheduleItemId | undefined {
  if (test in plainWords) return test as ScheduleItemId;
  const panel = (Object.keys(panelAnalytes) as (keyof typeof panelAnalytes)[]).find((id) =>
    panelAnalytes[id].includes(test as LabTestId),
  );
  return panel;
}

/** How an overdue test reads, after its name, on paper and in the calendar. */
const overdueWords = "overdue, please book";

/** One test of a sheet visit as the patient reads it: its plain words, and whether it is overdue. */
export function sheetItemText(item: SheetVisit["items"][number]): string {
  return item.overdue ? `${item.words} — ${overdueWords}` : item.words;
}

/**
 * The first dose in plain words: "Start taking" a tablet, "Start using" a cream; "Started" once
 * the plan's today (`asOf`) is past the start date, for a sheet printed at a later visit.
 */
function sheetStart(plan: Plan): SheetStart {
  const rules = drugRules[plan.drug];
  const started = plan.asOf !== undefined && plan.asOf > plan.startDate;
  const verb = rules.route === "topical" ? "using" : "taking";
  return { date: plan.startDate, words: `${started ? "Started" : "Start"} ${verb} ${rules.name}` };
}

const listed = (words: readonly string[]) =>
  words.map((word) => word.charAt(0).toLowerCase() + word.slice(1)).join(", ");

/**
 * The patient's sheet from a plan. Normally the visits still to do, in date order. When a
 * finding says do not start, interrupt or discontinue, the sheet leads with the stop
 * instruction and lists only what matters next — the rechecks the plan dates, and the tests
 * behind the stop and those still due before the first dose "as your clinic arranges" — instead
 * of routine visits and the next vaccine
 * dose as if nothing had happened. Tests the plan leaves to the clinic (a routine interval not
 * chosen, a check after the sheet's end) are named, never left out in silence.
 */
export function patientSheet(plan: Plan): PatientSheet {
  const drugName = drugRules[plan.drug as DrugId]?.name ?? plan.drug;
  const stopAction = strongestStopAction(plan.findings);
  const dueVisits = plan.visits
    .map((visit) => ({
      date: visit.date,
      label: visit.label,
      items: visit.items
        .filter((item) => item.status !== "done")
        .map((item) => ({ item, test: item.test, words: plainWords[item.test], overdue: item.status === "overdue" })),
    }))
    .filter((visit) => visit.items.length > 0);

  if (stopAction) {
    const stopping = plan.findings.filter((finding) => finding.action === stopAction);
    const rechecks = dueVisits
      .map((visit) => ({ ...visit, items: visit.items.filter(({ item }) => item.recheckOf !== undefined) }))
      .filter((visit) => visit.items.length > 0);
    const dated = new Set(rechecks.flatMap((visit) => visit.items.map((entry) => entry.test)));
    // The tests the label asks for before the first dose and not yet done (TB, hepatitis) are still
    // needed whatever the clinic decides about the stop: they are named too.
    const beforeStart = dueVisits
      .filter((visit) => visit.date <= plan.startDate)
      .flatMap((visit) => visit.items.filter(({ item }) => item.kind === "lab" || item.kind === "screening"))
      .map(({ test }) => test);
    const undatedTests = [
      ...new Set(
        [
          ...stopping.map((finding) => (finding.test === undefined ? undefined : sheetItemOf(finding.test))),
          ...beforeStart,
        ].filter((test): test is ScheduleItemId => test !== undefined && !dated.has(test)),
      ),
    ];
    const visits: SheetVisit[] = rechecks.map(({ date, label, items }) => ({
      date,
      label,
      items: items.map(({ test, words, overdue }) => ({ test, words, overdue })),
    }));
    if (undatedTests.length) {
      visits.push({
        label: "As your clinic arranges",
        items: undatedTests.map((test) => ({ test, words: plainWords[test], overdue: false })),
      });
    }
    return {
      stop: { instruction: patientStopInstruction(stopAction, drugName), reason: patientStopReason },
      visits,
      notOnSheet: visits.length === 0 ? ["Your clinic will contact you about what happens next."] : [],
    };
  }

  const notOnSheet: string[] = [];
  const routine = plan.findings.find(
    (finding) => finding.action === "missing" && finding.ruleId === `${plan.drug}.routine`,
  );
  const routineItems = drugRules[plan.drug as DrugId]?.routineMonitoring?.items ?? [];
  if (routine && routineItems.length) {
    notOnSheet.push(
      `Regular blood tests (${listed(routineItems.map((item) => plainWords[item]))}): your clinic will arrange them; they are not on this sheet.`,
    );
  }
  for (const { test, dueOn } of plan.findings) {
    const item = test === undefined ? undefined : sheetItemOf(test);
    if (item && dueOn)
      notOnSheet.push(
        `${plainWords[item]}: due ${formatHumanDate(dueOn)}, after this sheet ends; your clinic will book it.`,
      );
  }
  return {
    start: sheetStart(plan),
    visits: dueVisits.map(({ date, label, items }) => ({
      date,
      label,
      items: items.map(({ test, words, overdue }) => ({ test, words, overdue })),
    })),
    notOnSheet,
  };
}
