/**
 * Helpers for the follow-up (during-treatment) cases: follow-up results added to a request,
 * the during-treatment rules of a drug read straight from `rules/`, and boundary values
 * worked out from each rule's limit in every unit the contract accepts for its analyte.
 * The expected values come from the rule data and the unit tables, never from the engine.
 */
import { toCalendarDate } from "@/lib/dates/calendar-date";
import { analytes } from "@/lib/units/analytes";
import type { Finding, Plan, Visit } from "@/lib/contract/plan";
import type { PlanRequestInput } from "@/lib/contract/plan-request";
import { drugRules } from "@/rules";
import type { DrugId, LabelRegion, LabTestId, Quantity, TreatmentThresholdRule, TrendRule } from "@/rules/types";
import { caseQuantity } from "./thresholds";
import { normalLabs } from "./requests";

export type FollowUpLab = NonNullable<PlanRequestInput["labs"]>[number];

/** Week 4 and week 5 after the shared start date (2027-01-04): the first result and its repeat. */
export const firstResultDate = toCalendarDate("2027-02-01");
export const repeatResultDate = toCalendarDate("2027-02-08");
/** A later result, after the low ones. */
export const laterResultDate = toCalendarDate("2027-02-22");

/** A during-treatment rule as the tables use it: a limit ("below") or a fall from baseline. */
export type DuringTreatmentRule = ({ kind: "limit" } & TreatmentThresholdRule) | ({ kind: "fall" } & TrendRule);

/** The drug's during-treatment rules that apply under `region` (a rule without a region applies in both). */
export function duringTreatmentRules(drug: DrugId, region: LabelRegion): DuringTreatmentRule[] {
  const rules = drugRules[drug];
  const applies = (rule: { region?: LabelRegion }) => rule.region === undefined || rule.region === region;
  return [
    ...rules.treatmentThresholds.filter(applies).map((rule) => ({ ...rule, kind: "limit" as const })),
    ...(rules.trendRules ?? []).filter(applies).map((rule) => ({ ...rule, kind: "fall" as const })),
  ];
}

/** The drug's during-treatment rules that apply only under the other region. */
export function otherRegionRules(drug: DrugId, region: LabelRegion): DuringTreatmentRule[] {
  const ids = new Set(duringTreatmentRules(drug, region).map((rule) => rule.id));
  const other: LabelRegion = region === "US" ? "EU" : "US";
  return duringTreatmentRules(drug, other).filter((rule) => !ids.has(rule.id));
}

/** The smallest step a laboratory reports in each unit: 499 cells/µL, 0.499 ×10⁹/L, 7.99 g/dL. */
const reportedStep: Readonly<Record<string, number>> = {
  "cells/uL": 1,
  "10^9/L": 0.001,
  "g/dL": 0.01,
  "g/L": 0.1,
  "mmol/L": 0.001,
  "mg/dL": 1,
  "umol/L": 1,
  "U/L": 1,
};

/** Plain decimal arithmetic for the tables: rounds away binary noise (0.5 - 0.001 = 0.499). */
const tidy = (value: number): number => Number(value.toFixed(6));

/** A quantity of `test` in `unit`, computed from the unit table (value × factor = reference). */
export function inUnit(test: LabTestId, quantity: Quantity, unit: string): number {
  const units = analytes[test].units;
  const from = units[quantity.unit];
  const to = units[unit];
  if (from === undefined || to === undefined) throw new Error(`No factor for ${test} ${quantity.unit} → ${unit}`);
  return tidy((quantity.value * from) / to);
}

export const acceptedUnits = (test: LabTestId): string[] => Object.keys(analytes[test].units);

export function stepIn(unit: string): number {
  const step = reportedStep[unit];
  if (step === undefined) throw new Error(`No reporting step for ${unit}`);
  return step;
}

/** The normal baseline result of `test` from the shared request builders, in its own unit. */
export function normalBaseline(test: LabTestId): Quantity {
  const lab = normalLabs.find((entry) => entry.test === test);
  if (!lab) throw new Error(`No normal baseline for ${test}`);
  return { value: lab.value, unit: lab.unit };
}

export type Position = "just below" | "exactly at" | "just above";

export interface BoundaryValue {
  position: Position;
  value: number;
  unit: string;
}

/**
 * The limit a result is compared with, in `unit`: the `below` value of a limit rule, or the
 * baseline minus the allowed fall for a trend rule.
 */
