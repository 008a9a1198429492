import type { DoseAdjustmentRule } from "@/rules/types";
import { addWeeks, type CalendarDate } from "@/lib/dates/calendar-date";
import { evaluateCondition, isUnknown, renalFactsRead } from "./conditions";
import { appliesInRegion, type PlanContext } from "./context";
import { findingFrom } from "./findings";
import { waitFor, type WaitingOnFacts } from "./missing-facts";
import { withRenalBasis } from "./patient";
import { regionLabelName } from "@/lib/words/regions";
import type { Finding } from "@/lib/contract/plan";

const mg = (dose: number) => `${dose} mg a day`;

/** The finding for one dose step that applies to this patient, judged on the dose in effect. */
function judgeDose(
  rule: DoseAdjustmentRule,
  dose: { doseMg: number; since: CalendarDate },
  context: PlanContext,
): Finding {
  const { doseMg, since } = dose;
  const inEffect =
    since === context.startDate
      ? `The dose at the start is ${mg(doseMg)}.`
      : since > context.today
        ? `The dose recorded from ${since} is ${mg(doseMg)}.`
        : `The dose in effect since ${since} is ${mg(doseMg)}.`;
  const increase = rule.mayIncrease;
  const increasedInTime = increase !== undefined && since >= addWeeks(context.startDate, increase.afterWeeks);
  const max = increasedInTime ? increase.toMaxDoseMg : rule.maxDoseMg;
  if (doseMg > max) {
    const to = rule.adjusted?.find((step) => step.usualMg === doseMg)?.adjustedMg ?? rule.maxDoseMg;
    const early =
      increase !== undefined && doseMg <= increase.toMaxDoseMg && since > context.startDate
        ? ` An increase to ${mg(increase.toMaxDoseMg)} is allowed only from week ${increase.afterWeeks} (${addWeeks(context.startDate, increase.afterWeeks)}).`
        : "";
    return findingFrom(rule, "reduce-dose", `${rule.advice} ${inEffect} Reduce to ${mg(to)}.${early}`);
  }
  if (doseMg > rule.maxDoseMg) {
    return findingFrom(
      rule,
      "info",
      `${rule.advice} ${inEffect} The label allows this increase after week ${increase?.afterWeeks} when the response is inadequate.`,
    );
  }
  const asUsual = rule.adjusted?.find((step) => step.usualMg === doseMg);
  const asAdjusted = rule.adjusted?.find((step) => step.adjustedMg === doseMg);
  if (asUsual && asAdjusted) {
    return findingFrom(
      rule,
      "caution",
      `${rule.advice} ${inEffect} That is the label's dose only if it was lowered from ${mg(asAdjusted.usualMg)}; if ${mg(doseMg)} is the usual dose for this patient, the label's dose is ${mg(asUsual.adjustedMg)}.`,
    );
  }
  return findingFrom(rule, "info", `${rule.advice} ${inEffect} It follows this step.`);
}

type DoseChange = NonNullable<PlanContext["request"]["doseChanges"]>[number];

