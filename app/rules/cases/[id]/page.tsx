import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { drugRules } from "@/rules";
import { toCalendarDate } from "@/lib/dates/calendar-date";
import { formatHumanDate } from "@/lib/dates/human-date";
import { allExplorerRules } from "@/lib/explorer/drug-rules";
import { ruleHref } from "@/lib/explorer/explorer-rule";
import { actionSentences } from "@/lib/words/actions";
import { buildPlan } from "@/lib/plan";
import { scheduleItemNames } from "@/lib/words/schedule-items";
import { planRequestSchema } from "@/lib/contract/plan-request";
import { requestFragment } from "@/lib/contract/share-link";
import { decidingRuleIds, engineAnswer, noneAnswer } from "@/lib/teaching/answers";
import { caseFacts } from "@/lib/teaching/case-facts";
import { teachingCaseById, teachingCases } from "@/lib/teaching/cases";
import type { TeachingQuestion } from "@/lib/teaching/teaching-case";
import { sentenceCase } from "@/lib/units/format";
import { Findings, Schedule } from "@/app/_planner/results";
import { CaseQuiz, type QuizQuestion } from "./case-quiz";

export const dynamicParams = false;

export function generateStaticParams() {
  return teachingCases.map((entry) => ({ id: entry.id }));
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const teachingCase = teachingCaseById(id);
  return teachingCase ? { title: `${teachingCase.title} — teaching case — JAK Monitor` } : {};
}

/** Each choice as the trainee reads it. */
function choicesOf(question: TeachingQuestion): { value: string; label: string }[] {
  switch (question.kind) {
    case "may-start":
      return [
        { value: "yes", label: "Yes: no rule says do not start" },
        { value: "no", label: "No: a rule says do not start" },
      ];
    case "visit-date":
      return question.choices.map((value) => ({
        value,
        label: value === noneAnswer ? "None: the plan orders none" : formatHumanDate(toCalendarDate(value)),
      }));
    case "baseline-tests":
      return question.choices.map((value) => ({ value, label: sentenceCase(scheduleItemNames[value]) }));
    case "strongest-action":
      return question.choices.map((value) => ({ value, label: actionSentences[value] }));
  }
}

export default async function TeachingCasePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const teachingCase = teachingCaseById(id);
  if (!teachingCase) notFound();
  const request = planRequestSchema.parse(teachingCase.request);
  const plan = buildPlan(request);
  const rulesById = new Map(allExplorerRules().map((rule) => [rule.id, rule]));

  const questions: QuizQuestion[] = teachingCase.questions.map((question, index) => {
    const choices = choicesOf(question);
    const answer = engineAnswer(question, plan);
    const answerLabels = (typeof answer === "string" ? [answer] : answer).map(
      (value) => choices.find((choice) => choice.value === value)?.label ?? value,
    );
    return {
      id: `q${index + 1}`,
      prompt: question.prompt,
      multiple: question.kind === "baseline-tests",
      choices,
      answer,
      answerText: answerLabels.length === 0 ? "None of these" : answerLabels.join(", "),
      decidedByLabel:
        question.kind === "may-start" && answer === "yes"
          ? "Decided by: no rule said do not start. The start limits checked:"
          : question.kind === "visit-date" && answer === noneAnswer
            ? "Decided by: no rule of this drug orders it. The plan's notes:"
            : "Decided by:",
      decidedBy: decidingRuleIds(question, plan).flatMap((ruleId) => {
        const rule = rulesById.get(ruleId);
        return rule ? [{ id: rule.id, href: ruleHref(rule), text: rule.text.both, sources: rule.sources }] : [];
      }),
    };
  });

  return (
    <>
      <p className="breadcrumb">
        <Link href="/rules">Rules explorer</Link> › <Link href="/rules/cases">Teaching cases</Link> ›{" "}
        {teachingCase.title}
      </p>
      <h1>{teachingCase.title}</h1>
      <div className="case-layout">
        <section aria-labelledby="case-heading">
          <h2 id="case-heading">The case</h2>
          <p>{teachingCase.vignette}</p>
          <h3>What the app is told</h3>
          <dl className="case-facts">
            {caseFacts(request).map((fact, index) => (
              <div key={`${fact.label}-${index}`}>
                <dt>{fact.label}</dt>
                <dd>{fact.value}</dd>
              </div>
            ))}
          </dl>
        </section>
        <CaseQuiz questions={questions}>
          <section aria-labelledby="teaching-point-heading" className="teaching-point">
            <h2 id="teaching-point-heading">Teaching point</h2>
            <p>{teachingCase.teachingPoint}</p>
            <p>
              <a href={`/${requestFragment(teachingCase.request)}`}>Open this case in the planner</a> to change a fact
              and see what moves. ·{" "}
              <Link href={`/rules/${teachingCase.drug}`}>All {drugRules[teachingCase.drug].name} rules</Link>
            </p>
          </section>
          <h2 className="plan-heading">The app&apos;s plan</h2>
          <Findings plan={plan} />
          <Schedule plan={plan} />
        </CaseQuiz>
      </div>
    </>
  );
}
