import * as z from "zod/mini";
import { drugRules } from "@/rules";
import { toFieldErrors, type FieldError } from "./field-errors";
import {
  antiplateletTherapies,
  drugIds,
  hepaticImpairmentGrades,
  indicationIds,
  interactingMedicineIds,
  labTestIds,
  planRegions,
  riskFactorIds,
  screeningInterpretations,
  screeningResults,
  screeningTestIds,
  smokingStatuses,
  type ScreeningInterpretation,
} from "@/rules/types";
import { isCalendarDate } from "@/lib/dates/calendar-date";
import { maxMergeWithinDays } from "@/lib/contract/defaults";
import { analytes, plausibleUln } from "@/lib/units/analytes";
import { convert, isAcceptedUnit } from "@/lib/units/convert";
import { formatBound, unitLabel } from "@/lib/units/format";
import { screeningTestNames } from "@/lib/words/screening";
import { zosterVaccineIds } from "@/lib/words/zoster-vaccines";

/**
 * The plan request of the contract (`docs/api.md`), shared by the planner
 * form, `POST /api/plan` and the CLI. Every object is strict, so an unknown or misspelt
 * field is refused rather than ignored. Messages name the field in plain words.
 * Written with zod's mini build (functional checks) because the planner ships it to the
 * browser, where the classic build would double the page's own script.
 */

const listOf = (values: readonly string[]) => values.join(", ");

function oneOf<const T extends readonly [string, ...string[]]>(values: T, field: string) {
  return z.enum(values, { error: `${field} must be one of: ${listOf(values)}.` });
}

// Dates outside these years are typing errors in a monitoring plan, not plans.
const earliestYear = 1900;
const latestYear = 2100;
const earliestDate = `${earliestYear}-01-01`;
const latestDate = `${latestYear}-12-31`;

/** A calendar date field, its messages naming `field` (the register's events use it too). */
export function calendarDate(field: string) {
  const date = z.string({ error: `${field} must be a date written YYYY-MM-DD.` }).check(
    // One check, one message: an impossible date is not also out of the years. Not an aborting
    // refine either: an aborted date would keep its row's other checks from running.
    z.superRefine((text, ctx) => {
      if (!isCalendarDate(text))
        ctx.addIssue({ code: "custom", message: `${field} must be a real calendar date written YYYY-MM-DD.` });
      // A real date written yyyy-MM-dd by now, so it compares as text.
      else if (text < earliestDate || text > latestDate)
        ctx.addIssue({ code: "custom", message: `${field} must be between ${earliestYear} and ${latestYear}.` });
    }),
  );
  // For the OpenAPI document: JSON Schema's "date" is RFC 3339's full-date, yyyy-MM-dd. The
  // brand is for the compiler only: a validated request carries `CalendarDate`s.
  return date.brand<"CalendarDate">().register(z.globalRegistry, { format: "date" });
}

function flag(field: string) {
  return z.optional(z.boolean({ error: `${field} must be true or false.` }));
}

/** A whole number of `unit` from `min` to `max`, e.g. "Age must be between 0 and 120 years." */
function wholeNumber(field: string, unit: string, min: number, max: number) {
  const between = `${field} must be between ${min} and ${max} ${unit}.`;
  const whole = `${field} must be a whole number of ${unit}.`;
  return z
    .number({ error: whole })
    .check(z.int({ error: whole }), z.gte(min, { error: between }), z.lte(max, { error: between }));
}

/**
 * A strict object that, when it is missing or not an object, says which fields it holds.
 * Only that issue gets the message: unknown keys and the fields' own issues keep theirs.
 */
function fieldsOf<T extends z.core.$ZodLooseShape>(shape: T, whatItIs: string) {
  return z.strictObject(shape, { error: (issue) => (issue.code === "invalid_type" ? whatItIs : undefined) });
}

