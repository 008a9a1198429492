import { drugRules, rulesVersion } from "@/rules";
import type { PlanRequest } from "@/lib/contract/plan-request";
import { checkStartThresholds, planBaselineTests } from "./baseline";
import { contractVersion } from "@/lib/contract/defaults";
import { createContext, type PlanContext } from "./context";
import { checkDoseAdjustments } from "./dose-adjustments";
import { sortFindings } from "./findings";
import { otherLabelsDoseIncreaseChecks, planFollowUps, planRoutineMonitoring } from "./follow-ups";
import { sameDayLabDisagreements } from "./lab-disagreement";
import { checkLiverInjury } from "./liver-injury";
import { missingFactFindings, type WaitingOnFacts } from "./missing-facts";
import { adviceFindings, checkIndication, checkPatientRules } from "./patient";
import { regionNote } from "./region-note";
import type { DatedItem } from "./schedule-item";
import { scheduleItemNames } from "@/lib/words/schedule-items";
import { checkScreening } from "./screening";
import { applyStatuses } from "./status";
import { checkTreatmentResults } from "./treatment-results";
import type { Finding, Plan } from "@/lib/contract/plan";
import { planVisitDates, visitPlanningField } from "./visit-planning";
import { mergeIntoVisits } from "./visits";
import { planZoster } from "./zoster";

/**
 * A test a rule dates after the plan's horizon (a week-12 lipid panel on a 2-month plan, a
 * CBC after a late dose increase) is not dropped in silence: the plan names it. Repeats of a
 * series are left to the printout's note that later tests are not on the sheet.
 */
function pastHorizon(dated: readonly DatedItem[], context: PlanContext): Finding[] {
  return dated
    .filter((entry) => entry.date > context.horizonEndDate && !entry.repeat)
    .map(({ date, label, item }) => ({
      ruleId: item.ruleId,
      action: "missing" as const,
      test: item.test,
      message: `Not on this plan: ${scheduleItemNames[item.test]} due ${date} (${label}), after the plan's end on ${context.horizonEndDate}. Lengthen the plan to include it, or arrange it separately.`,
      sources: item.sources,
      evidence: item.evidence,
      dueOn: date,
    }));
}

/**
 * The engine: a validated request in, the contract's plan out. Pure: no clock, no I/O, so
 * the same request gives the same plan on every machine and in every time zone.
 */
export function buildPlan(request: PlanRequest): Plan {
  const context = createContext(request, drugRules[request.drug]);
  // Rules whose facts the request leaves out wait here; the plan then asks for those facts.
  const waiting: WaitingOnFacts = new Map();
  const baseline = planBaselineTests(context, waiting);
  const routine = planRoutineMonitoring(context);
  const zoster = planZoster(context);
  const treatment = checkTreatmentResults(context);
  const patientFindings = [
    ...checkIndication(context),
    ...checkPatientRules(context, waiting),
    ...checkDoseAdjustments(context, waiting),
  ];
  const advice = adviceFindings(context, waiting);
  // Visit planning moves dates before statuses are judged: a result answers the visit as drawn.
  const dated = applyStatuses(
    planVisitDates(
      [...zoster.items, ...baseline.items, ...planFollowUps(context), ...routine.items, ...treatment.items],
      context,
    ),
    context,
  );
  const findings = [
    ...treatment.findings,
    ...checkLiverInjury(context),
    ...patientFindings,
    ...checkStartThresholds(context, baseline.lateBaselineLabs),
    ...checkScreening(context),
    ...sameDayLabDisagreements(context),
    ...baseline.findings,
    ...missingFactFindings(waiting, context),
    ...zoster.findings,
    ...advice,
    ...routine.findings,
    ...otherLabelsDoseIncreaseChecks(context),
    ...pastHorizon(dated, context),
    ...regionNote(context),
  ];
  const visits = mergeIntoVisits(dated, context.horizonEndDate);
  return {
    contractVersion,
    rulesVersion,
    drug: request.drug,
    startDate: request.startDate,
    findings: sortFindings(findings),
    visits,
    labelRegion: context.region,
    horizonEndDate: context.horizonEndDate,
    ...(request.asOf === undefined ? {} : { asOf: request.asOf }),
    ...visitPlanningField(context),
  };
}
