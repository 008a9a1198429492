import { get, set, type FieldErrors } from "react-hook-form";
import { drugRules } from "@/rules";
import { planRequestSchema, type PlanRequest, type PlanRequestInput } from "@/lib/contract/plan-request";
import { isCalendarDate } from "@/lib/dates/calendar-date";
import { toFieldErrors, type FieldError } from "@/lib/contract/field-errors";
import { formPathOf, toRequest, type FormValues, type RequestOrigins } from "./form-values";

export type FormCheck = { ok: true; validated: PlanRequest } | { ok: false; errors: FieldError[] };

/**
 * Runs the shared schema over the form in the browser; errors carry form field paths.
 * Only validation; the engine is loaded beside it (see use-planning.ts).
 */
export function checkForm(values: FormValues): FormCheck {
  const { request, origins } = toRequest(values, drugRules);
  const parsed = planRequestSchema.safeParse(request);
  const schemaErrors = parsed.success
    ? []
    : toFieldErrors(parsed.error).map((error) => ({ ...error, path: formPathOf(error.path, origins) }));
  const errors = [...schemaErrors, ...baselineAfterStart(request, origins)];
  if (!parsed.success || errors.length > 0) return { ok: false, errors };
  return { ok: true, validated: parsed.data };
}

/**
 * A value entered as baseline but dated after the start would silently become a follow-up
 * result in the request: the form flags its date instead.
 */
function baselineAfterStart(request: PlanRequestInput, origins: RequestOrigins): FieldError[] {
  const start = request.startDate;
  if (typeof start !== "string" || !isCalendarDate(start)) return [];
  const paths = new Set(
    (request.labs ?? []).flatMap((lab, index) => {
      const origin = origins.labs[index];
      return origin?.baseline && typeof lab.date === "string" && lab.date > start ? [origin.date] : [];
    }),
  );
  return [...paths].map((path) => ({
    path,
    message: `Drawn after the start date: a baseline value is drawn on or before ${start}. Enter a later result as a visit's results.`,
  }));
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