function listUpTo<T extends z.core.SomeType>(item: T, field: string, max: number, itemsName: string) {
  return z.optional(
    z
      .array(item, { error: `${field} must be a list.` })
      .check(z.maxLength(max, { error: `At most ${max} ${itemsName}.` })),
  );
}

export const labResultSchema = fieldsOf(
  {
    test: oneOf(labTestIds, "Lab test"),
    value: z.number({ error: "Lab value must be a number." }),
    unit: z.string({ error: 'Lab unit must be given, e.g. "10^9/L".' }),
    date: calendarDate("Lab date"),
    uln: z.optional(z.number({ error: "Upper limit of normal must be a number in U/L." })),
  },
  "Each lab result must be an object with test, value, unit and date.",
).check(
  z.superRefine((lab, ctx) => {
    const table = analytes[lab.test];
    if (!isAcceptedUnit(lab.test, lab.unit)) {
      ctx.addIssue({
        code: "custom",
        path: ["unit"],
        message: `${table.name} unit must be one of: ${listOf(Object.keys(table.units))}.`,
      });
      return;
    }
    const min = convert(lab.test, { value: table.plausible.min, unit: table.referenceUnit }, lab.unit);
    const max = convert(lab.test, { value: table.plausible.max, unit: table.referenceUnit }, lab.unit);
    if (!Number.isFinite(lab.value) || lab.value < min || lab.value > max) {
      ctx.addIssue({
        code: "custom",
        path: ["value"],
        message: `${table.name} must be a number between ${formatBound(min, "up")} and ${formatBound(max, "down")} ${unitLabel(lab.unit)}.`,
      });
    }
    if (lab.uln !== undefined) {
      if (!table.acceptsUln) {
        ctx.addIssue({ code: "custom", path: ["uln"], message: `${table.name} takes no upper limit of normal.` });
      } else if (!(lab.uln >= plausibleUln.min && lab.uln <= plausibleUln.max)) {
        ctx.addIssue({
          code: "custom",
          path: ["uln"],
          message: `${table.name} upper limit of normal must be between ${plausibleUln.min} and ${plausibleUln.max} U/L.`,
        });
      }
    }
  }),
);

const interpretationIds = [...new Set(Object.values(screeningInterpretations).flat())] as [
  ScreeningInterpretation,
  ...ScreeningInterpretation[],
];

export const screeningResultSchema = fieldsOf(
  {
    test: oneOf(screeningTestIds, "Screening test"),
    result: oneOf(screeningResults, "Screening result"),
    date: calendarDate("Screening date"),
    interpretation: z.optional(oneOf(interpretationIds, "Screening interpretation")),
    preventiveTreatmentStarted: z.optional(calendarDate("Preventive treatment start date")),
  },
  "Each screening result must be an object with test, result and date.",
).check(
  z.superRefine((entry, ctx) => {
    if (entry.interpretation !== undefined) {
      const allowed: readonly string[] = Object.hasOwn(screeningInterpretations, entry.test)
        ? screeningInterpretations[entry.test as keyof typeof screeningInterpretations]
        : [];
      if (entry.result !== "positive" || !allowed.includes(entry.interpretation)) {
        const what = allowed.length ? `one of: ${listOf(allowed)}` : "left out";
        ctx.addIssue({
          code: "custom",
          path: ["interpretation"],
          message: `Interpretation of a ${entry.result} ${screeningTestNames[entry.test]} must be ${entry.result === "positive" ? what : "left out"}.`,
        });
      }
    }
    if (entry.preventiveTreatmentStarted !== undefined && entry.interpretation !== "latent") {
      ctx.addIssue({
        code: "custom",
        path: ["preventiveTreatmentStarted"],
        message: "Preventive treatment start date belongs to a positive TB result interpreted as latent TB.",
      });
    }
  }),
);

export const zosterDoseSchema = fieldsOf(
  {
    vaccine: oneOf(zosterVaccineIds, "Zoster vaccine"),
    date: calendarDate("Zoster vaccine date"),
  },
  "Each zoster vaccine dose must be an object with vaccine and date.",
);