/** The dose changes recorded after `date`, in date order. */
function changesAfter(context: PlanContext, date: CalendarDate): DoseChange[] {
  return (context.request.doseChanges ?? [])
    .filter((change) => change.date > date)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The last dose change on or before the plan's today, if any (one date holds at most one change). */
function lastChangeByToday(context: PlanContext): DoseChange | undefined {
  return (context.request.doseChanges ?? [])
    .filter((change) => change.date <= context.today)
    .reduce<DoseChange | undefined>((last, change) => (last && last.date > change.date ? last : change), undefined);
}

/**
 * A reduction asked for while later changes are on file says what they are, so the plan shows
 * both what the label asks now and what has been planned ("a change to 15 mg a day from …").
 */
function withLaterChanges(finding: Finding, context: PlanContext, since: CalendarDate): Finding {
  const later = changesAfter(context, since);
  if (finding.action !== "reduce-dose" || later.length === 0) return finding;
  const listed = later
    .map((change) => `${change.doseMg === 0 ? "interrupted" : mg(change.doseMg)} from ${change.date}`)
    .join(", ");
  return { ...finding, message: `${finding.message} Recorded later: ${listed}.` };
}

/**
 * A continuing step, judged on the dose in effect on the plan's today and on every later dose on
 * file: a planned change months ahead must not hide a dose above the step until then, nor a
 * planned increase beyond it pass unnoticed. The first dose above the step decides; otherwise
 * the dose in effect does.
 */
function judgeDoseCourse(
  rule: DoseAdjustmentRule,
  current: { doseMg: number; since: CalendarDate },
  context: PlanContext,
): Finding {
  const planned = changesAfter(context, current.since)
    .filter((change) => change.date > context.today && change.doseMg > 0)
    .map((change) => ({ doseMg: change.doseMg, since: change.date }));
  // Interrupted today with a restart on file, the patient takes no dose until that restart: the
  // dose taken before the interruption is not the one to judge.
  const doses = lastChangeByToday(context)?.doseMg === 0 && planned.length > 0 ? planned : [current, ...planned];
  for (const dose of doses) {
    const finding = judgeDose(rule, dose, context);
    if (finding.action === "reduce-dose") return withLaterChanges(finding, context, dose.since);
  }
  return judgeDose(rule, doses[0] ?? current, context);
}

/**
 * A step that sets only where to start, judged on the starting dose while it is still the dose:
 * once the dose has been changed (lowered, interrupted or raised again, as the label allows), a
 * start above the step is history, and telling the patient to reduce would never end.
 */
function judgeStartingDose(rule: DoseAdjustmentRule, startingDoseMg: number, context: PlanContext): Finding {
  const finding = judgeDose(rule, { doseMg: startingDoseMg, since: context.startDate }, context);
  const latest = lastChangeByToday(context);
  if (finding.action !== "reduce-dose") return finding;
  if (latest === undefined) return withLaterChanges(finding, context, context.startDate);
  const now = latest.doseMg === 0 ? "interrupted" : mg(latest.doseMg);
  return findingFrom(
    rule,
    "info",
    `${rule.advice} The dose at the start was ${mg(startingDoseMg)}, above this starting dose; it has been changed since (${now} since ${latest.date}).`,
  );
}

const readsKidneyFunction = (rule: DoseAdjustmentRule) => renalFactsRead(rule.when).size > 0;

/**
 * The labels grade kidney function differently, and each renal step names the other label's in its
 * `disagreement`: when a renal step of the plan's own label fits the patient, it already says what
 * the other label does, and a second note would repeat it.
 */
function answeredByOwnStep(rule: DoseAdjustmentRule, context: PlanContext): boolean {
  if (rule.disagreement === undefined || !readsKidneyFunction(rule)) return false;
  return (context.rules.doseAdjustments ?? []).some(
    (own) =>
      own.disagreement !== undefined &&
      readsKidneyFunction(own) &&
      appliesInRegion(own, context) &&
      evaluateCondition(own.when, context) === true,
  );
}

/**
 * A step only the other label sets, for a patient it fits: said as a note, as the other label's
 * patient rules are, so a plan never drops a label's dose step without a word. A fact it would
 * need is not asked for: the plan's own label does not depend on it.
 */
function otherLabelsStep(rule: DoseAdjustmentRule, context: PlanContext): Finding[] {
  if (rule.region === undefined || evaluateCondition(rule.when, context) !== true) return [];
  if (answeredByOwnStep(rule, context)) return [];
  const message = `Under the ${regionLabelName(rule.region)}: ${rule.advice} This plan follows the ${regionLabelName(context.region)}.`;
  return [findingFrom(rule, "info", withRenalBasis(message, rule.when, context))];
}

/**
 * The labels' dose steps (renal and hepatic impairment, age, interacting medicines) against
 * the dose in effect on the plan's "today" and the doses recorded after it. A step whose condition needs a fact the request
 * leaves out waits for it (a `missing` finding) rather than being skipped.
 */
export function checkDoseAdjustments(context: PlanContext, waiting: WaitingOnFacts): Finding[] {
  const findings: Finding[] = [];
  const current = context.currentDose;
  const initialDose = context.request.doseMg;
  if (current === undefined || initialDose === undefined) return findings;
  for (const rule of context.rules.doseAdjustments ?? []) {
    if (!appliesInRegion(rule, context)) {
      findings.push(...otherLabelsStep(rule, context));
      continue;
    }
    const truth = evaluateCondition(rule.when, context);
    if (isUnknown(truth)) {
      waitFor(waiting, truth, rule, rule.advice);
      continue;
    }
    if (!truth) continue;
    const finding = rule.startingDoseOnly
      ? judgeStartingDose(rule, initialDose, context)
      : judgeDoseCourse(rule, current, context);
    findings.push({ ...finding, message: withRenalBasis(finding.message, rule.when, context) });
  }
  return findings;
}
