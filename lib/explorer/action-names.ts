import type { FindingAction } from "@/rules/types";

/** Each finding action as the start of a plain sentence. */
export const actionNames: Readonly<Record<FindingAction, string>> = {
  "do-not-start": "Do not start",
  discontinue: "Discontinue",
  interrupt: "Interrupt",
  "reduce-dose": "Reduce the dose",
  caution: "Caution",
  missing: "Ask for the missing fact",
  info: "Note",
};
