import { drugRules, rulesVersion } from "@/rules";
import type { PlanRequest } from "@/lib/schema/plan-request";
import { checkStartThresholds, planBaselineTests } from "./baseline";
import { createContext } from "./context";
import { sortFindings } from "./findings";
import { planFollowUps, planRoutineMonitoring } from "./follow-ups";
import { adviceFindings, checkIndication, checkPatientRules, checkScreening } from "./patient";
import { applyStatuses } from "./status";
import { checkTreatmentResults } from "./treatment-results";
import type { Plan } from "./types";
import { mergeIntoVisits } from "./visits";
import { planZoster } from "./zoster";

export const contractVersion = 1;

/**
 * The engine: a validated request in, the contract's plan out. Pure: no clock, no I/O, so
 * the same request gives the same plan on every machine and in every time zone.
 */
export function buildPlan(request: PlanRequest): Plan {
  const context = createContext(request, drugRules[request.drug]);
  const baseline = planBaselineTests(context);
  const routine = planRoutineMonitoring(context);
  const zoster = planZoster(context);
  const treatment = checkTreatmentResults(context);
  const findings = [
    ...treatment.findings,
    ...checkIndication(context),
    ...checkPatientRules(context),
    ...checkStartThresholds(context),
    ...checkScreening(context),
    ...baseline.findings,
    ...zoster.findings,
    ...adviceFindings(context),
    ...routine.findings,
  ];
  const dated = applyStatuses([...zoster.items, ...baseline.items, ...planFollowUps(context), ...routine.items, ...treatment.items], context);
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
  };
}
