import type { LabResult } from "@/lib/contract/plan-request";
import type { LiverInjuryRule } from "@/rules/types";
import { analyteShortName, formatNumber, formatResult } from "@/lib/units/format";
import { appliesInRegion, type PlanContext } from "./context";
import { findingFrom } from "./findings";
import { isWorseResult } from "./same-day";
import type { Finding } from "@/lib/contract/plan";

/** What the rule makes of one result: above the multiple, not judged (no limit given), or within it. */
function outcomeOf(result: LabResult, rule: LiverInjuryRule): 2 | 1 | 0 {
  if (result.uln === undefined) return 1;
  return result.value > rule.aboveUlnTimes * result.uln ? 2 : 0;
}

/**
 * The result of a liver enzyme's latest day after the start that decides the check: each of
 * that day's results is judged, and the most severe outcome counts (above the multiple, then a
 * result without the laboratory's limit, which the plan asks for), so a normal result with a
 * limit never hides a high one without. Of two alike, the worse (`isWorseResult`).
 */
export function decidingLiverResult(context: PlanContext, test: "alt" | "ast"): LabResult | undefined {
  const rule = context.rules.liverInjury;
  if (!rule) return undefined;
  let deciding: LabResult | undefined;
  for (const lab of context.request.labs ?? []) {
    if (lab.test !== test || lab.date <= context.startDate) continue;
    if (
      !deciding ||
      lab.date > deciding.date ||
      (lab.date === deciding.date &&
        (outcomeOf(lab, rule) > outcomeOf(deciding, rule) ||
          (outcomeOf(lab, rule) === outcomeOf(deciding, rule) && isWorseResult(lab, deciding))))
    )
      deciding = lab;
  }
  return deciding;
}

/**
 * ALT and AST during treatment against a multiple of the laboratory's upper limit of normal
 * (the signal of suspected drug-induced liver injury). The limit is the lab's own: a result
 * without it is not judged against an assumed one; the plan asks for it instead.
 */
export function checkLiverInjury(context: PlanContext): Finding[] {
  const rule = context.rules.liverInjury;
  if (!rule || !appliesInRegion(rule, context)) return [];
  const findings: Finding[] = [];
  for (const test of rule.tests) {
    const result = decidingLiverResult(context, test);
    if (!result) continue;
    const name = analyteShortName(test);
    const value = `${name} ${formatResult(result)} on ${result.date}`;
    if (result.uln === undefined) {
      findings.push(
        findingFrom(
          rule,
          "missing",
          `${value}: give the laboratory's upper limit of normal to check it against ${rule.aboveUlnTimes}× the upper limit of normal. ${rule.advice}`,
          test,
          result.date,
        ),
      );
      continue;
    }
    const limit = rule.aboveUlnTimes * result.uln;
    if (result.value > limit) {
      findings.push(
        findingFrom(
          rule,
          rule.action,
          `${value} is above ${rule.aboveUlnTimes}× the upper limit of normal (${formatNumber(result.uln)} U/L, so above ${formatNumber(limit)} U/L). ${rule.advice}`,
          test,
          result.date,
        ),
      );
    }
  }
  return findings;
}
