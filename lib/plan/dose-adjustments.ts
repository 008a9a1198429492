import type { DoseAdjustmentRule } from "@/rules/types";
import { addWeeks, type CalendarDate } from "@/lib/dates/calendar-date";
import { evaluateCondition, isUnknown } from "./conditions";
import { appliesInRegion, type PlanContext } from "./context";
import { findingFrom } from "./findings";
import { waitFor, type WaitingOnFacts } from "./missing-facts";
import { withRenalBasis } from "./patient";
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

/**
 * The labels' dose steps (renal and hepatic impairment, age, interacting medicines) against
 * the dose in effect on the plan's "today". A step whose condition needs a fact the request
 * leaves out waits for it (a `missing` finding) rather than being skipped.
 */
export function checkDoseAdjustments(context: PlanContext, waiting: WaitingOnFacts): Finding[] {
  const findings: Finding[] = [];
  const current = context.currentDose;
  const initialDose = context.request.doseMg;
  if (current === undefined || initialDose === undefined) return findings;
  for (const rule of context.rules.doseAdjustments ?? []) {
    if (!appliesInRegion(rule, context)) continue;
    const truth = evaluateCondition(rule.when, context);
    if (isUnknown(truth)) {
      waitFor(waiting, truth, rule, rule.advice);
      continue;
    }
    if (!truth) continue;
    const dose = rule.startingDoseOnly ? { doseMg: initialDose, since: context.startDate } : current;
    const finding = judgeDose(rule, dose, context);
    findings.push({ ...finding, message: withRenalBasis(finding.message, rule.when, context) });
  }
  return findings;
}
