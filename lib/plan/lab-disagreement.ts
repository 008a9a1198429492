import type { Cited, LabTestId } from "@/rules/types";
import type { CalendarDate } from "@/lib/dates/calendar-date";
import type { LabResult } from "@/lib/contract/plan-request";
import { isBelow } from "@/lib/units/convert";
import { analyteShortName, formatResult } from "@/lib/units/format";
import { appliesInRegion, type PlanContext } from "./context";
import { findingFrom } from "./findings";
import { countsInstead } from "./same-day";
import { citationsOf } from "./sources";
import type { Finding } from "@/lib/contract/plan";

/** The analytes whose rules act on a rise (liver injury, kidney function): the higher result is the worse. */
const worseWhenHigher: ReadonlySet<LabTestId> = new Set(["alt", "ast", "creatinine"]);

/** The drug's rules that judge a value of `test`: a start limit, a limit or fall during treatment, liver injury. */
function rulesJudging(test: LabTestId, context: PlanContext): Cited[] {
  const { rules } = context;
  const judging: Cited[] = [
    ...rules.startThresholds.filter((rule) => rule.test === test),
    ...rules.treatmentThresholds.filter((rule) => rule.test === test),
    ...(rules.trendRules ?? []).filter((rule) => rule.test === test),
    ...(rules.liverInjury && (rules.liverInjury.tests as readonly LabTestId[]).includes(test)
      ? [rules.liverInjury]
      : []),
  ];
  return judging.filter((rule) => appliesInRegion(rule, context));
}

/**
 * Two different results of one analyte on one day: the plan reads the worse one (same-day.ts),
 * whatever order they came in, and says so here, as it does for screening results. One may be
 * entered in error, and a value the plan set aside should not vanish without a word. Only
 * analytes a rule of the drug judges get the finding: for the others nothing was decided.
 */
export function sameDayLabDisagreements(context: PlanContext): Finding[] {
  const byDay = new Map<string, LabResult[]>();
  for (const lab of context.request.labs ?? []) {
    const key = `${lab.test} ${lab.date}`;
    byDay.set(key, [...(byDay.get(key) ?? []), lab]);
  }
  const findings: Finding[] = [];
  // In analyte and date order, so the order the labs were sent in never shows.
  for (const [, results] of [...byDay].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [first] = results;
    if (!first || results.length < 2) continue;
    const test = first.test;
    const differs = results.some((result) => isBelow(test, result, first) || isBelow(test, first, result));
    const judging = differs ? rulesJudging(test, context) : [];
    if (judging.length === 0) continue;
    const isWorse = countsInstead(worseWhenHigher.has(test) ? "higher" : "lower");
    const counted = results.reduce((worst, result) => (isWorse(result, worst) ? result : worst));
    findings.push(disagreement(test, first.date, counted, results, judging, context));
  }
  return findings;
}

function disagreement(
  test: LabTestId,
  date: CalendarDate,
  counted: LabResult,
  results: readonly LabResult[],
  judging: readonly Cited[],
  context: PlanContext,
): Finding {
  // The check is the app's own, not a label's: it cites the rules the results feed.
  const cited: Cited = {
    id: `${context.rules.id}.labs.${test}-same-day-disagreement`,
    evidence: "consensus",
    sources: citationsOf(judging),
  };
  const countedWords = formatResult(counted);
  // The same value in another unit is no disagreement.
  const differing = results.filter((result) => isBelow(test, result, counted) || isBelow(test, counted, result));
  const others = [...new Set(differing.map(formatResult))].sort();
  const direction = worseWhenHigher.has(test) ? "higher" : "lower";
  return findingFrom(
    cited,
    "caution",
    `Results of ${analyteShortName(test)} drawn on ${date} disagree (${[countedWords, ...others].join("; ")}): the plan follows the ${direction} one (${countedWords}). If one was entered in error, correct it.`,
    test,
    date,
  );
}
