import { startTransition, useEffect, useState } from "react";
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

/**
 * The form checked against the shared schema and its plan, made off the page's thread
 * (planning-client.ts): from the form when valid, or without its refused values (provisional)
 * when those can be left out; `null` until the first answer. An answer for values the form
 * has since moved on from is dropped.
 */
export function usePlanning(values: FormValues): { check: FormCheck | null; plan: Plan | null } {
  const [planning, setPlanning] = useState<Planning | null>(null);
  useEffect(() => {
    let current = true;
    requestPlanning(values, true).then(
      (answer) => {
        // The plan and its results render in slices between the page's other work.
        if (current) startTransition(() => setPlanning(answer));
      },
      (error: unknown) => {
        // A plan that cannot be made breaks the page as it did when made here, never a stale plan.
        if (current)
          setPlanning(() => {
            throw error;
          });
      },
    );
    return () => {
      current = false;
    };
  }, [values]);
  return { check: planning?.check ?? null, plan: planning?.plan ?? null };
}
