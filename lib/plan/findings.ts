import { findingActions, type Cited, type FindingAction, type LabTestId } from "@/rules/types";
import type { CalendarDate } from "@/lib/dates/calendar-date";
import { resolveSources } from "./sources";
import type { Finding } from "@/lib/contract/plan";

/**
 * A finding from a rule: its id, tier, sources and disagreement carried over; `resultDate`
 * when it judges one result, the date of that result.
 */
export function findingFrom(
  rule: Cited,
  action: FindingAction,
  message: string,
  test?: LabTestId | string,
  resultDate?: CalendarDate,
): Finding {
  const sources = resolveSources(rule.sources);
  const { evidence } = rule;
  // The contract's field order, an optional field only when present: the JSON shows both.
  const finding: Finding =
    test === undefined
      ? { ruleId: rule.id, action, message, sources, evidence }
      : { ruleId: rule.id, action, test, message, sources, evidence };
  if (rule.disagreement !== undefined) finding.disagreement = rule.disagreement;
  if (resultDate !== undefined) finding.resultDate = resultDate;
  return finding;
}

const severity = new Map<FindingAction, number>(findingActions.map((action, index) => [action, index]));

/** Most severe first; equal severity keeps the order the rules produced them in. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => (severity.get(a.finding.action) ?? 0) - (severity.get(b.finding.action) ?? 0) || a.index - b.index)
    .map(({ finding }) => finding);
}
