import type { CalendarDate } from "@/lib/dates/calendar-date";
import type { DrugId, Evidence, FindingAction, LabTestId, PlanRegion, ScheduleItemId } from "@/rules/types";

/**
 * The plan of the contract (`docs/api.md`, version 1). Fields after the
 * contract's own are additions, which the contract allows; none is ever renamed or removed.
 */

/** A citation as the plan shows it: the bibliography entry resolved, with the section read. */
export interface PlanSource {
  title: string;
  section: string;
  url: string;
  /** Added: where the section was read when not in the label's own text (a review's table, a national copy). */
  readIn?: string;
}

export interface Finding {
  ruleId: string;
  action: FindingAction;
  test?: string;
  message: string;
  sources: readonly PlanSource[];
  /** Added: the rule's evidence tier. */
  evidence: Evidence;
  /** Added: where sources disagree, what the other says and which one the plan follows. */
  disagreement?: string;
  /** Added: for a test that falls due after the plan's end (and so is not on its schedule), the date it is due. */
  dueOn?: CalendarDate;
  /** Added: for a finding that judges one result (a lab value, a screening entry, a vaccine dose), that result's date. */
  resultDate?: CalendarDate;
}

export interface ScheduleItem {
  kind: "lab" | "screening" | "vaccine" | "review";
  test: ScheduleItemId;
  ruleId: string;
  why: string;
  evidence: Evidence;
  sources: readonly PlanSource[];
  /** Added: the last acceptable date, where the rule gives a window ("4 to 8 weeks"). */
  dueBy?: CalendarDate;
  /**
   * Added: "done" when a result on file answers this item; "overdue" when its date is on or
   * before the request's `asOf` date and no result answers it; otherwise "due".
   */
  status: "due" | "done" | "overdue";
  /** Added: a result dated within this window (inclusive) counts for this test; lab tests after the start only. */
  resultWindow?: { from: CalendarDate; to: CalendarDate };
  /** Added: for a recheck of a low result, the analyte and the date of the result it rechecks (only a later result of it answers). */
  recheckOf?: { test: LabTestId; after: CalendarDate };
  disagreement?: string;
  /**
   * Added: when the request's visit planning moved this item — onto a nearby visit, or off a
   * weekend — the date its rule gave. Its visit's date is the date it is drawn.
   */
  originalDueOn?: CalendarDate;
}

export interface Visit {
  date: CalendarDate;
  label: string;
  items: ScheduleItem[];
}

export interface Plan {
  contractVersion: 1;
  rulesVersion: string;
  drug: DrugId;
  startDate: CalendarDate;
  findings: Finding[];
  visits: Visit[];
  /** Added: whose label thresholds the plan applied. */
  labelRegion: PlanRegion;
  /** Added: the last date the schedule covers. */
  horizonEndDate: CalendarDate;
  /** Added: the "today" that statuses were judged against, when the request gave one. */
  asOf?: CalendarDate;
  /** Added: the visit planning the request turned on, and the rule it followed in words; absent when off. */
  visitPlanning?: { mergeWithinDays: number; avoidWeekends: boolean; note: string };
}
