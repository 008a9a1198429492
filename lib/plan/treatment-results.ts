import type { DrugRules, LabTestId, PlanRegion, TreatmentThresholdRule, TrendRule } from "@/rules/types";
import { addWeeks, type CalendarDate } from "@/lib/dates/calendar-date";
import { convert, isAbove, isAtLeast, isBelow } from "@/lib/units/convert";
import {
  analyteShortName,
  formatLimitWithLabel,
  formatQuantity,
  formatResult,
  formatWithLabelUnit,
  sentenceCase,
} from "@/lib/units/format";
import type { LabResult } from "@/lib/contract/plan-request";
import { appliesInRegion, panelAnalytes, type PlanContext } from "./context";
import { findingFrom } from "./findings";
import { resultWindowFor } from "./result-window";
import { countsInstead } from "./same-day";
import { scheduleItemFrom, type DatedItem } from "./schedule-item";
import type { Finding } from "@/lib/contract/plan";

/** A during-treatment rule that a result can break: a limit, or a fall from baseline. */
type TreatmentRule = (TreatmentThresholdRule & { kind: "limit" }) | (TrendRule & { kind: "fall" });

const actionRank = { discontinue: 0, interrupt: 1, "reduce-dose": 2 } as const;

const isLowerResult = countsInstead("lower");

