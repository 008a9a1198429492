import type { Cited, DrugRules, LabTestId, LabPanelId, PlanRegion, ScreeningTestId } from "@/rules/types";
import { defaultBaselineWindowDays, defaultHorizonMonths, defaultLabelRegion } from "@/lib/contract/defaults";
import { addDays, addMonths, type CalendarDate } from "@/lib/dates/calendar-date";
import type { LabResult, PlanRequest, ScreeningEntry } from "@/lib/contract/plan-request";
import { patientFactsOf, type PatientFacts } from "./patient-facts";
import { countsInstead, isMoreSevereScreening } from "./same-day";

/** Everything the plan's parts need, worked out once from a validated request. */
export interface PlanContext extends PatientFacts {
  request: PlanRequest;
  rules: DrugRules;
  region: PlanRegion;
  horizonEndDate: CalendarDate;
  /** The latest result per analyte dated on or before the start date (the worse of two on that day). */
  baselineLabs: ReadonlyMap<LabTestId, LabResult>;
  /** The latest result per screening test dated on or before the start date (the more severe of two on that day). */
  baselineScreening: ReadonlyMap<ScreeningTestId, ScreeningEntry>;
  /** The latest result per screening test at any date (the more severe of two on that day). */
  latestScreening: ReadonlyMap<ScreeningTestId, ScreeningEntry>;
  /** Baseline results dated before this day are older than the clinic's baseline window. */
  baselineWindowStart: CalendarDate;
  baselineWindowDays: number;
  /**
   * The daily dose in effect on the plan's "today" (`asOf`, or the start date): the last non-zero
   * dose by then, so a reduction or a restart is respected, and the date it took effect. Doses
   * recorded after today are planned ones; the dose steps judge those too (dose-adjustments.ts).
   */
  currentDose: { doseMg: number; since: CalendarDate } | undefined;
  /** The patient has started: "today" is after the start date, or results after it are on file. */
  onTreatment: boolean;
}

/** The analytes each lab panel reports; a panel is on file when any of them is. */
export const panelAnalytes: Readonly<Record<LabPanelId, readonly LabTestId[]>> = {
  cbc: ["anc", "alc", "platelets", "wbc", "hemoglobin"],
  lipids: ["ldl", "hdl", "total-cholesterol", "triglycerides"],
  liver: ["alt", "ast"],
  renal: ["creatinine"],
  ck: ["ck"],
};

/**
 * The latest entry per key dated on or before `date` (at any date when it is undefined). When two share that latest day,
 * `isWorse(a, b)` says whether `a` counts instead of `b`: the contract takes lists in any
 * order, so the order must never decide.
 */
function latestOnOrBefore<T extends { date: CalendarDate }, K>(
  entries: readonly T[],
  keyOf: (entry: T) => K,
  date: CalendarDate | undefined,
  isWorse: (a: T, b: T) => boolean,
): Map<K, T> {
  const latest = new Map<K, T>();
  for (const entry of entries) {
    if (date !== undefined && entry.date > date) continue;
    const current = latest.get(keyOf(entry));
    if (!current || entry.date > current.date || (entry.date === current.date && isWorse(entry, current)))
      latest.set(keyOf(entry), entry);
  }
  return latest;
}

// Two baseline results of one analyte on one day count as the worse (lower), as results
// after the start do (treatment-results.ts): a platelet count below the start limit is
// never overruled by a normal one drawn the same day.
const isLowerResult = countsInstead("lower");

function doseInEffect(request: PlanRequest, today: CalendarDate): PlanContext["currentDose"] {
  if (request.doseMg === undefined) return undefined;
  let current = { doseMg: request.doseMg, since: request.startDate };
  const changes = [...(request.doseChanges ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const change of changes) {
    if (change.date > today) break;
    if (change.doseMg > 0 && change.doseMg !== current.doseMg) current = { doseMg: change.doseMg, since: change.date };
  }
  return current;
}

export function createContext(request: PlanRequest, rules: DrugRules): PlanContext {
  const facts = patientFactsOf(request);
  const baselineWindowDays = request.baselineWindowDays ?? defaultBaselineWindowDays;
  const afterStart = (entry: { date: CalendarDate }) => entry.date > request.startDate;
  // The facts are listed, not spread in first: V8 builds an object that starts with a spread and
  // then gains properties of its own through its slow path, which made this a fifth of every plan.
  return {
    patient: facts.patient,
    indication: facts.indication,
    startDate: facts.startDate,
    today: facts.today,
    onTreatmentThrough: facts.onTreatmentThrough,
    canBecomePregnant: facts.canBecomePregnant,
    creatinineClearance: facts.creatinineClearance,
    request,
    rules,
    region: request.labelRegion ?? defaultLabelRegion,
    horizonEndDate: addMonths(request.startDate, request.horizonMonths ?? defaultHorizonMonths),
    baselineLabs: latestOnOrBefore(request.labs ?? [], (lab) => lab.test, request.startDate, isLowerResult),
    baselineScreening: latestOnOrBefore(
      request.screening ?? [],
      (entry) => entry.test,
      request.startDate,
      isMoreSevereScreening,
    ),
    latestScreening: latestOnOrBefore(
      request.screening ?? [],
      (entry) => entry.test,
      undefined, // at any date
      isMoreSevereScreening,
    ),
    baselineWindowStart: addDays(request.startDate, -baselineWindowDays),
    baselineWindowDays,
    currentDose: doseInEffect(request, facts.today),
    onTreatment:
      facts.today > request.startDate ||
      (request.labs ?? []).some(afterStart) ||
      (request.screening ?? []).some(afterStart),
  };
}

/** A rule applies when it names no region, names the plan's region, or the plan follows both labels. */
export function appliesInRegion(rule: Cited, context: PlanContext): boolean {
  return rule.region === undefined || context.region === "both" || rule.region === context.region;
}
