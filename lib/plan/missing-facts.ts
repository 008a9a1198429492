import type { Cited } from "@/rules/types";
import type { PlanContext } from "./context";
import { findingFrom } from "./findings";
import { citationsOf } from "./sources";
import type { FactId } from "./patient-facts";
import type { Finding } from "@/lib/contract/plan";

/** A rule that could not be decided, and what it would say: kept until the plan asks for its facts. */
interface WaitingRule {
  rule: Cited;
  says: string;
}

/** The rules waiting on each unknown fact, in the order the plan met them. */
export type WaitingOnFacts = Map<FactId, WaitingRule[]>;

/** Records that `rule` cannot be decided until `facts` are known. */
export function waitFor(waiting: WaitingOnFacts, facts: readonly FactId[], rule: Cited, says: string): void {
  for (const fact of new Set(facts)) {
    const rules = waiting.get(fact) ?? [];
    if (!rules.some((entry) => entry.rule.id === rule.id)) rules.push({ rule, says });
    waiting.set(fact, rules);
  }
}

/** What the plan asks for, per fact. */
const factQuestions: Readonly<Record<FactId, string>> = {
  "can-become-pregnant":
    "Whether the patient can become pregnant is not recorded: ask before the first dose. Until it is answered, the pregnancy test stays on the baseline visit.",
  smoking: "Smoking status is not recorded.",
  weight: "Weight is not given.",
  egfr: "eGFR is not given.",
  crcl: "Creatinine clearance is not known: give it, or the weight and a creatinine result so that it can be calculated (Cockcroft–Gault).",
  "hepatic-impairment": "Hepatic function is not recorded (none, or Child-Pugh A, B or C).",
  antiplatelet: "Antiplatelet therapy is not recorded.",
  "interacting-medicines":
    "The patient's other medicines are not recorded (strong CYP3A4 or CYP2C19 inhibitors, CYP2C9 inhibitors, probenecid, strong inducers).",
  "cyp2c9-genotype": "CYP2C9 genotype (poor metabolizer or not) is not known.",
};

/**
 * One `missing` finding per unknown fact that a rule needs, naming what it decides. Its id
 * is `drug.missing.<fact>` and it cites the rules that wait on it.
 */
export function missingFactFindings(waiting: WaitingOnFacts, context: PlanContext): Finding[] {
  return [...waiting.entries()].map(([fact, rules]) => {
    const asked: Cited = {
      id: `${context.rules.id}.missing.${fact}`,
      evidence: rules.some(({ rule }) => rule.evidence === "label") ? "label" : "consensus",
      sources: citationsOf(rules.map(({ rule }) => rule)),
    };
    return findingFrom(
      asked,
      "missing",
      `${factQuestions[fact]} It decides: ${rules.map(({ says }) => says).join(" ")}`,
    );
  });
}
