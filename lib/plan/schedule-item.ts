import type { CalendarDate } from "@/lib/dates/calendar-date";
import type { Cited, LabTestId, ScheduleItemId } from "@/rules/types";
import type { ResultWindow } from "./result-window";
import { resolveSources } from "./sources";
import type { ScheduleItem } from "@/lib/contract/plan";

/** A schedule item waiting for its visit: its date and the label it gives that date. */
export interface DatedItem {
  date: CalendarDate;
  label: string;
  item: ScheduleItem;
  /** A repeat of a rule's interval ("then every 3 months"): past the horizon it is left to the footnote, not a finding. */
  repeat?: true;
  /**
   * A clinic's interval dates it (a routine repeat), not a label: with visit planning on it may
   * join a visit within the merge window (visit-planning.ts). Other items keep their date, but
   * for weekends.
   */
  mayJoinNearbyVisit?: true;
  /** The earliest date visit planning may move it to, where its rule sets one the plan's own bounds do not. */
  notBefore?: CalendarDate;
}

const kindOf = (test: ScheduleItemId): ScheduleItem["kind"] => {
  switch (test) {
    case "cbc":
    case "lipids":
    case "liver":
    case "renal":
    case "ck":
      return "lab";
    case "tb":
    case "hbv":
    case "hcv":
    case "hiv":
    case "pregnancy":
      return "screening";
    case "rzv-dose-1":
    case "rzv-dose-2":
      return "vaccine";
    case "clinical-review":
      return "review";
  }
};

export function scheduleItemFrom(
  rule: Cited,
  test: ScheduleItemId,
  why: string,
  options: {
    status?: ScheduleItem["status"];
    dueBy?: CalendarDate;
    resultWindow?: ResultWindow;
    recheckOf?: { test: LabTestId; after: CalendarDate };
  } = {},
): ScheduleItem {
  const kind = kindOf(test);
  const sources = resolveSources(rule.sources);
  const { evidence } = rule;
  const status = options.status ?? "due";
  // The contract's field order, an optional field only when present: the JSON shows both.
  const item: ScheduleItem =
    options.dueBy === undefined
      ? { kind, test, ruleId: rule.id, why, evidence, sources, status }
      : { kind, test, ruleId: rule.id, why, evidence, sources, dueBy: options.dueBy, status };
  if (options.resultWindow !== undefined) item.resultWindow = options.resultWindow;
  if (options.recheckOf !== undefined) item.recheckOf = options.recheckOf;
  if (rule.disagreement !== undefined) item.disagreement = rule.disagreement;
  return item;
}
