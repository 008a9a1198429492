import { describe, expect, it } from "vitest";
import { drugIds } from "@/rules/types";
import { allExplorerRules } from "@/lib/explorer/drug-rules";
import { buildPlan } from "@/lib/plan";
import { planRequestSchema } from "@/lib/contract/plan-request";
import { decidingRuleIds, engineAnswer, noneAnswer, sameAnswer } from "@/lib/teaching/answers";
import { caseFacts } from "@/lib/teaching/case-facts";
import { teachingCaseById, teachingCases } from "@/lib/teaching/cases";
import { actionLabels, actionSentences } from "@/lib/words/actions";

const ruleIds = new Set(allExplorerRules().map((rule) => rule.id));

function planOf(request: unknown) {
  const parsed = planRequestSchema.safeParse(request);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return buildPlan(parsed.data);
}

describe("the teaching cases as a set", () => {
  it("has at least 12 cases with unique kebab-case ids", () => {
    expect(teachingCases.length).toBeGreaterThanOrEqual(12);
    const ids = teachingCases.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(teachingCaseById(ids[0] ?? "")).toBe(teachingCases[0]);
  });

  it("covers every oral drug and both creams", () => {
    expect(new Set(teachingCases.map((entry) => entry.drug))).toEqual(new Set(drugIds));
  });

  it("includes SI units, a dose increase, a value exactly at a limit and an older smoker", () => {
    const tags = new Set(teachingCases.flatMap((entry) => entry.tags));
    for (const tag of ["SI units", "dose increase", "value exactly at a limit", "age 65+ with smoking"])
      expect(tags).toContain(tag);
  });

  it("tags the situation, never the verdict: the list is read before the case is answered", () => {
    const verdicts = [...Object.values(actionLabels), ...Object.values(actionSentences), "start", "stop", "safe"];
    const giveaways = teachingCases.flatMap((entry) =>
      entry.tags
        .filter((tag) => verdicts.some((verdict) => new RegExp(`\\b${verdict}\\b`, "i").test(tag)))
        .map((tag) => `${entry.id}: ${tag}`),
    );
    expect(giveaways).toEqual([]);
  });

  it("tags cases with opposite answers alike: a shared tag does not tell whether the patient may start", () => {
    const mayStartAnswers = (tag: string) =>
      new Set(
        teachingCases
          .filter((entry) => entry.tags.includes(tag))
          .flatMap((entry) =>
            entry.questions.flatMap((question) => (question.kind === "may-start" ? [question.expected] : [])),
          ),
      );
    expect(mayStartAnswers("low platelets at baseline")).toEqual(new Set(["yes", "no"]));
    expect(mayStartAnswers("low lymphocytes at baseline")).toEqual(new Set(["yes", "no"]));
    expect(mayStartAnswers("sources disagree")).toEqual(new Set(["yes", "no"]));
  });
});

describe.each(teachingCases.map((entry) => [entry.id, entry] as const))("teaching case %s", (_id, teachingCase) => {
  it("is a valid contract request for its drug", () => {
    expect(planRequestSchema.safeParse(teachingCase.request).success).toBe(true);
    expect(teachingCase.request.drug).toBe(teachingCase.drug);
  });

  it("offers the expected answer among its choices", () => {
    for (const question of teachingCase.questions) {
      if (question.kind === "may-start") continue;
      if (question.kind === "baseline-tests") {
        for (const item of question.expected) expect(question.choices).toContain(item);
      } else {
        expect(question.choices).toContain(question.expected);
      }
    }
  });

  it("gets its expected answers from the engine, decided by rules the explorer lists", () => {
    const plan = planOf(teachingCase.request);
    for (const question of teachingCase.questions) {
      expect({ prompt: question.prompt, answer: engineAnswer(question, plan) }).toEqual({
        prompt: question.prompt,
        answer: question.expected,
      });
      expect(sameAnswer(engineAnswer(question, plan), question.expected)).toBe(true);
      for (const id of decidingRuleIds(question, plan)) expect(ruleIds).toContain(id);
      const answered = engineAnswer(question, plan);
      if (question.kind !== "baseline-tests" && answered !== noneAnswer)
        expect(decidingRuleIds(question, plan).length).toBeGreaterThan(0);
    }
  });

  it("lists every lab of the request, in the unit reported", () => {
    const facts = caseFacts(planRequestSchema.parse(teachingCase.request));
    expect(facts.length).toBeGreaterThanOrEqual(5 + (teachingCase.request.labs?.length ?? 0));
  });
});

describe("marking", () => {
  it("compares ticked tests as a set", () => {
    expect(sameAnswer(["tb", "cbc"], ["cbc", "tb"])).toBe(true);
    expect(sameAnswer(["tb"], ["cbc", "tb"])).toBe(false);
    expect(sameAnswer([], [])).toBe(true);
    expect(sameAnswer("yes", "no")).toBe(false);
  });
});
