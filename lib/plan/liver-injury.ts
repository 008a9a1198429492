import type { LabResult } from "@/lib/contract/plan-request";
import { analyteShortName, formatNumber, formatResult } from "@/lib/units/format";
import { appliesInRegion, type PlanContext } from "./context";
import { findingFrom } from "./findings";
import { isWorseResult } from "./same-day";
import type { Finding } from "@/lib/contract/plan";

/** The latest result of each liver enzyme after the start (of two on one day, the larger multiple of its limit). */
function latestAfterStart(context: PlanContext, test: "alt" | "ast"): LabResult | undefined {
  let latest: LabResult | undefined;
  for (const lab of context.request.labs ?? []) {
    if (lab.test !== test || lab.date <= context.startDate) continue;
    if (!latest || lab.date > latest.date || (lab.date === latest.date && isWorseResult(lab, latest))) latest = lab;
  }
  return latest;
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
    const result = latestAfterStart(context, test);
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
