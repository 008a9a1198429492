import type { Cited, LabTestId, ScheduleItemId } from "@/rules/types";
import { resolveSources } from "./sources";
import type { ScheduleItem } from "./types";

/** A schedule item waiting for its visit: its date and the label it gives that date. */
export interface DatedItem {
  date: string;
  label: string;
  item: ScheduleItem;
  /** For a recheck: only a later result of this analyte answers it, not the one that caused it. */
  recheckOf?: { test: LabTestId; after: string };
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
  options: { status?: ScheduleItem["status"]; dueBy?: string } = {},
): ScheduleItem {
  return {
    kind: kindOf(test),
    test,
    ruleId: rule.id,
    why,
    evidence: rule.evidence,
    sources: resolveSources(rule.sources),
    ...(options.dueBy === undefined ? {} : { dueBy: options.dueBy }),
    status: options.status ?? "due",
    ...(rule.disagreement === undefined ? {} : { disagreement: rule.disagreement }),
  };
}