export const doseChangeSchema = fieldsOf(
  {
    date: calendarDate("Dose change date"),
    doseMg: z.number({ error: "New dose must be a number of mg (0 for an interruption)." }),
  },
  "Each dose change must be an object with date and doseMg.",
);

export const patientSchema = fieldsOf(
  {
    ageYears: wholeNumber("Age", "years", 0, 120),
    sex: oneOf(["female", "male"], "Sex"),
    pregnant: flag("Pregnant"),
    // "unknown" is an answer too: the plan then asks the question and plans the pregnancy test.
    canBecomePregnant: z.optional(
      z.union([z.boolean(), z.literal("unknown")], { error: 'Can become pregnant must be true, false or "unknown".' }),
    ),
    breastfeeding: flag("Breastfeeding"),
    smoking: z.optional(oneOf(smokingStatuses, "Smoking")),
    riskFactors: listUpTo(oneOf(riskFactorIds, "Risk factor"), "Risk factors", riskFactorIds.length, "risk factors"),
    egfr: z.optional(
      z
        .number({ error: "eGFR must be a number in mL/min/1.73 m²." })
        .check(
          z.gte(1, { error: "eGFR must be between 1 and 200 mL/min/1.73 m²." }),
          z.lte(200, { error: "eGFR must be between 1 and 200 mL/min/1.73 m²." }),
        ),
    ),
    weightKg: z.optional(
      z
        .number({ error: "Weight must be a number in kg." })
        .check(
          z.gte(1, { error: "Weight must be between 1 and 350 kg." }),
          z.lte(350, { error: "Weight must be between 1 and 350 kg." }),
        ),
    ),
    crclMlMin: z.optional(
      z
        .number({ error: "Creatinine clearance must be a number in mL/min." })
        .check(
          z.gte(1, { error: "Creatinine clearance must be between 1 and 300 mL/min." }),
          z.lte(300, { error: "Creatinine clearance must be between 1 and 300 mL/min." }),
        ),
    ),
    hepaticImpairment: z.optional(oneOf(hepaticImpairmentGrades, "Hepatic impairment")),
    cyp2c19PoorMetabolizer: flag("CYP2C19 poor metabolizer"),
    cyp2c9PoorMetabolizer: flag("CYP2C9 poor metabolizer"),
    antiplatelet: z.optional(oneOf(antiplateletTherapies, "Antiplatelet therapy")),
    interactingMedicines: listUpTo(
      oneOf(interactingMedicineIds, "Interacting medicine"),
      "Interacting medicines",
      interactingMedicineIds.length,
      "interacting medicine classes",
    ),
  },
  "Patient must be an object with at least ageYears and sex.",
);

/**
 * The clinic's visit planning (lib/plan/visit-planning.ts). Both are off when left out, so a
 * request written before they existed gets the plan it always got; the planner turns them on.
 */
export const visitPlanningSchema = fieldsOf(
  {
    mergeWithinDays: z.optional(wholeNumber("Merge window", "days", 0, maxMergeWithinDays)),
    avoidWeekends: flag("Avoid weekends"),
  },
  `Visit planning must be an object with mergeWithinDays (0 to ${maxMergeWithinDays} days) and avoidWeekends (true or false).`,
);

