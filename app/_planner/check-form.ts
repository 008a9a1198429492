import type { FieldErrors } from "react-hook-form";
import { planRequestSchema, type PlanRequest } from "@/lib/schema/plan-request";
import { toFieldErrors, type FieldError } from "@/lib/schema/field-errors";
import { formPathOf, toRequest, type FormValues } from "./form-values";

export type FormCheck = { ok: true; validated: PlanRequest } | { ok: false; errors: FieldError[] };

/**
 * Runs the shared schema over the form in the browser; errors carry form field paths.
 * Only validation; the engine is loaded beside it (see use-planning.ts).
 */
export function checkForm(values: FormValues): FormCheck {
  const { request, origins } = toRequest(values);
  const parsed = planRequestSchema.safeParse(request);
  if (!parsed.success) {
    const errors = toFieldErrors(parsed.error).map((error) => ({ ...error, path: formPathOf(error.path, origins) }));
    return { ok: false, errors };
  }
  return { ok: true, validated: parsed.data };
}

/** react-hook-form's resolver over the same schema. */
export function planResolver(values: FormValues) {
  const check = checkForm(values);
  if (check.ok) return { values, errors: {} };
  const errors: Record<string, { type: string; message: string }> = {};
  for (const error of check.errors) errors[error.path] ??= { type: "schema", message: error.message };
  return { values: {}, errors: nestErrors(errors) as FieldErrors<FormValues> };
}

/** `{"patient.ageYears": e}` → `{ patient: { ageYears: e } }`, the shape react-hook-form reads. */
function nestErrors(flat: Record<string, { type: string; message: string }>): Record<string, unknown> {
  const nested: Record<string, unknown> = {};
  for (const [path, error] of Object.entries(flat)) {
    const keys = path.split(".");
    let node = nested;
    keys.slice(0, -1).forEach((key) => {
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    });
    node[keys.at(-1) ?? path] = error;
  }
  return nested;
}
