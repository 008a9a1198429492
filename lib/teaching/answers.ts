import { drugRules } from "@/rules";
import type { Plan } from "@/lib/contract/plan";
import { type Answer, noneAnswer } from "./marking";
import type { TeachingQuestion } from "./teaching-case";

export { noneAnswer, sameAnswer, type Answer } from "./marking";

function firstVisitWith(plan: Plan, item: string, after?: string) {
  for (const visit of plan.visits) {
    if (after !== undefined && visit.date <= after) continue;
    const found = visit.items.find((entry) => entry.test === item);
    if (found) return { date: visit.date, item: found };
  }
  return undefined;
}

function baselineItems(plan: Plan) {
  return plan.visits.find((visit) => visit.date === plan.startDate)?.items ?? [];
}

/** The answer the engine's plan gives to a question: what a trainee's answer is marked against. */
export function engineAnswer(question: TeachingQuestion, plan: Plan): Answer {
  switch (question.kind) {
    case "may-start":
      return plan.findings.some((finding) => finding.action === "do-not-start") ? "no" : "yes";
    case "visit-date":
      return firstVisitWith(plan, question.item, question.after)?.date ?? noneAnswer;
    case "baseline-tests": {
      const ordered = new Set<string>(baselineItems(plan).map((item) => item.test));
      return question.choices.filter((choice) => ordered.has(choice));
    }
    case "strongest-action":
      return plan.findings[0]?.action ?? noneAnswer;
  }
}

/**
 * The rules that decided the engine's answer, by id: the findings or schedule items behind
 * it, or, when nothing fired, the rules that were checked and passed.
 */
export function decidingRuleIds(question: TeachingQuestion, plan: Plan): string[] {
  const unique = (ids: string[]) => [...new Set(ids)];
  switch (question.kind) {
    case "may-start": {
      const blocking = plan.findings.filter((finding) => finding.action === "do-not-start");
      if (blocking.length > 0) return unique(blocking.map((finding) => finding.ruleId));
      const checked = drugRules[plan.drug].startThresholds.filter(
        (rule) => rule.region === undefined || rule.region === plan.labelRegion,
      );
      // With no start limit, the rules that spoke and did not refuse decide it; a fact still to be
      // asked for (a `missing` finding) decides nothing yet.
      return checked.length > 0
        ? checked.map((rule) => rule.id)
        : unique(plan.findings.filter((finding) => finding.action !== "missing").map((finding) => finding.ruleId));
    }
    case "visit-date": {
      const found = firstVisitWith(plan, question.item, question.after);
      if (found) return [found.item.ruleId];
      return unique(plan.findings.filter((finding) => finding.action === "info").map((finding) => finding.ruleId));
    }
    case "baseline-tests":
      return unique(baselineItems(plan).map((item) => item.ruleId));
    case "strongest-action": {
      const strongest = plan.findings[0]?.action;
      return unique(plan.findings.filter((finding) => finding.action === strongest).map((finding) => finding.ruleId));
    }
  }
}
