import { formatHumanDate } from "@/lib/dates/human-date";
import { scheduleItemNames, toCalendarDate, type Plan, type ScheduleItemId } from "@/lib/register/engine";

/**
 * A plan reduced to what a rules change can alter for the patient: each dated item
 * ("2027-02-01 cbc") and each finding ("interrupt abrocitinib.treatment.platelets").
 */
export interface PlanSummary {
  rulesVersion: string;
  items: string[];
  findings: string[];
}

export interface SummaryChange {
  fromRulesVersion: string;
  toRulesVersion: string;
  itemsAdded: string[];
  itemsRemoved: string[];
  findingsAdded: string[];
  findingsRemoved: string[];
}

export function summaryOf(plan: Plan): PlanSummary {
  const items = plan.visits.flatMap((visit) => visit.items.map((item) => `${visit.date} ${item.test}`));
  const findings = plan.findings.map((finding) => `${finding.action} ${finding.ruleId}`);
  return {
    rulesVersion: plan.rulesVersion,
    items: [...new Set(items)].sort(),
    findings: [...new Set(findings)].sort(),
  };
}

const without = (list: readonly string[], other: readonly string[]) => {
  const set = new Set(other);
  return list.filter((entry) => !set.has(entry));
};

/** What changed between two summaries of the same facts, or null when nothing did. */
export function summaryChange(before: PlanSummary, after: PlanSummary): SummaryChange | null {
  const change = {
    fromRulesVersion: before.rulesVersion,
    toRulesVersion: after.rulesVersion,
    itemsAdded: without(after.items, before.items),
    itemsRemoved: without(before.items, after.items),
    findingsAdded: without(after.findings, before.findings),
    findingsRemoved: without(before.findings, after.findings),
  };
  const changed =
    change.itemsAdded.length +
      change.itemsRemoved.length +
      change.findingsAdded.length +
      change.findingsRemoved.length >
    0;
  return changed ? change : null;
}

/**
 * Two rules changes before a review: the first's starting point is kept, so the change shown
 * is everything since the plan was last reviewed.
 */
export function combineChanges(earlier: SummaryChange | null, later: SummaryChange): SummaryChange {
  if (!earlier) return later;
  const net = (added: string[], removed: string[], laterAdded: string[], laterRemoved: string[]) => ({
    added: [...without(added, laterRemoved), ...without(laterAdded, removed)],
    removed: [...without(removed, laterAdded), ...without(laterRemoved, added)],
  });
  const items = net(earlier.itemsAdded, earlier.itemsRemoved, later.itemsAdded, later.itemsRemoved);
  const findings = net(earlier.findingsAdded, earlier.findingsRemoved, later.findingsAdded, later.findingsRemoved);
  return {
    fromRulesVersion: earlier.fromRulesVersion,
    toRulesVersion: later.toRulesVersion,
    itemsAdded: items.added,
    itemsRemoved: items.removed,
    findingsAdded: findings.added,
    findingsRemoved: findings.removed,
  };
}

/**
 * A summary's dated items ("2027-02-01 cbc") as one line per test, its dates in order: "No longer
 * tracked: CBC with differential on Mon 1 Feb 2027, Mon 1 Mar 2027". A five-year schedule reads as
 * a few lines, every date still there.
 */
export function itemLines(prefix: string, entries: readonly string[]): string[] {
  const datesByTest = new Map<string, string[]>();
  for (const entry of [...entries].sort()) {
    const [date = "", test = ""] = entry.split(" ");
    datesByTest.set(test, [...(datesByTest.get(test) ?? []), formatHumanDate(toCalendarDate(date))]);
  }
  return [...datesByTest].map(([test, dates]) => `${prefix}: ${scheduleItemWords(test)} on ${dates.join(", ")}`);
}

/** A stored schedule item id in words ("TB screening"); an id the rules no longer name stays as stored. */
export const scheduleItemWords = (test: string): string =>
  Object.hasOwn(scheduleItemNames, test) ? scheduleItemNames[test as ScheduleItemId] : test;
