import type { Cited, DrugRules, LabelRegion, LabTestId, LabPanelId, ScreeningTestId } from "@/rules/types";
import { addMonths } from "@/lib/dates/calendar-date";
import type { LabResult, PlanRequest, ScreeningEntry } from "@/lib/schema/plan-request";

/** Everything the plan's parts need, worked out once from a validated request. */
export interface PlanContext {
  request: PlanRequest;
  rules: DrugRules;
  region: LabelRegion;
  startDate: string;
  horizonEndDate: string;
  /** The latest result per analyte dated on or before the start date. */
  baselineLabs: ReadonlyMap<LabTestId, LabResult>;
  /** The latest result per screening test dated on or before the start date. */
  baselineScreening: ReadonlyMap<ScreeningTestId, ScreeningEntry>;
  /**
   * The daily dose the patient-rule dose checks apply to: the last non-zero dose in effect on
   * `asOf` (or after the last recorded change), so a reduction or a restart is respected.
   */
  currentDoseMg: number | undefined;
}

export const defaultHorizonMonths = 12;
export const defaultLabelRegion: LabelRegion = "US";

/** The analytes each lab panel reports; a panel is on file when any of them is. */
export const panelAnalytes: Readonly<Record<LabPanelId, readonly LabTestId[]>> = {
  cbc: ["anc", "alc", "platelets", "wbc", "hemoglobin"],
  lipids: ["ldl", "hdl", "total-cholesterol", "triglycerides"],
  liver: ["alt", "ast"],
  renal: ["creatinine"],
  ck: ["ck"],
};

function latestOnOrBefore<T extends { date: string }, K>(entries: readonly T[], keyOf: (entry: T) => K, date: string): Map<K, T> {
  const latest = new Map<K, T>();
  for (const entry of entries) {
    if (entry.date > date) continue;
    const current = latest.get(keyOf(entry));
    if (!current || entry.date >= current.date) latest.set(keyOf(entry), entry);
  }
  return latest;
}

function doseInEffect(request: PlanRequest): number | undefined {
  let dose = request.doseMg;
  const changes = [...(request.doseChanges ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const change of changes) {
    if (request.asOf !== undefined && change.date > request.asOf) break;
    if (change.doseMg > 0) dose = change.doseMg;
  }
  return dose;
}

export function createContext(request: PlanRequest, rules: DrugRules): PlanContext {
  return {
    request,
    rules,
    region: request.labelRegion ?? defaultLabelRegion,
    startDate: request.startDate,
    horizonEndDate: addMonths(request.startDate, request.horizonMonths ?? defaultHorizonMonths),
    baselineLabs: latestOnOrBefore(request.labs ?? [], (lab) => lab.test, request.startDate),
    baselineScreening: latestOnOrBefore(request.screening ?? [], (entry) => entry.test, request.startDate),
    currentDoseMg: doseInEffect(request),
  };
}

/** A rule applies when it names no region or the plan's region. */
export function appliesInRegion(rule: Cited, context: PlanContext): boolean {
  return rule.region === undefined || rule.region === context.region;
}

export function regionLabelName(region: LabelRegion): string {
  return region === "US" ? "US label" : "EU SmPC";
}
