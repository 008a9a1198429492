import { buildPlan } from "@/lib/plan";
import type { Plan } from "@/lib/contract/plan";
import { checkForm, type FormCheck } from "./check-form";
import type { FormValues } from "./form-values";

/** The form checked against the shared schema and, when asked for, its plan. */
export interface Planning {
  check: FormCheck;
  plan: Plan | null;
}

/**
 * The plan is made from the form when it is valid, or without its refused values (a
 * provisional plan) when those can be left out; `null` when neither, or when only the check
 * was asked for (react-hook-form's resolver).
 */
export function planningOf(values: FormValues, withPlan: boolean): Planning {
  const check = checkForm(values);
  const request = check.ok ? check.validated : check.partial;
  return { check, plan: withPlan && request ? buildPlan(request) : null };
}

/** One form to check (and plan), numbered so each answer reaches the call that asked. */
export interface PlanningJob {
  id: number;
  values: FormValues;
  withPlan: boolean;
}

export type PlanningMessage = { id: number; planning: Planning } | { id: number; error: string };

/** The worker's answer to one job: the planning, or why it could not be made. */
export function answerPlanningJob({ id, values, withPlan }: PlanningJob): PlanningMessage {
  try {
    return { id, planning: planningOf(values, withPlan) };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}
