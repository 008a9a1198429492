/** An answer: one choice, or the set of choices ticked (sorted as the question lists them). */
export type Answer = string | readonly string[];

/** The answer when the plan orders no such item, or raises no finding. */
export const noneAnswer = "none";

/** Answers compare as choices: order does not matter for a set of ticked tests. */
export function sameAnswer(a: Answer, b: Answer): boolean {
  if (typeof a === "string" || typeof b === "string") return a === b;
  return a.length === b.length && [...a].sort().join("\n") === [...b].sort().join("\n");
}
