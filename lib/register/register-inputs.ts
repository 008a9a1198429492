import * as z from "zod/mini";
import { formatHumanDate } from "@/lib/dates/human-date";
import { analyteName, sentenceCase } from "@/lib/units/format";
import { screeningTestNames } from "@/lib/words/screening";
import {
  addDays,
  isCalendarDate,
  toFieldErrors,
  type CalendarDate,
  type FieldError,
  type PlanRequest,
} from "@/lib/register/engine";
import {
  calendarDate,
  doseChangeSchema,
  labResultSchema,
  patientSchema,
  screeningResultSchema,
  zosterDoseSchema,
  type DoseChange,
} from "@/lib/register/engine";
import { removablePatientFacts, type PatientFactsUpdate, type VisitResults } from "./record";

/**
 * The register's request bodies, checked as strictly as the plan request: unknown fields,
 * wrong types and oversized text are refused with the path of each field.
 */

// Letters, digits and a few separators: a hospital number, an MRN, "A-123/45".
const clinicPatientIdPattern = /^[A-Za-z0-9][A-Za-z0-9 ._/-]{0,63}$/;
// Printable text only: no control characters (tab and line breaks allowed) that would hide in a list or a CSV cell.
const hasControlCharacter = (value: string) =>
  [...value].some((character) => {
    const code = character.charCodeAt(0);
    return (code < 32 && character !== "\t" && character !== "\n" && character !== "\r") || code === 127;
  });

function text(field: string, max: number, min = 1) {
  return z.string({ error: `${field} must be text.` }).check(
    z.minLength(min, { error: `${field} must not be empty.` }),
    z.maxLength(max, { error: `${field} must be at most ${max} characters.` }),
    z.refine((value) => !hasControlCharacter(value), { error: `${field} must not hold control characters.` }),
  );
}

export const clinicPatientIdSchema = z.string({ error: "Clinic patient identifier must be text." }).check(
  z.refine((value) => clinicPatientIdPattern.test(value), {
    error:
      "Clinic patient identifier must be 1 to 64 letters, digits, spaces or . _ / - (starting with a letter or digit).",
  }),
);

const uuidSchema = (field: string) =>
  z.string({ error: `${field} must be an id.` }).check(z.uuid({ error: `${field} must be a record id (a UUID).` }));

/** A new record: who the patient is and the plan request (validated with the plan schema separately). */
export const newPatientSchema = z.strictObject({
  clinicPatientId: clinicPatientIdSchema,
  displayName: z.optional(text("Display name", 120)),
  request: z.unknown(),
});

/** A new record from a FHIR bundle (the planner's importer reads it). */
export const fhirImportSchema = z.strictObject({
  clinicPatientId: clinicPatientIdSchema,
  displayName: z.optional(text("Display name", 120)),
  bundle: text("FHIR bundle", 64 * 1024),
});

export const contactNoteSchema = z.strictObject({ note: text("Contact note", 2000) });

export const signOffSchema = z.strictObject({
  resultId: uuidSchema("Result"),
  comment: text("Sign-off comment", 2000, 0),
});

export const planReviewSchema = z.strictObject({ comment: text("Review comment", 2000, 0) });

/** Why the clinic ends a patient's monitoring: required, so the worklist's silence is explained. */
export const monitoringEndSchema = z.strictObject({ reason: text("Reason monitoring ends", 500) });

export const monitoringResumeSchema = z.strictObject({ comment: text("Comment", 2000, 0) });

const entryList = (field: string, max: number, what: string) =>
  z.optional(
    z
      .array(z.unknown(), { error: `${field} must be a list.` })
      .check(z.maxLength(max, { error: `At most ${max} ${what} in one entry.` })),
  );

const resultEntryShape = z.strictObject({
  date: z.string({ error: "Date of the results must be a date written YYYY-MM-DD." }),
  labs: entryList("Labs", 13, "results"),
  screening: entryList("Screening", 5, "screening results"),
  zosterVaccine: entryList("Zoster vaccine doses", 1, "zoster vaccine dose"),
});

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/**
 * A date no result or fact can have yet: after the server's today (in the clinic's time zone, TZ),
 * with one day's grace for a user whose day starts before the server's. A typing slip of a year
 * would otherwise date the record's plan years ahead. Left out (`today` undefined) where the page
 * checks a form before sending it: the server's today decides.
 */
function afterToday(date: string, today: CalendarDate | undefined, field: string): FieldError[] {
  return today !== undefined && isCalendarDate(date) && date > addDays(today, 1)
    ? [
        {
          path: "date",
          message: `${field} must not be after today (${formatHumanDate(today)} on the register's clock; a day ahead is allowed for time zones).`,
        },
      ]
    : [];
}

/**
 * The results in a new record's request dated after today (lab values, screening results and
 * zoster doses happened: none can be in the future), each at its entry's date.
 */
/** A date in a message naming which entry it is: two platelet counts differ only by their dates. */
const humanDate = (date: string) => (isCalendarDate(date) ? formatHumanDate(date) : date);

export function resultsAfterToday(request: PlanRequest, today: CalendarDate): FieldError[] {
  const at = (list: string, index: number, errors: FieldError[]) =>
    errors.map((error) => ({ ...error, path: `${list}.${index}.date` }));
  return [
    ...(request.labs ?? []).flatMap((lab, index) =>
      at("labs", index, afterToday(lab.date, today, `${analyteName(lab.test)}: the date, ${humanDate(lab.date)},`)),
    ),
    ...(request.screening ?? []).flatMap((entry, index) =>
      at(
        "screening",
        index,
        afterToday(
          entry.date,
          today,
          `${sentenceCase(screeningTestNames[entry.test])}: the date, ${humanDate(entry.date)},`,
        ),
      ),
    ),
    ...(request.zosterVaccine ?? []).flatMap((dose, index) =>
      at(
        "zosterVaccine",
        index,
        afterToday(dose.date, today, `Zoster vaccine dose: the date, ${humanDate(dose.date)},`),
      ),
    ),
  ];
}

