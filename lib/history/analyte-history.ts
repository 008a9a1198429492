import { drugRules } from "@/rules";
import type { FindingAction, LabTestId } from "@/rules/types";
import { daysBetween, type CalendarDate } from "@/lib/dates/calendar-date";
import { convert } from "@/lib/units/convert";
import { analyteName } from "@/lib/units/format";
import type { PlanRequest } from "@/lib/contract/plan-request";

/** One result on an analyte's history, in the history's display unit. */
export interface HistoryPoint {
  date: CalendarDate;
  value: number;
  /** The value as it was entered (in the display unit already), not converted: shown with every decimal. */
  entered: boolean;
  phase: "baseline" | "treatment";
  /** Where the date falls from the first result (0) to the last (1): charts space results by date, not by turn. */
  at: number;
}

/** A limit drawn on the history: a start limit or a during-treatment action. */
export interface HistoryLimit {
  ruleId: string;
  action: FindingAction;
  /** "Do not start below", "Interrupt below", … */
  label: string;
  value: number;
}

export interface AnalyteHistory {
  test: LabTestId;
  name: string;
  unit: string;
  points: HistoryPoint[];
  limits: HistoryLimit[];
}

const limitLabels: Readonly<Record<string, string>> = {
  "do-not-start": "Do not start below",
  interrupt: "Interrupt below",
  discontinue: "Discontinue below",
  "reduce-dose": "Reduce dose below",
};

/**
 * Each analyte that has a result after the start: the baseline and every result, converted
 * to the unit of the latest result, with the drug's limits for it in that unit.
 */
export function analyteHistories(request: PlanRequest): AnalyteHistory[] {
  const rules = drugRules[request.drug];
  const region = request.labelRegion ?? "US";
  const applies = (rule: { region?: string }) => rule.region === undefined || rule.region === region;
  const labs = [...(request.labs ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const tested = [...new Set(labs.filter((lab) => lab.date > request.startDate).map((lab) => lab.test))];
  return tested.map((test) => {
    const results = labs.filter((lab) => lab.test === test);
    const unit = results.at(-1)?.unit ?? "";
    const limits: HistoryLimit[] = [
      ...rules.startThresholds
        .filter((rule) => rule.test === test && applies(rule))
        .map((rule) => ({ rule, action: "do-not-start" as const })),
      ...rules.treatmentThresholds
        .filter((rule) => rule.test === test && applies(rule))
        .map((rule) => ({ rule, action: rule.action })),
    ].map(({ rule, action }) => ({
      ruleId: rule.id,
      action,
      label: limitLabels[action] ?? action,
      value: convert(test, rule.below, unit),
    }));
    const first = results[0]!.date;
    const span = daysBetween(first, results.at(-1)!.date);
    return {
      test,
      name: analyteName(test),
      unit,
      points: results.map((lab) => ({
        date: lab.date,
        value: convert(test, lab, unit),
        entered: lab.unit === unit,
        phase: lab.date <= request.startDate ? ("baseline" as const) : ("treatment" as const),
        at: span === 0 ? 0 : daysBetween(first, lab.date) / span,
      })),
      limits,
    };
  });
}