export const planRequestSchema = z
  .strictObject({
    drug: oneOf(drugIds, "Drug"),
    indication: oneOf(indicationIds, "Indication"),
    doseMg: z.optional(
      z
        .number({ error: "Dose must be a number of mg per day." })
        .check(z.positive({ error: "Dose must be more than 0 mg per day." })),
    ),
    startDate: calendarDate("Start date"),
    horizonMonths: z.optional(wholeNumber("Horizon", "months", 1, 60)),
    labelRegion: z.optional(oneOf(planRegions, "Label region")),
    asOf: z.optional(calendarDate("As-of date (today)")),
    recheckAfterWeeks: z.optional(wholeNumber("Recheck interval", "weeks", 1, 12)),
    routineIntervalMonths: z.optional(wholeNumber("Routine interval", "months", 1, 12)),
    baselineWindowDays: z.optional(wholeNumber("Baseline window", "days", 1, 365)),
    patient: patientSchema,
    labs: listUpTo(labResultSchema, "Labs", 500, "lab results"),
    screening: listUpTo(screeningResultSchema, "Screening", 50, "screening results"),
    zosterVaccine: listUpTo(zosterDoseSchema, "Zoster vaccine doses", 10, "zoster vaccine doses"),
    doseChanges: listUpTo(doseChangeSchema, "Dose changes", 50, "dose changes"),
    visitPlanning: z.optional(visitPlanningSchema),
  })
  .check(
    z.superRefine((request, ctx) => {
      // Only on a request whose fields are each valid: a start date refused for its year must not
      // also be compared with a dose change. `planRequestErrors` runs them beside refused fields.
      if (ctx.issues.length === 0) crossFieldIssues(request).forEach((issue) => ctx.addIssue(issue));
    }),
  );

/** An issue of the checks across fields, as zod's `addIssue` takes it. */
type CrossFieldIssue = { code: "custom"; path: (string | number)[]; message: string };

/**
 * The request's checks across fields: the indication and doses of the drug, dose changes after
 * the start, no pregnancy for a male patient. The schema runs them only on a request whose
 * fields are each valid; the planner also runs them beside other refused values (`refused`, from
 * `refusedFields`), so its summary names every field to fix at once. Each check reads only
 * fields not refused: a refused field's value is whatever was sent.
 */
export function crossFieldIssues(
  request: PlanRequestInput,
  refused: ReadonlySet<string> = new Set(),
): CrossFieldIssue[] {
  if (refused.has("")) return [];
  // The drug's checks first, then the patient's, in the order a reader of the form meets them.
  return [...drugIssues(request, refused), ...patientIssues(request, refused)];
}

const issue = (path: (string | number)[], message: string): CrossFieldIssue => ({ code: "custom", path, message });

/** The indication and doses of the drug, and dose changes after the start. */
function drugIssues(request: PlanRequestInput, refused: ReadonlySet<string>): CrossFieldIssue[] {
  if (refused.has("drug") || refused.has("indication")) return [];
  const rules = drugRules[request.drug];
  const indication = rules.indications.find((entry) => entry.indication === request.indication);
  if (!indication) {
    return [
      issue(
        ["indication"],
        `${rules.name} has no ${request.indication} indication; choose one of: ${listOf(rules.indications.map((entry) => entry.indication))}.`,
      ),
    ];
  }
  const issues: CrossFieldIssue[] = [];
  const doses = rules.doses.filter((dose) => dose.indications.includes(request.indication)).map((dose) => dose.doseMg);
  if (rules.route === "topical") {
    if (!refused.has("doseMg") && request.doseMg !== undefined) {
      issues.push(issue(["doseMg"], `${rules.name} is topical: leave the daily dose out.`));
    }
    if (!refused.has("doseChanges") && request.doseChanges?.length) {
      issues.push(issue(["doseChanges"], `${rules.name} is topical: it has no dose changes.`));
    }
    return issues;
  }
  const allowed = `${listOf(doses.map(String))} mg per day`;
  if (!refused.has("doseMg")) {
    if (request.doseMg === undefined) {
      issues.push(issue(["doseMg"], `Dose is required for ${rules.name}: one of ${allowed}.`));
    } else if (!doses.includes(request.doseMg)) {
      issues.push(issue(["doseMg"], `Dose of ${rules.name} must be one of ${allowed}.`));
    }
  }
  if (refused.has("doseChanges") || refused.has("startDate")) return issues;
  // A row's own refused value leaves only that value unchecked (a row that is not an object, all of
  // it): a dose not yet chosen must not hide that its date repeats another row's.
  const unread = (index: number, value: "date" | "doseMg") =>
    refused.has(`doseChanges.${index}`) || refused.has(`doseChanges.${index}.${value}`);
  request.doseChanges?.forEach((change, index, changes) => {
    if (!unread(index, "doseMg") && change.doseMg !== 0 && !doses.includes(change.doseMg)) {
      issues.push(
        issue(
          ["doseChanges", index, "doseMg"],
          `New dose of ${rules.name} must be 0 (interruption) or one of ${allowed}.`,
        ),
      );
    }
    if (unread(index, "date")) return;
    if (change.date <= request.startDate) {
      issues.push(
        issue(["doseChanges", index, "date"], `Dose change date must be after the start date, ${request.startDate}.`),
      );
    } else if (
      changes.findIndex((other, otherIndex) => !unread(otherIndex, "date") && other.date === change.date) !== index
    ) {
      // Two doses from one day leave the plan to guess which one the patient takes.
      issues.push(
        issue(["doseChanges", index, "date"], `Only one dose change per date: ${change.date} already has one.`),
      );
    }
  });
  return issues;
}

