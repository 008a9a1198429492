import type { PlanRequestInput } from "@/lib/contract/plan-request";
import type { DrugId, FindingAction, ScheduleItemId } from "@/rules/types";

/** "May this patient start?": "no" exactly when the plan has a do-not-start finding. */
export interface MayStartQuestion {
  kind: "may-start";
  prompt: string;
  expected: "yes" | "no";
}

/**
 * "When is the first follow-up CBC?": the first visit after `after` (or the first at all)
 * that orders `item`, as a `yyyy-MM-dd` date, or "none" when the plan orders it never.
 */
export interface VisitDateQuestion {
  kind: "visit-date";
  prompt: string;
  item: ScheduleItemId;
  after?: string;
  choices: readonly string[];
  expected: string;
}

/** "Which tests before the first dose?": the items of the baseline visit, any number. */
export interface BaselineTestsQuestion {
  kind: "baseline-tests";
  prompt: string;
  choices: readonly ScheduleItemId[];
  expected: readonly ScheduleItemId[];
}

/** "What is the most severe finding?": the action of the plan's first finding. */
export interface StrongestActionQuestion {
  kind: "strongest-action";
  prompt: string;
  choices: readonly FindingAction[];
  expected: FindingAction;
}

export type TeachingQuestion = MayStartQuestion | VisitDateQuestion | BaselineTestsQuestion | StrongestActionQuestion;

/** A short vignette: a contract request, the questions, and the answers the engine gives. */
export interface TeachingCase {
  /** Kebab-case, named after what the case teaches. */
  id: string;
  title: string;
  drug: DrugId;
  /** The story in a few sentences; the facts the engine sees are listed from `request`. */
  vignette: string;
  /** What to take away, shown after answering. States no threshold: the rules shown do. */
  teachingPoint: string;
  /**
   * Tags for the case list, naming the situation ("SI units", "low platelets at baseline", "age
   * 65+ with smoking"), never the verdict: the list is read before the case is answered.
   */
  tags: readonly string[];
  request: PlanRequestInput;
  questions: readonly TeachingQuestion[];
}
