import type { Cited, LabTestId } from "@/rules/types";
import type { CalendarDate } from "@/lib/dates/calendar-date";
import type { LabResult } from "@/lib/contract/plan-request";
import { isBelow } from "@/lib/units/convert";
import { analyteShortName, formatResult } from "@/lib/units/format";
import { renalFactsRead } from "./conditions";
import { appliesInRegion, type PlanContext } from "./context";
import { findingFrom } from "./findings";
import { decidingLiverResult } from "./liver-injury";
import { isWorseResult } from "./same-day";
import { citationsOf } from "./sources";
import type { Finding } from "@/lib/contract/plan";

/** The same result: one value (in any unit) with the same laboratory limit. */
const sameResult = (a: LabResult, b: LabResult) => !isBelow(a.test, a, b) && !isBelow(a.test, b, a) && a.uln === b.uln;

/**
 * The drug's rules that read `test`'s result of `date`, the way the plan reads results: the
 * baseline day against the start limits (and as the reference of a fall); every day after the
 * start against the limits during treatment; a liver enzyme's latest day after the start against
 * the liver-injury signal; the creatinine a calculated clearance was worked out from.
 */
function rulesReading(
  test: LabTestId,
  date: CalendarDate,
  liverDay: CalendarDate | undefined,
  context: PlanContext,
): Cited[] {
  const { rules } = context;
  const ofTest = (rule: { test: LabTestId }) => rule.test === test;
  const reading: Cited[] = [];
  if (date <= context.startDate && context.baselineLabs.get(test)?.date === date)
    reading.push(...rules.startThresholds.filter(ofTest), ...(rules.trendRules ?? []).filter(ofTest));
  if (date > context.startDate) {
    reading.push(...rules.treatmentThresholds.filter(ofTest), ...(rules.trendRules ?? []).filter(ofTest));
    if (rules.liverInjury && liverDay === date) reading.push(rules.liverInjury);
  }
  if (test === "creatinine" && context.creatinineClearance?.calculatedFrom?.creatinineDate === date)
    reading.push(
      ...[...rules.patientRules, ...(rules.doseAdjustments ?? [])].filter((rule) =>
        renalFactsRead(rule.when).has("crcl"),
      ),
    );
  return reading.filter((rule) => appliesInRegion(rule, context));
}

/**
 * Two different results of one analyte on one day that the plan reads: it follows the worse
 * (same-day.ts), whatever order they came in, and says so here, as it does for screening
 * results. One may be entered in error, and a value the plan set aside should not vanish
 * without a word. A day no rule of the drug reads gets nothing: nothing was decided on it.
 */
export function sameDayLabDisagreements(context: PlanContext): Finding[] {
  const byDay = new Map<string, LabResult[]>();
  let repeated = false;
  for (const lab of context.request.labs ?? []) {
    const key = `${lab.test} ${lab.date}`;
    const day = byDay.get(key);
    if (day) {
      day.push(lab);
      repeated = true;
    } else byDay.set(key, [lab]);
  }
  // Most plans have one result per analyte and day: nothing to compare, nothing to sort.
  if (!repeated) return [];
  const findings: Finding[] = [];
  // In analyte and date order, so the order the labs were sent in never shows.
  for (const [, results] of [...byDay].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const worst = results.reduce((worse, result) => (isWorseResult(result, worse) ? result : worse));
    // A liver enzyme's latest day is decided by the liver-injury check's own reading of it.
    const deciding =
      worst.test === "alt" || worst.test === "ast" ? decidingLiverResult(context, worst.test) : undefined;
    const counted = deciding?.date === worst.date ? deciding : worst;
    const others = results.filter((result) => !sameResult(result, counted));
    if (others.length === 0) continue;
    const reading = rulesReading(counted.test, counted.date, deciding?.date, context);
    if (reading.length > 0) findings.push(disagreement(counted, others, reading, context));
  }
  return findings;
}

/** A result as the caution lists it: with the laboratory's upper limit of normal, where it was given. */
const resultWords = (result: LabResult) =>
  `${formatResult(result)}${result.uln === undefined ? "" : ` against an upper limit of ${formatResult({ value: result.uln, unit: result.unit })}`}`;

function disagreement(
  counted: LabResult,
  others: readonly LabResult[],
  reading: readonly Cited[],
  context: PlanContext,
): Finding {
  // The check is the app's own, not a label's: it cites the rules the results feed.
  const cited: Cited = {
    id: `${context.rules.id}.labs.${counted.test}-same-day-disagreement`,
    evidence: "consensus",
    sources: citationsOf(reading),
  };
  // One value in two units is listed once, the same one whatever the order the labs came in.
  const listed: LabResult[] = [];
  const byWords = (a: LabResult, b: LabResult) =>
    resultWords(a) < resultWords(b) ? -1 : resultWords(a) > resultWords(b) ? 1 : 0;
  for (const result of [...others].sort(byWords))
    if (!listed.some((shown) => sameResult(shown, result))) listed.push(result);
  const countedWords = resultWords(counted);
  const otherWords = [...new Set(listed.map(resultWords))].sort();
  return findingFrom(
    cited,
    "caution",
    `Results of ${analyteShortName(counted.test)} drawn on ${counted.date} disagree (${[countedWords, ...otherWords].join("; ")}): the plan follows the more cautious one (${countedWords}). If one was entered in error, correct it.`,
    counted.test,
    counted.date,
  );
}
