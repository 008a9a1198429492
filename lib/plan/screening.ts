import {
  screeningTestIds,
  type Cited,
  type ScreeningReading,
  type ScreeningRule,
  type ScreeningTestId,
} from "@/rules/types";
import type { ScreeningEntry } from "@/lib/contract/plan-request";
import { appliesInRegion, type PlanContext } from "./context";
import { findingFrom } from "./findings";
import { citationsOf } from "./sources";
import type { Finding } from "@/lib/contract/plan";
import { screeningReadingNames, screeningTestNames } from "@/lib/words/screening";

/**
 * How a rule reads a result: its interpretation, "unassessed" for a positive result without
 * one, and "latent-treated" for latent TB whose preventive treatment had started by the
 * time that matters — the start date for a result before it, the plan's "today" after it.
 */
function readingOf(entry: ScreeningEntry, onTreatment: boolean, context: PlanContext): ScreeningReading | undefined {
  if (entry.result !== "positive") return undefined;
  if (entry.interpretation === "latent" && entry.preventiveTreatmentStarted !== undefined) {
    const by = onTreatment ? context.today : context.startDate;
    if (entry.preventiveTreatmentStarted <= by) return "latent-treated";
  }
  return entry.interpretation ?? "unassessed";
}

function describeEntry(entry: ScreeningEntry, reading: ScreeningReading | undefined): string {
  const words = entry.interpretation ? `, ${screeningReadingNames[entry.interpretation]}` : "";
  const treated =
    reading === "latent-treated" ? `, preventive treatment started ${entry.preventiveTreatmentStarted}` : "";
  return `(Result of ${entry.date}${words}${treated}.)`;
}

function matches(
  rule: ScreeningRule,
  entry: ScreeningEntry,
  reading: ScreeningReading | undefined,
  onTreatment: boolean,
): boolean {
  if (rule.test !== entry.test || rule.result !== entry.result) return false;
  if (rule.phase !== undefined && rule.phase !== (onTreatment ? "on-treatment" : "before-start")) return false;
  return rule.readings === undefined || (reading !== undefined && rule.readings.includes(reading));
}

/**
 * Screening results at any date: the latest result of each test decides. One dated on or
 * before the start is checked by the drug's before-start rules (do not start in active TB,
 * hold until latent TB is treated, …); one dated after the start by its on-treatment rules
 * (a positive TB test during treatment holds the drug), on the date it was taken. The first
 * rule that matches applies.
 */
export function checkScreening(context: PlanContext): Finding[] {
  const findings: Finding[] = [];
  // In the contract's order of tests, never the order the request listed them in.
  for (const test of screeningTestIds) {
    const entry = context.latestScreening.get(test);
    if (!entry) continue;
    const onTreatment = entry.date > context.startDate;
    const reading = readingOf(entry, onTreatment, context);
    const rule = context.rules.screeningRules.find(
      (candidate) => appliesInRegion(candidate, context) && matches(candidate, entry, reading, onTreatment),
    );
    if (rule)
      findings.push(
        findingFrom(rule, rule.action, `${rule.advice} ${describeEntry(entry, reading)}`, rule.test, entry.date),
      );
    const disagreement = sameDayDisagreement(test, entry, rule, context);
    if (disagreement) findings.push(disagreement);
  }
  return findings;
}

/** A result as the disagreement names it: "positive, latent TB". */
function resultWords(entry: ScreeningEntry): string {
  return entry.interpretation === undefined
    ? entry.result
    : `${entry.result}, ${screeningReadingNames[entry.interpretation]}`;
}

/**
 * Results of one test on the day that decides that read differently (negative and positive,
 * latent and active TB): the plan follows the more cautious one (same-day.ts), and says so,
 * because one may be entered in error, or two tests may need one combined result. Only the
 * results and their interpretations are compared, not a treatment date. It cites the rules that
 * read the test; a test no rule of the drug reads changes nothing, so it gets none.
 */
function sameDayDisagreement(
  test: ScreeningTestId,
  counted: ScreeningEntry,
  rule: ScreeningRule | undefined,
  context: PlanContext,
): Finding | undefined {
  const counts = resultWords(counted);
  const others = new Set(
    (context.request.screening ?? [])
      .filter((entry) => entry.test === test && entry.date === counted.date)
      .map(resultWords)
      .filter((words) => words !== counts),
  );
  if (others.size === 0) return undefined;
  const readers = rule
    ? [rule]
    : context.rules.screeningRules.filter(
        (candidate) => candidate.test === test && appliesInRegion(candidate, context),
      );
  if (readers.length === 0) return undefined;
  // The check is the app's own, not a label's: the rules it cites are those the results feed.
  const cited: Cited = {
    id: `${context.rules.id}.screening.${test}-same-day-disagreement`,
    evidence: "consensus",
    sources: citationsOf(readers),
  };
  const results = [counts, ...[...others].sort()].join("; ");
  return findingFrom(
    cited,
    "caution",
    `Results of the ${screeningTestNames[test]} taken on ${counted.date} disagree (${results}): the plan follows the more cautious one (${counts}). If these are two different tests, record their combined result in one entry; otherwise correct the one entered in error.`,
    test,
    counted.date,
  );
}