/** No pregnancy for a male patient. */
function patientIssues(request: PlanRequestInput, refused: ReadonlySet<string>): CrossFieldIssue[] {
  if (["patient", "patient.sex", "patient.pregnant"].some((field) => refused.has(field))) return [];
  return request.patient.pregnant && request.patient.sex === "male"
    ? [issue(["patient", "pregnant"], "Pregnant cannot be true for a male patient.")]
    : [];
}

/**
 * Every value a request the schema refused gets wrong, as the contract's `{ path, message }`: the
 * schema's own issues, and the checks across fields run beside them (`crossFieldIssues`), which
 * the schema alone would report only once the rest is valid. Every door answers with these, so a
 * client fixes one list, not one round after another.
 */
export function planRequestErrors(body: unknown, error: z.core.$ZodError): FieldError[] {
  // The checks read only fields the schema accepted (`refusedFields`), so the body's other fields
  // never reach them: reading it as a request is safe.
  const acrossFields = crossFieldIssues(body as PlanRequestInput, refusedFields(error.issues));
  return [
    ...toFieldErrors(error),
    ...acrossFields.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
  ];
}

/**
 * The fields a list of issues refuses: a top-level field's name, "patient.<fact>" for a
 * patient's fact, "patient" for the patient as a whole, "doseChanges.<row>" for a dose change
 * (".date" or ".doseMg" for one of its values) and "" for the body itself. Unknown fields refuse
 * nothing the checks read.
 */
export function refusedFields(issues: readonly z.core.$ZodIssue[]): Set<string> {
  const fields = new Set<string>();
  for (const issue of issues) {
    const [field, fact, value] = issue.path ?? [];
    if (field === undefined) {
      if (issue.code !== "unrecognized_keys") fields.add("");
    } else if (field === "patient" && fact !== undefined) fields.add(`patient.${String(fact)}`);
    else if (field === "doseChanges" && typeof fact === "number") {
      const known = value === "date" || value === "doseMg";
      fields.add(known ? `doseChanges.${fact}.${value}` : `doseChanges.${fact}`);
    } else fields.add(String(field));
  }
  return fields;
}

/** What a client sends (optional fields may be absent). */
export type PlanRequestInput = z.input<typeof planRequestSchema>;
/** A request that passed validation: the engine's input. */
export type PlanRequest = z.output<typeof planRequestSchema>;
export type LabResult = z.output<typeof labResultSchema>;
export type ScreeningEntry = z.output<typeof screeningResultSchema>;
export type ZosterDose = z.output<typeof zosterDoseSchema>;
export type DoseChange = z.output<typeof doseChangeSchema>;
export type Patient = z.output<typeof patientSchema>;