/** One result per day: two results on one day count as the worse (lower) of the two. */
function dailyResults(results: readonly LabResult[]): LabResult[] {
  const byDay = new Map<CalendarDate, LabResult>();
  for (const result of results) {
    const current = byDay.get(result.date);
    if (!current || isLowerResult(result, current)) byDay.set(result.date, result);
  }
  return [...byDay.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function breaks(rule: TreatmentRule, result: LabResult, baseline: LabResult | undefined): boolean {
  if (rule.kind === "limit")
    return rule.inclusive ? !isAbove(rule.test, result, rule.below) : isBelow(rule.test, result, rule.below);
  if (!baseline) return false;
  const fall =
    convert(rule.test, baseline, rule.fallOfMoreThan.unit) - convert(rule.test, result, rule.fallOfMoreThan.unit);
  return fall > rule.fallOfMoreThan.value * (1 + 1e-9);
}

function describe(rule: TreatmentRule, result: LabResult, baseline: LabResult | undefined): string {
  const labelUnit = rule.kind === "limit" ? rule.below.unit : rule.fallOfMoreThan.unit;
  const value = `${sentenceCase(analyteShortName(rule.test))} ${formatWithLabelUnit(rule.test, result, labelUnit)} on ${result.date}`;
  if (rule.kind === "limit")
    return `${value} is ${rule.inclusive ? "at or below" : "below"} ${formatLimitWithLabel(rule.test, rule.below, result.unit)}`;
  const from = baseline ? ` from the baseline ${formatResult(baseline)} (${baseline.date})` : "";
  return `${value} is a fall of more than ${formatQuantity(rule.fallOfMoreThan)}${from}`;
}

/** The rules a result breaks, most severe first. */
function broken(rules: readonly TreatmentRule[], result: LabResult, baseline: LabResult | undefined): TreatmentRule[] {
  return rules
    .filter((rule) => breaks(rule, result, baseline))
    .sort((a, b) => actionRank[a.action] - actionRank[b.action]);
}

/** How many of the latest results in a row break the rule: a confirmation needs the repeat itself to break it. */
function trailingBreaks(rule: TreatmentRule, run: readonly LabResult[], baseline: LabResult | undefined): number {
  let count = 0;
  for (let index = run.length - 1; index >= 0 && breaks(rule, run[index]!, baseline); index -= 1) count += 1;
  return count;
}

function hasRecovered(rule: TreatmentRule, result: LabResult): boolean | undefined {
  if (rule.kind !== "limit") return undefined;
  if (rule.restartAtLeast) return isAtLeast(rule.test, result, rule.restartAtLeast);
  if (rule.restartAbove) return isAbove(rule.test, result, rule.restartAbove);
  return undefined;
}

function panelOf(test: LabTestId) {
  return (
    (Object.keys(panelAnalytes) as (keyof typeof panelAnalytes)[]).find((panel) =>
      panelAnalytes[panel].includes(test),
    ) ?? "cbc"
  );
}

// The rules are fixed data: each drug's are grouped by analyte once per label region.
const rulesByTest = new WeakMap<
  DrugRules,
  Partial<Record<PlanRegion, ReadonlyMap<LabTestId, readonly TreatmentRule[]>>>
>();

/** The drug's during-treatment rules that apply in the plan's region, by analyte, in rule order. */
function treatmentRulesByTest(context: PlanContext): ReadonlyMap<LabTestId, readonly TreatmentRule[]> {
  const byRegion = rulesByTest.get(context.rules) ?? {};
  rulesByTest.set(context.rules, byRegion);
  let grouped = byRegion[context.region];
  if (grouped === undefined) {
    const rules: TreatmentRule[] = [
      ...context.rules.treatmentThresholds.map((rule) => ({ ...rule, kind: "limit" as const })),
      ...(context.rules.trendRules ?? []).map((rule) => ({ ...rule, kind: "fall" as const })),
    ].filter((rule) => appliesInRegion(rule, context));
    const groups = new Map<LabTestId, TreatmentRule[]>();
    for (const rule of rules) groups.set(rule.test, [...(groups.get(rule.test) ?? []), rule]);
    grouped = groups;
    byRegion[context.region] = grouped;
  }
  return grouped;
}

/** What starts the words a discontinuation gains from a later result that is no longer below its limit. */
const latestResultLead = "Latest result: ";
/** What starts the request for a recheck interval, asked while a result is below its limit. */
const recheckIntervalLead = "Choose a recheck interval";

/**
 * A finding's words without what a later result no longer below the limit added to them (and the
 * request for a recheck interval, which it ends): the same discontinuation before and after a normal
 * result, for the register to tell what each result raised.
 */
export function wordsBeforeLatestResult(message: string): string {
  const ends = [` ${latestResultLead}`, ` ${recheckIntervalLead}`]
    .map((lead) => message.indexOf(lead))
    .filter((at) => at >= 0);
  return ends.length ? message.slice(0, Math.min(...ends)) : message;
}

/** A recheck of a result at the clinician's interval (the labels give none). */
function recheckOf(rule: TreatmentRule, test: LabTestId, latest: LabResult, weeks: number): DatedItem {
  const date = addWeeks(latest.date, weeks);
  return {
    date,
    label: `Recheck ${analyteShortName(test)}`,
    item: scheduleItemFrom(
      rule,
      panelOf(test),
      `Recheck ${analyteShortName(test)} ${weeks} week${weeks === 1 ? "" : "s"} after ${formatResult(latest)} on ${latest.date} (interval chosen by the clinician). ${rule.restartWhen ?? ""}`.trim(),
      { recheckOf: { test, after: latest.date }, resultWindow: resultWindowFor(date, latest.date) },
    ),
  };
}

/**
 * Results dated after the start date against the drug's during-treatment rules, analyte by
 * analyte in date order. The latest result decides what is active now:
 * - below a limit → the rule's action (a rule that asks for confirmation acts only when two
 *   consecutive results break it; a single one asks for a repeat), with the restart condition
 *   and, when the clinician set an interval, a dated recheck;
 * - back within limits after an interruption → whether the restart condition is met;
 * - a discontinuation stays: a later normal result does not undo it.
 */
export function checkTreatmentResults(context: PlanContext): { findings: Finding[]; items: DatedItem[] } {
  const findings: Finding[] = [];
  const items: DatedItem[] = [];
  const drugName = context.rules.name;
  const followUpLabs = new Map<LabTestId, LabResult[]>();
  for (const lab of context.request.labs ?? []) {
    if (lab.date <= context.startDate) continue;
    const ofTest = followUpLabs.get(lab.test);
    if (ofTest) ofTest.push(lab);
    else followUpLabs.set(lab.test, [lab]);
  }
  const recheckWeeks = context.request.recheckAfterWeeks;

  for (const [test, testRules] of treatmentRulesByTest(context)) {
    const baseline = context.baselineLabs.get(test);
    const results = dailyResults(followUpLabs.get(test) ?? []);
    let discontinued: { rule: TreatmentRule; result: LabResult } | undefined;
    let lowRun: LabResult[] = [];
    let recovered: { rule: TreatmentRule; low: LabResult; result: LabResult; confirmed: boolean } | undefined;
    let lastActing: { rule: TreatmentRule; confirmed: boolean } | undefined;
    // A more severe rule the latest result breaks but that still awaits its confirming repeat.
    let awaitingConfirmation: TreatmentRule | undefined;

    for (const result of results) {
      const fired = broken(testRules, result, baseline);
      if (fired.length === 0) {
        const low = lowRun.at(-1);
        if (low && lastActing) recovered = { rule: lastActing.rule, low, result, confirmed: lastActing.confirmed };
        lowRun = [];
        lastActing = undefined;
        awaitingConfirmation = undefined;
        continue;
      }
      lowRun.push(result);
      recovered = undefined;
      // The most severe rule whose confirmation need is met by the run of low results.
      const acting = fired.find((rule) => !rule.confirmByRepeat || trailingBreaks(rule, lowRun, baseline) >= 2);
      lastActing = { rule: acting ?? fired[0]!, confirmed: acting !== undefined };
      awaitingConfirmation = acting && fired[0] !== acting ? fired[0] : undefined;
      if (acting?.action === "discontinue" && !discontinued) discontinued = { rule: acting, result };
    }

    const latest = results.at(-1);
    // The labels give no recheck interval: without the clinician's, the recheck is not dated.
    const recheckNote =
      recheckWeeks === undefined && lowRun.length > 0 ? ` ${recheckIntervalLead} to date the recheck.` : "";
    // A discontinuation the label follows up until a level: still short of it once no longer below the limit.
    const followUntil = discontinued?.rule.kind === "limit" ? discontinued.rule.followUntilAbove : undefined;
    const stillFollowing =
      followUntil !== undefined && latest !== undefined && lowRun.length === 0 && !isAbove(test, latest, followUntil);
    if (discontinued) {
      // Said only after a result no longer below the limit, where the label follows the test to a level.
      const followUp =
        followUntil === undefined
          ? ""
          : stillFollowing
            ? ` Not yet above ${formatQuantity(followUntil)}: keep following the test.${recheckWeeks === undefined ? ` ${recheckIntervalLead} to date the next one.` : ""}`
            : ` Now above ${formatQuantity(followUntil)}: the follow-up the label asks for is complete.`;
      // A later result still below the limit is said in the finding's own words (a new low result to
      // review); one that is no longer below it only follows them, after `latestResultLead`.
      const after =
        !latest || latest === discontinued.result
          ? ""
          : lowRun.length > 0
            ? ` Still below the limit: ${formatResult(latest)} on ${latest.date}.`
            : ` ${latestResultLead}${formatResult(latest)} on ${latest.date}.${followUp}`;
      findings.push(
        findingFrom(
          discontinued.rule,
          "discontinue",
          `${describe(discontinued.rule, discontinued.result, baseline)}: discontinue ${drugName}${discontinued.rule.confirmByRepeat ? " (confirmed by a repeat result)" : ""}. ${discontinued.rule.restartWhen ?? ""}${after}`.trim() +
            recheckNote,
          test,
          discontinued.result.date,
        ),
      );
    }
    if (latest && lowRun.length > 0 && lastActing) {
      const { rule, confirmed } = lastActing;
      if (!(confirmed && rule.action === "discontinue" && discontinued)) {
        const holding = !confirmed && rule.kind === "limit" && rule.untilConfirmed !== undefined;
        const message = confirmed
          ? `${describe(rule, latest, baseline)}: ${rule.action.replace("-", " ")} ${drugName}${rule.confirmByRepeat ? " (confirmed by a repeat result)" : ""}. ${rule.restartWhen ?? ""}`
          : holding
            ? `${describe(rule, latest, baseline)}: hold ${drugName} until a repeat test confirms or refutes it; if confirmed, ${rule.action.replace("-", " ")} ${drugName}. ${rule.restartWhen ?? ""}`
            : `${describe(rule, latest, baseline)}: repeat the test to confirm; if confirmed, ${rule.action.replace("-", " ")} ${drugName}. ${rule.restartWhen ?? ""}`;
        const action = confirmed
          ? rule.action
          : holding && rule.kind === "limit" && rule.untilConfirmed
            ? rule.untilConfirmed
            : "caution";
        findings.push(findingFrom(rule, action, `${message.trim()}${recheckNote}`, test, latest.date));
      }
      if (awaitingConfirmation) {
        findings.push(
          findingFrom(
            awaitingConfirmation,
            "caution",
            `${describe(awaitingConfirmation, latest, baseline)}: repeat the test to confirm; if confirmed, ${awaitingConfirmation.action.replace("-", " ")} ${drugName}.`,
            test,
            latest.date,
          ),
        );
      }
      if (recheckWeeks !== undefined) items.push(recheckOf(rule, test, latest, recheckWeeks));
    } else if (stillFollowing && discontinued && latest && recheckWeeks !== undefined) {
      items.push(recheckOf(discontinued.rule, test, latest, recheckWeeks));
    } else if (recovered && !discontinued) {
      const met = hasRecovered(recovered.rule, recovered.result);
      const after = `${sentenceCase(analyteShortName(test))} ${formatResult(recovered.result)} on ${recovered.result.date}, after ${formatResult(recovered.low)} on ${recovered.low.date}`;
      const message = !recovered.confirmed
        ? `${after}: the low result was not confirmed by the repeat.`
        : met === false
          ? `${after}: not yet back to the restart level. ${recovered.rule.restartWhen ?? ""}`
          : `${after}: ${met ? "the restart condition is met" : "check the restart condition"}. ${recovered.rule.restartWhen ?? ""}`;
      findings.push(findingFrom(recovered.rule, "info", message.trim(), test, recovered.result.date));
    }
  }
  return { findings, items };
}
