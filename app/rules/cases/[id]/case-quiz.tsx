"use client";

import { SourceList } from "@/app/_components/source-list";
import Link from "next/link";
import { useRef, useState, type FormEvent, type ReactNode } from "react";
import type { PlanSource } from "@/lib/contract/plan";
import { sameAnswer, type Answer } from "@/lib/teaching/marking";

export interface QuizQuestion {
  id: string;
  prompt: string;
  multiple: boolean;
  choices: { value: string; label: string }[];
  /** The engine's answer, worked out on the server from the case's plan. */
  answer: Answer;
  answerText: string;
  /** How the rules below relate to the answer ("Decided by", or the limits checked when none fired). */
  decidedByLabel: string;
  decidedBy: { id: string; href: string; text: string; sources: readonly PlanSource[] }[];
}

/**
 * The trainee answers first; then each answer is marked against the engine's, with the
 * rules that decided it, and the plan (passed in as children) is shown.
 */
export function CaseQuiz({ questions, children }: { questions: readonly QuizQuestion[]; children: ReactNode }) {
  const [given, setGiven] = useState<Record<string, Answer>>({});
  const [checked, setChecked] = useState(false);
  // A question with one answer left unanswered: checking would show the answers before they were tried.
  const [unanswered, setUnanswered] = useState<readonly string[]>([]);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  const choose = (question: QuizQuestion, value: string, on: boolean) => {
    setGiven((current) => {
      if (!question.multiple) return { ...current, [question.id]: value };
      const previous = (current[question.id] as readonly string[] | undefined) ?? [];
      const next = on ? [...previous, value] : previous.filter((entry) => entry !== value);
      return {
        ...current,
        [question.id]: question.choices.map((choice) => choice.value).filter((entry) => next.includes(entry)),
      };
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const open = questions.filter((question) => !question.multiple && given[question.id] === undefined);
    setUnanswered(open.map((question) => question.id));
    if (open.length) return;
    setChecked(true);
    requestAnimationFrame(() => resultsHeading.current?.focus());
  };

  const answerOf = (question: QuizQuestion): Answer | undefined =>
    given[question.id] ?? (question.multiple ? [] : undefined);
  const labelOf = (question: QuizQuestion, answer: Answer | undefined) => {
    if (answer === undefined) return "no answer";
    const values = typeof answer === "string" ? [answer] : answer;
    if (values.length === 0) return "none of these";
    return values.map((value) => question.choices.find((choice) => choice.value === value)?.label ?? value).join(", ");
  };
  const score = questions.filter((question) => {
    const answer = answerOf(question);
    return answer !== undefined && sameAnswer(answer, question.answer);
  }).length;

  return (
    <div className="quiz">
      <form onSubmit={submit} aria-labelledby="questions-heading">
        <h2 id="questions-heading">Your answers</h2>
        {questions.map((question) => (
          <fieldset
            key={question.id}
            disabled={checked}
            aria-describedby={
              unanswered.includes(question.id) && given[question.id] === undefined
                ? `${question.id}-unanswered`
                : undefined
            }
          >
            <legend>{question.prompt}</legend>
            {unanswered.includes(question.id) && given[question.id] === undefined ? (
              <p className="field-error" id={`${question.id}-unanswered`}>
                Choose an answer.
              </p>
            ) : null}
            {question.choices.map((choice) => {
              const answer = answerOf(question);
              const selected =
                typeof answer === "string" ? answer === choice.value : (answer ?? []).includes(choice.value);
              return (
                <label key={choice.value}>
                  <input
                    type={question.multiple ? "checkbox" : "radio"}
                    name={question.id}
                    value={choice.value}
                    checked={selected}
                    onChange={(event) => choose(question, choice.value, event.target.checked)}
                  />{" "}
                  {choice.label}
                </label>
              );
            })}
          </fieldset>
        ))}
        {checked ? (
          <button
            key="again"
            type="button"
            onClick={(event) => {
              // The same spot holds the submit button next render: never let this click submit.
              event.preventDefault();
              setChecked(false);
              setGiven({});
              setUnanswered([]);
            }}
          >
            Try again
          </button>
        ) : (
          <>
            <p className="field-error" role="alert">
              {unanswered.some((id) => given[id] === undefined)
                ? "Answer every question before checking: the answers are shown only then."
                : ""}
            </p>
            <button key="check" type="submit">
              Check my answers
            </button>
          </>
        )}
      </form>
      {checked ? (
        <section aria-labelledby="results-heading" className="results">
          <h2 id="results-heading" ref={resultsHeading} tabIndex={-1}>
            {score} of {questions.length} correct
          </h2>
          {questions.map((question) => {
            const answer = answerOf(question);
            const right = answer !== undefined && sameAnswer(answer, question.answer);
            return (
              <article
                key={question.id}
                aria-labelledby={`${question.id}-verdict`}
                className={`verdict ${right ? "verdict-right" : "verdict-wrong"}`}
              >
                <h3 id={`${question.id}-verdict`}>
                  {right ? "Correct" : "Not quite"}: {question.prompt}
                </h3>
                <p>
                  Your answer: {labelOf(question, answer)}. The app&apos;s answer:{" "}
                  <strong>{question.answerText}</strong>.
                </p>
                <p>{question.decidedByLabel}</p>
                <ul>
                  {question.decidedBy.map((rule) => (
                    <li key={rule.id}>
                      <Link href={rule.href}>
                        <code>{rule.id}</code>
                      </Link>{" "}
                      — {rule.text} <SourceList sources={rule.sources} className="meta" />
                    </li>
                  ))}
                </ul>
              </article>
            );
          })}
          {children}
        </section>
      ) : null}
    </div>
  );
}
