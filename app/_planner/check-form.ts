import { drugRules } from "@/rules";
import { chooseTheNewDose } from "@/lib/words/dose-choice";
import { datePickerMessage } from "@/lib/words/date-picker";
import { typedNumberMessage } from "@/lib/words/typed-number";
import { valueAt } from "@/lib/contract/value-at";
import {
  planRequestErrors,
  planRequestSchema,
  type PlanRequest,
  type PlanRequestInput,
} from "@/lib/contract/plan-request";
import { isCalendarDate } from "@/lib/dates/calendar-date";
import { withoutRefusedValues } from "@/lib/contract/without-refused-values";
import type { FieldError } from "@/lib/contract/field-errors";
import { formPathOf, toRequest, type FormValues, type RequestOrigins } from "./form-values";

/**
 * A form the schema accepts (`validated`), or its errors by form field; with them, when the
 * refused values can be left out, the request without them (`partial`), so the plan stays in
 * view while a field is being corrected. A partial plan is never printed or sent.
 */
export type FormCheck =
  { ok: true; validated: PlanRequest } | { ok: false; errors: FieldError[]; partial: PlanRequest | undefined };

/**
 * Runs the shared schema over the form in the browser; errors carry form field paths.
 * Only validation; the plan is made beside it (see planning.ts).
 */
export function checkForm(values: FormValues): FormCheck {
  const { request, origins } = toRequest(values, drugRules);
  const parsed = planRequestSchema.safeParse(request);
  const lateBaseline = baselineAfterStart(request, origins);
  if (parsed.success && lateBaseline.length === 0) return { ok: true, validated: parsed.data };
  const provisional = withoutRefusedValues(
    request,
    lateBaseline.map(({ labIndex }) => ["labs", labIndex]),
  );
  // The first check's errors (the checks across fields included, see planRequestErrors), then
  // those found as refused values are left out: the summary names every field to fix at once.
  const firstErrors = parsed.success ? [] : planRequestErrors(request, parsed.error);
  const schemaErrors = [...firstErrors, ...provisional.errors].map((error) => ({
    path: formPathOf(error.path, origins),
    message: doseChoiceMessage(
      error.path,
      pickerMessage(error.path, typedNumberMessage(valueAt(request, error.path), error.message)),
    ),
  }));
  const errors = dedupeByPath([...schemaErrors, ...lateBaseline.map(({ error }) => error)]);
  return { ok: false, errors, partial: provisional.request };
}

/**
 * What each of the form's date pickers asks for, by the request path of its date. The error
 * summary names the field (refused-values.tsx); the field's own message does not repeat its label.
 */
const datePickers: { path: RegExp; asks: string }[] = [
  { path: /^labs\.\d+\.date$/, asks: "Enter the day these values were drawn." },
  { path: /^startDate$/, asks: "Enter the day of the first dose." },
  { path: /^asOf$/, asks: "Enter the date the plan is made on." },
  { path: /^screening\.\d+\.date$/, asks: "Enter the day of the test." },
  {
    path: /^screening\.\d+\.preventiveTreatmentStarted$/,
    asks: "Enter the day it started, or clear it if not started.",
  },
  { path: /^zosterVaccine\.\d+\.date$/, asks: "Enter the day of the dose." },
  { path: /^doseChanges\.\d+\.date$/, asks: "Enter the day the new dose starts." },
];

/** A date picker's refusal in its own words (`datePickerMessage`), by the request path of its date. */
function pickerMessage(path: string, message: string): string {
  const picker = datePickers.find((candidate) => candidate.path.test(path));
  return picker ? datePickerMessage(message, picker.asks) : message;
}

/**
 * A dose change's dose is a choice, not typed: its "must be a number of mg" (the row was added
 * and no dose chosen) asks for the choice.
 */
function doseChoiceMessage(path: string, message: string): string {
  return /^doseChanges\.\d+\.doseMg$/.test(path) && /must be a number/.test(message) ? chooseTheNewDose : message;
}

/**
 * A value entered as baseline but dated after the start would silently become a follow-up
 * result in the request: the form flags its date instead.
 */
function baselineAfterStart(
  request: PlanRequestInput,
  origins: RequestOrigins,
): { labIndex: number; error: FieldError }[] {
  const start = request.startDate;
  if (typeof start !== "string" || !isCalendarDate(start)) return [];
  return (request.labs ?? []).flatMap((lab, labIndex) => {
    const origin = origins.labs[labIndex];
    if (!origin?.baseline || typeof lab.date !== "string" || lab.date <= start) return [];
    const message = `Drawn after the start date: a baseline value is drawn on or before ${start}. Enter a later result as a visit's results.`;
    return [{ labIndex, error: { path: origin.date, message } }];
  });
}

function dedupeByPath(errors: readonly FieldError[]): FieldError[] {
  return errors.filter((error, index) => errors.findIndex((other) => other.path === error.path) === index);
}
