import { startTransition, useEffect, useRef, useState } from "react";
import { get, set, type FieldErrors } from "react-hook-form";
import type { Plan } from "@/lib/contract/plan";
import type { FormCheck } from "./check-form";
import type { FormValues } from "./form-values";
import type { Planning } from "./planning";
import { requestPlanning } from "./planning-client";

/** react-hook-form's resolver over the shared schema: the first error of each field, nested as the form reads them. */
export async function planResolver(values: FormValues) {
  const { check } = await requestPlanning(values, false);
  if (check.ok) return { values, errors: {} };
  const errors: FieldErrors<FormValues> = {};
  for (const error of check.errors) {
    if (get(errors, error.path) === undefined) set(errors, error.path, { type: "schema", message: error.message });
  }
  return { values: {}, errors };
}

export interface PlanningState {
  check: FormCheck | null;
  plan: Plan | null;
  /**
   * False while the check and plan shown are of values the form has since moved on from (the
   * worker has not answered the latest yet): nothing is printed, saved or exported from them.
   */
  current: boolean;
}

/**
 * The form checked against the shared schema and its plan, made off the page's thread
 * (planning-client.ts): from the form when valid, or without its refused values (provisional)
 * when those can be left out; `null` until the first answer. One form is planned at a time:
 * values typed meanwhile are planned next, only the latest, so a slow device never queues a
 * plan per keystroke. Nothing is planned before `restored`: the server's empty form, replaced a
 * moment later by the saved one, would be planned for nothing while the page is still loading.
 */
export function usePlanning(values: FormValues, restored: boolean): PlanningState {
  const [answer, setAnswer] = useState<{ values: FormValues; planning: Planning } | null>(null);
  const latest = useRef(values);
  const inFlight = useRef(false);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    if (!restored) return;
    latest.current = values;
    if (inFlight.current) return;
    const plan = (sent: FormValues) => {
      inFlight.current = true;
      requestPlanning(sent, true).then(
        (planning) => {
          inFlight.current = false;
          if (!mounted.current) return;
          // The plan and its results render in slices between the page's other work.
          startTransition(() => setAnswer({ values: sent, planning }));
          if (latest.current !== sent) plan(latest.current);
        },
        (error: unknown) => {
          inFlight.current = false;
          // A plan that cannot be made breaks the page as it did when made here, never a stale plan.
          if (mounted.current)
            setAnswer(() => {
              throw error;
            });
        },
      );
    };
    plan(values);
  }, [values, restored]);

  return {
    check: answer?.planning.check ?? null,
    plan: answer?.planning.plan ?? null,
    current: answer !== null && answer.values === values,
  };
}
