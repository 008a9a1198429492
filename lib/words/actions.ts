import type { FindingAction } from "@/rules/types";

/** How each finding action is named on a badge, on screen and on paper. */
export const actionLabels: Readonly<Record<FindingAction, string>> = {
  "do-not-start": "Do not start",
  discontinue: "Discontinue",
  interrupt: "Interrupt",
  "reduce-dose": "Reduce dose",
  caution: "Caution",
  missing: "Missing",
  info: "Note",
};

/** Each finding action as the start of a plain sentence (the rules explorer's wording). */
export const actionSentences: Readonly<Record<FindingAction, string>> = {
  "do-not-start": "Do not start",
  discontinue: "Discontinue",
  interrupt: "Interrupt",
  "reduce-dose": "Reduce the dose",
  caution: "Caution",
  missing: "Ask for the missing fact",
  info: "Note",
};
