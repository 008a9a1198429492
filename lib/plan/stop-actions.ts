import type { FindingAction } from "@/rules/types";
import type { Finding } from "@/lib/contract/plan";

/** The actions that mean the patient must not take the next dose until a clinician decides, most severe first. */
const stopActions = ["do-not-start", "discontinue", "interrupt"] as const satisfies readonly FindingAction[];

export type StopAction = (typeof stopActions)[number];

/** Whether a finding's action stops or holds the drug (do not start, discontinue, interrupt). */
export const isStopAction = (action: FindingAction): action is StopAction =>
  (stopActions as readonly FindingAction[]).includes(action);

/** The most severe stop action among the findings, or undefined when there is none. */
export function strongestStopAction(findings: readonly Finding[]): StopAction | undefined {
  return stopActions.find((action) => findings.some((finding) => finding.action === action));
}

/**
 * What a patient reads on paper and in the calendar file when a finding says stop. A
 * do-not-start finding can come from the patient's details while they are already on the
 * drug, so its wording covers a patient who has started too.
 */
export function patientStopInstruction(action: StopAction, drugName: string): string {
  return action === "do-not-start"
    ? `Do not start ${drugName} (or, if you have already started, do not take your next dose) until your clinic tells you to.`
    : `Do not take your next dose of ${drugName} until your clinic tells you to.`;
}

/** Why, in words that fit a finding from a test result or from the patient's details alike. */
export const patientStopReason =
  "Something in your health details or test results needs your clinician's review first.";
