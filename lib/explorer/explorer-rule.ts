import type { PlanSource } from "@/lib/contract/plan";
import type { DrugId, Evidence, FindingAction, LabelRegion, LabTestId, ScheduleItemId } from "@/rules/types";
import type { Worded } from "./unit-systems";

/** The kinds of rule a drug file holds, in the order the drug page lists them. */
export const ruleKinds = [
  "indication",
  "dose",
  "patient",
  "dose-adjustment",
  "baseline",
  "start-threshold",
  "treatment-threshold",
  "trend",
  "liver-injury",
  "follow-up",
  "routine",
  "screening",
  "zoster",
  "advice",
  "no-routine-labs",
] as const;
export type RuleKind = (typeof ruleKinds)[number];

/** How each kind is headed on the drug page and named in search results. */
export const ruleKindNames: Readonly<Record<RuleKind, string>> = {
  indication: "Indications",
  dose: "Dose steps and their sources",
  patient: "Contraindications and cautions",
  "dose-adjustment": "Dose adjustments",
  baseline: "Baseline tests",
  "start-threshold": "Do-not-start thresholds",
  "treatment-threshold": "During-treatment thresholds",
  trend: "Falls from baseline during treatment",
  "liver-injury": "Liver enzymes during treatment",
  "follow-up": "Dated follow-up tests",
  routine: "Routine monitoring",
  screening: "Screening results",
  zoster: "Zoster vaccine",
  advice: "Advice",
  "no-routine-labs": "No routine labs",
};

/**
 * One rule of one drug, flattened for the explorer: its id (the anchor on the drug page),
 * plain clinical words with any threshold in both unit systems, and its resolved sources.
 */
export interface ExplorerRule {
  id: string;
  drug: DrugId;
  kind: RuleKind;
  /** The rule in full, plain clinical words. */
  text: Worded;
  /** A few words for a cell of the comparison matrix. */
  summary: Worded;
  /** What the rule asks of the clinician when it fires, where it says. */
  action?: FindingAction;
  /** The lab a threshold applies to. */
  test?: LabTestId;
  /** The schedule item a baseline or follow-up rule orders. */
  item?: ScheduleItemId;
  evidence: Evidence;
  /** Applies only under this region's label; absent means both. */
  region?: LabelRegion;
  sources: readonly PlanSource[];
  disagreement?: string;
}

/** Where the rule lives in the explorer: the drug page, at the rule's anchor. */
export function ruleHref(rule: Pick<ExplorerRule, "drug" | "id">): string {
  return `/rules/${rule.drug}#${rule.id}`;
}
