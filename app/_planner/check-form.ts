import { get, set, type FieldErrors } from "react-hook-form";
import { drugRules } from "@/rules";
import { planRequestSchema, type PlanRequest } from "@/lib/contract/plan-request";
import { toFieldErrors, type FieldError } from "@/lib/contract/field-errors";
import { formPathOf, toRequest, type FormValues } from "./form-values";

export type FormCheck = { ok: true; validated: PlanRequest } | { ok: false; errors: FieldError[] };

/**
 * Runs the shared schema over the form in the browser; errors carry form field paths.
 * Only validation; the engine is loaded beside it (see use-planning.ts).
 */
export function checkForm(values: FormValues): FormCheck {
  const { request, origins } = toRequest(values, drugRules);
  const parsed = planRequestSchema.safeParse(request);
  if (!parsed.success) {
    const errors = toFieldErrors(parsed.error).map((error) => ({ ...error, path: formPathOf(error.path, origins) }));
    return { ok: false, errors };
  }
  return { ok: true, validated: parsed.data };
}

/** react-hook-form's resolver over the same schema: the first error of each field, nested as the form reads them. */
export function planResolver(values: FormValues) {
  const check = checkForm(values);
  if (check.ok) return { values, errors: {} };
  const errors: FieldErrors<FormValues> = {};
  for (const error of check.errors) {
    if (get(errors, error.path) === undefined) set(errors, error.path, { type: "schema", message: error.message });
  }
  return { values: {}, errors };
}
