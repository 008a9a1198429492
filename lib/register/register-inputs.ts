import * as z from "zod/mini";
import { toFieldErrors, type FieldError } from "@/lib/register/engine";
import { doseChangeSchema, labResultSchema, type DoseChange, type LabResult } from "@/lib/register/engine";

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

const resultEntryShape = z.strictObject({
  date: z.string({ error: "Date of the results must be a date written YYYY-MM-DD." }),
  labs: z
    .array(z.unknown(), { error: "Labs must be a list." })
    .check(
      z.minLength(1, { error: "Enter at least one result." }),
      z.maxLength(13, { error: "At most 13 results in one entry." }),
    ),
});

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export function checkWith<T>(schema: z.ZodMiniType<T>, body: unknown): Checked<T> {
  const parsed = schema.safeParse(body);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: toFieldErrors(parsed.error) };
}

/**
 * One visit's results: a date and the labs drawn on it, each checked with the planner's
 * own lab schema (units, plausible ranges, upper limits of normal). One result per test.
 */
export function checkResultEntry(body: unknown): Checked<{ labs: LabResult[] }> {
  const entry = checkWith(resultEntryShape, body);
  if (!entry.ok) return entry;
  const errors: FieldError[] = [];
  const labs: LabResult[] = [];
  const seen = new Set<string>();
  entry.value.labs.forEach((lab, index) => {
    if (typeof lab !== "object" || lab === null || Array.isArray(lab) || "date" in lab) {
      errors.push({
        path: `labs.${index}`,
        message: "Each result must be an object with test, value, unit and, for liver enzymes and CK, uln.",
      });
      return;
    }
    const parsed = labResultSchema.safeParse({ ...lab, date: entry.value.date });
    if (!parsed.success) {
      for (const error of toFieldErrors(parsed.error)) {
        errors.push(
          error.path === "date"
            ? error
            : { path: `labs.${index}${error.path ? `.${error.path}` : ""}`, message: error.message },
        );
      }
      return;
    }
    if (seen.has(parsed.data.test))
      errors.push({ path: `labs.${index}.test`, message: "Only one result per test in one entry." });
    seen.add(parsed.data.test);
    labs.push(parsed.data);
  });
  // The date's own message once, not once per lab.
  const unique = errors.filter(
    (error, index) =>
      errors.findIndex((other) => other.path === error.path && other.message === error.message) === index,
  );
  return unique.length ? { ok: false, errors: unique } : { ok: true, value: { labs } };
}

export function checkDoseChange(body: unknown): Checked<DoseChange> {
  return checkWith(doseChangeSchema, body);
}
