import type { FindingAction } from "@/rules/types";
import type { Finding } from "./types";

/** The actions that mean the patient must not take the next dose until a clinician decides, most severe first. */
export const stopActions = ["do-not-start", "discontinue", "interrupt"] as const satisfies readonly FindingAction[];

export type StopAction = (typeof stopActions)[number];

/** The most severe stop action among the findings, or undefined when there is none. */
export function strongestStopAction(findings: readonly Finding[]): StopAction | undefined {
  return stopActions.find((action) => findings.some((finding) => finding.action === action));
}

/** What a patient reads on paper and in the calendar file when a finding says stop. */
export function patientStopInstruction(action: StopAction, drugName: string): string {
  return action === "do-not-start"
    ? `Do not start ${drugName} until your clinic tells you to.`
    : `Do not take your next dose of ${drugName} until your clinic tells you to.`;
}
