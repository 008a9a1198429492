import type { FindingAction } from "@/rules/types";

/** How each finding action is named on screen and on paper. */
export const actionLabels: Readonly<Record<FindingAction, string>> = {
  "do-not-start": "Do not start",
  discontinue: "Discontinue",
  interrupt: "Interrupt",
  "reduce-dose": "Reduce dose",
  caution: "Caution",
  missing: "Missing",
  info: "Note",
};