export function checkWith<T>(schema: z.ZodMiniType<T>, body: unknown): Checked<T> {
  const parsed = schema.safeParse(body);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: toFieldErrors(parsed.error) };
}

/**
 * Each entry of one of a visit's lists, checked with the planner's own schema after the visit's
 * date is put in (an entry may not bring its own); errors name the entry ("labs.2.value").
 */
function checkEntries<T extends { date: string }>(
  list: "labs" | "screening" | "zosterVaccine",
  entries: readonly unknown[],
  date: string,
  schema: z.ZodMiniType<T>,
  shape: string,
  key: keyof T & string,
  errors: FieldError[],
): T[] {
  const checked: T[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (typeof entry !== "object" || entry === null || Array.isArray(entry) || "date" in entry) {
      errors.push({ path: `${list}.${index}`, message: shape });
      return;
    }
    const parsed = schema.safeParse({ ...entry, date });
    if (!parsed.success) {
      for (const error of toFieldErrors(parsed.error)) {
        errors.push(
          error.path === "date"
            ? error
            : { path: `${list}.${index}${error.path ? `.${error.path}` : ""}`, message: error.message },
        );
      }
      return;
    }
    const value = String(parsed.data[key]);
    if (seen.has(value))
      errors.push({ path: `${list}.${index}.${key}`, message: "Only one result per test in one entry." });
    seen.add(value);
    checked.push(parsed.data);
  });
  return checked;
}

/**
 * One visit's results: a date and what was done on it — labs (units, plausible ranges, upper
 * limits of normal), screening results and a zoster vaccine dose — each checked with the
 * planner's own schema. One result per test; at least one result in all; not dated after `today`.
 */
export function checkResultEntry(body: unknown, today?: CalendarDate): Checked<VisitResults> {
  const entry = checkWith(resultEntryShape, body);
  if (!entry.ok) return entry;
  const { date } = entry.value;
  const errors: FieldError[] = [];
  const labs = checkEntries(
    "labs",
    entry.value.labs ?? [],
    date,
    labResultSchema,
    "Each result must be an object with test, value, unit and, for liver enzymes and CK, uln.",
    "test",
    errors,
  );
  const screening = checkEntries(
    "screening",
    entry.value.screening ?? [],
    date,
    screeningResultSchema,
    "Each screening result must be an object with test, result and, for a positive one, interpretation.",
    "test",
    errors,
  );
  const zosterVaccine = checkEntries(
    "zosterVaccine",
    entry.value.zosterVaccine ?? [],
    date,
    zosterDoseSchema,
    "Each zoster vaccine dose must be an object with vaccine.",
    "vaccine",
    errors,
  );
  const count = [entry.value.labs, entry.value.screening, entry.value.zosterVaccine].reduce(
    (total, list) => total + (list?.length ?? 0),
    0,
  );
  if (count === 0) errors.push({ path: "labs", message: "Enter at least one result." });
  // After the entries' own checks, which word a date that is not one.
  errors.push(...afterToday(date, today, "Date of the results"));
  // The date's own message once, not once per entry (each list's schema words it its own way).
  const unique = errors.filter(
    (error, index) =>
      errors.findIndex(
        (other) => other.path === error.path && (other.message === error.message || error.path === "date"),
      ) === index,
  );
  if (unique.length) return { ok: false, errors: unique };
  return {
    ok: true,
    value: {
      labs,
      ...(screening.length ? { screening } : {}),
      ...(zosterVaccine.length ? { zosterVaccine } : {}),
    },
  };
}

export function checkDoseChange(body: unknown): Checked<DoseChange> {
  return checkWith(doseChangeSchema, body);
}

/**
 * Patient facts learned since the record was saved: the day they were learned, and at least one
 * of the plan request's patient facts to set (each checked as the planner checks it) or to remove.
 * The whole patient, the saved facts with these over them, is checked with the rest of the record
 * when it is appended.
 */
const patientFactsSchema = z
  .strictObject({
    date: calendarDate("Date the facts were learned"),
    patient: z.optional(z.partial(patientSchema)),
    remove: z.optional(
      z
        .array(
          z.enum(removablePatientFacts, {
            error: `Each fact to remove must be one of: ${removablePatientFacts.join(", ")}.`,
          }),
          { error: "Facts to remove must be a list." },
        )
        .check(z.maxLength(removablePatientFacts.length, { error: "Each fact can be removed once." })),
    ),
  })
  .check(
    z.superRefine((update, ctx) => {
      const given = Object.keys(update.patient ?? {});
      const removed = update.remove ?? [];
      if (given.length + removed.length === 0)
        ctx.addIssue({
          code: "custom",
          path: ["patient"],
          message: "Enter at least one patient fact to change or remove.",
        });
      removed.forEach((fact, index) => {
        if (given.includes(fact) || removed.indexOf(fact) !== index)
          ctx.addIssue({ code: "custom", path: ["remove", index], message: `${fact} is given or removed twice.` });
      });
    }),
  );

/** A facts update's body, checked; not dated after `today` (facts are learned, not foreseen). */
export function checkPatientFacts(body: unknown, today?: CalendarDate): Checked<PatientFactsUpdate> {
  const checked = checkWith(patientFactsSchema, body);
  if (!checked.ok) return checked;
  const { date, patient, remove } = checked.value;
  const future = afterToday(date, today, "Date the facts were learned");
  if (future.length) return { ok: false, errors: future };
  return { ok: true, value: { date, patient: patient ?? {}, ...(remove?.length ? { remove } : {}) } };
}