export function boundaryIn(rule: DuringTreatmentRule, unit: string, baseline: Quantity): number {
  if (rule.kind === "limit") return inUnit(rule.test, rule.below, unit);
  return tidy(inUnit(rule.test, baseline, unit) - inUnit(rule.test, rule.fallOfMoreThan, unit));
}

/** Just below, exactly at and just above the rule's limit, in every accepted unit. */
export function boundaryValues(rule: DuringTreatmentRule, baseline: Quantity): BoundaryValue[] {
  return acceptedUnits(rule.test).flatMap((unit) => {
    const limit = boundaryIn(rule, unit, baseline);
    const step = stepIn(unit);
    return [
      { position: "just below" as const, value: tidy(limit - step), unit },
      { position: "exactly at" as const, value: limit, unit },
      { position: "just above" as const, value: tidy(limit + step), unit },
    ];
  });
}

/**
 * The baseline the boundary cases use. For a limit rule on an analyte that also has a
 * trend rule (tofacitinib haemoglobin), the baseline sits so close to the limit that the
 * boundary values fall by less than the trend allows: each case then tests one rule only.
 */
export function baselineFor(rule: DuringTreatmentRule, rules: readonly DuringTreatmentRule[]): Quantity {
  const trend = rules.find(
    (other): other is DuringTreatmentRule & { kind: "fall" } => other.kind === "fall" && other.test === rule.test,
  );
  if (rule.kind === "limit" && trend) {
    const unit = rule.below.unit;
    return { value: tidy(rule.below.value + inUnit(rule.test, trend.fallOfMoreThan, unit) * 0.75), unit };
  }
  return normalBaseline(rule.test);
}

/** "500 cells/µL" or "a fall of more than 2 g/dL": the limit as a case name reads it. */
export function limitWords(rule: DuringTreatmentRule): string {
  return rule.kind === "limit"
    ? `below ${caseQuantity(rule.below.value, rule.below.unit)}`
    : `a fall of more than ${caseQuantity(rule.fallOfMoreThan.value, rule.fallOfMoreThan.unit)} from baseline`;
}

/** The request with follow-up results appended to its baseline ones. */
export function withFollowUps(request: PlanRequestInput, labs: readonly FollowUpLab[]): PlanRequestInput {
  return { ...request, labs: [...(request.labs ?? []), ...labs] };
}

/** One result of `test` per date given. */
export function resultsOn(test: LabTestId, value: number, unit: string, dates: readonly string[]): FollowUpLab[] {
  return dates.map((date) => ({ test, value, unit, date }));
}

/** Findings of the during-treatment rules (ids `drug.treatment.…`), optionally on one analyte. */
export function treatmentFindings(p: Plan, test?: LabTestId): Finding[] {
  return p.findings.filter(
    (finding) => finding.ruleId.includes(".treatment.") && (test === undefined || finding.test === test),
  );
}

export const treatmentKeys = (p: Plan, test?: LabTestId): string[] =>
  treatmentFindings(p, test).map((finding) => `${finding.action} ${finding.ruleId}`);

/** Actions of the findings a rule produced. */
export const actionsOf = (p: Plan, ruleId: string): string[] =>
  p.findings.filter((finding) => finding.ruleId === ruleId).map((finding) => finding.action);

/** Visits that carry a recheck ("Recheck ALC"), whatever other labels share the date. */
export const recheckVisits = (p: Plan): Visit[] =>
  p.visits.filter((visit) => visit.label.split(" · ").some((label) => label.startsWith("Recheck ")));

/** Every schedule item of the plan, with its visit's date. */
export const allItems = (p: Plan) =>
  p.visits.flatMap((visit) => visit.items.map((item) => ({ ...item, date: visit.date, label: visit.label })));

/** A seeded shuffle, so "out of order" is the same order on every run. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const result = [...items];
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let index = result.length - 1; index > 0; index -= 1) {
    const other = Math.floor(next() * (index + 1));
    [result[index], result[other]] = [result[other]!, result[index]!];
  }
  return result;
}

/** A complete blood count on `date` (ANC, ALC, platelets, haemoglobin, WBC), normal values in ×10⁹/L and g/dL. */
export function completeCbcOn(date: string): FollowUpLab[] {
  return normalLabs
    .filter((lab) => ["anc", "alc", "platelets", "wbc", "hemoglobin"].includes(lab.test))
    .map((lab) => ({ ...lab, date }));
}
