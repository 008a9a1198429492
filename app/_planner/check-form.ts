import { drugRules } from "@/rules";
import { planRequestSchema, type PlanRequest, type PlanRequestInput } from "@/lib/contract/plan-request";
import { isCalendarDate } from "@/lib/dates/calendar-date";
import { withoutRefusedValues } from "@/lib/contract/without-refused-values";
import { toFieldErrors, type FieldError } from "@/lib/contract/field-errors";
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
  const schemaErrors = parsed.success
    ? []
    : toFieldErrors(parsed.error).map((error) => ({
        path: formPathOf(error.path, origins),
        message: labDatePath.test(error.path) ? labDateMessage(error.message) : error.message,
      }));
  const lateBaseline = baselineAfterStart(request, origins);
  if (parsed.success && lateBaseline.length === 0) return { ok: true, validated: parsed.data };
  const errors = [...schemaErrors, ...dedupeByPath(lateBaseline.map(({ error }) => error))];
  const partial = withoutRefusedValues(
    request,
    lateBaseline.map(({ labIndex }) => ["labs", labIndex]),
  );
  return { ok: false, errors, partial };
}

const labDatePath = /^labs\.\d+\.date$/;

/**
 * A lab's date comes from a date picker, which gives a whole date or nothing: the schema's "not a
 * real calendar date written YYYY-MM-DD" means the field is empty or half typed, said as such,
 * without asking for a format the picker does not show.
 */
function labDateMessage(message: string): string {
  return /real calendar date/.test(message) ? "Empty or incomplete. Enter the day these values were drawn." : message;
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
