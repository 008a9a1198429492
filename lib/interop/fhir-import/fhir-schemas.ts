import * as z from "zod/mini";
import { isJsonObject, type JsonObject } from "@/lib/contract/json";

/**
 * The FHIR R4 subset the import reads, as schemas: the elements of Patient, Observation,
 * MedicationRequest and Immunization the planner uses, and the Bundle around them. Lenient as a
 * FHIR reader should be: every element is optional, elements not named here are dropped unread
 * (the patient's name, address and identifiers among them), and an element of the wrong JSON
 * type reads as absent (or, where absence means something, as its JSON text) rather than failing
 * its resource. So one sloppy element never costs the rest of a resource; the readers then say,
 * in clinical words, why what is left is not usable.
 * Written with zod's mini build: the import runs in the browser, in a worker.
 */

/** A string element; a value of another JSON type reads as absent. */
const text = z.catch(z.optional(z.string()), undefined);

/**
 * An element whose absence means something of its own (no comparator: an exact value; no system:
 * UCUM; no gender or status: not recorded). A value of another JSON type is kept as its JSON
 * text, so it matches no code and is named in the reason, rather than taken for absent.
 */
const quotedText = z.catch(z.optional(z.string()), (ctx) => JSON.stringify(ctx.value));

/** A FHIR decimal: a finite JSON number; anything else reads as absent. */
const decimal = z.catch(z.optional(z.number()), undefined);

/**
 * A number whose absence has a default that changes a dose (a frequency absent is once): one of
 * another JSON type ("2") reads as NaN, which no reader accepts, rather than as absent.
 */
const countOrUnreadable = z.catch(z.optional(z.number()), () => Number.NaN);

/** A complex element: an object read by its schema; anything else reads as absent. */
function element<T extends z.core.$ZodType>(schema: T) {
  return z.catch(z.optional(schema), undefined);
}

/**
 * Items of a repeating element read, at most: far more than any concept, dosage or range the
 * planner reads carries, and a list of millions would cost the worker seconds for nothing.
 */
const maxRepeats = 1000;

/**
 * A repeating element: its first items the schema reads, in order. Items of the wrong type are
 * dropped one by one, and a value that is not a list reads as none.
 */
function list<T extends z.core.$ZodType>(item: T) {
  return z.optional(
    z.pipe(
      z.catch(
        z.custom<unknown[]>((value) => Array.isArray(value)),
        () => [],
      ),
      z.transform((items: unknown[]) =>
        items.slice(0, maxRepeats).flatMap((value) => {
          const read = z.safeParse(item, value);
          return read.success ? [read.data] : [];
        }),
      ),
    ),
  );
}

/** A JSON object whose fields are read later, by the schema of its resource type. */
const jsonObjectSchema = z.custom<JsonObject>(isJsonObject);

const codingSchema = z.object({ system: text, code: text, display: text });

const codeableConceptSchema = z.object({ coding: list(codingSchema), text: text });

const quantitySchema = z.object({
  value: decimal,
  comparator: quotedText,
  unit: text,
  system: quotedText,
  code: text,
});

const periodSchema = z.object({ start: text });

export const patientSchema = z.object({
  resourceType: z.literal("Patient"),
  id: text,
  gender: quotedText,
  birthDate: text,
});

export const observationSchema = z.object({
  resourceType: z.literal("Observation"),
  id: text,
  status: quotedText,
  code: element(codeableConceptSchema),
  effectiveDateTime: text,
  effectivePeriod: element(periodSchema),
  issued: text,
  valueQuantity: element(quantitySchema),
  referenceRange: list(z.object({ high: element(quantitySchema) })),
});

const timingRepeatSchema = z.object({
  frequency: countOrUnreadable,
  frequencyMax: countOrUnreadable,
  period: decimal,
  periodUnit: text,
  when: list(z.string()),
  timeOfDay: list(z.string()),
});

const dosageSchema = z.object({
  timing: element(z.object({ repeat: element(timingRepeatSchema), code: element(codeableConceptSchema) })),
  doseAndRate: list(z.object({ doseQuantity: element(quantitySchema) })),
  maxDosePerPeriod: element(z.object({ numerator: element(quantitySchema), denominator: element(quantitySchema) })),
});

export const medicationRequestSchema = z.object({
  resourceType: z.literal("MedicationRequest"),
  id: text,
  // Only a status that stops the order is acted on; one of another type is no status.
  status: text,
  medicationCodeableConcept: element(codeableConceptSchema),
  medicationReference: element(z.object({ display: text })),
  authoredOn: text,
  dispenseRequest: element(z.object({ validityPeriod: element(periodSchema) })),
  dosageInstruction: list(dosageSchema),
  reasonCode: list(codeableConceptSchema),
});

export const immunizationSchema = z.object({
  resourceType: z.literal("Immunization"),
  id: text,
  status: quotedText,
  vaccineCode: element(codeableConceptSchema),
  occurrenceDateTime: text,
});

/** The four resource types the import reads, told apart by resourceType. */
const fhirResourceSchema = z.discriminatedUnion("resourceType", [
  patientSchema,
  observationSchema,
  medicationRequestSchema,
  immunizationSchema,
]);

/** What names any resource in the report: its type and id. */
export const resourceHeadSchema = z.object({ resourceType: text, id: text });

/** The most entries a bundle may hold: far more than one patient's record, far fewer than a crash needs. */
export const maxBundleEntries = 200_000;

/** A Bundle as the import takes it: its entries are read one by one, each with its own schema. */
export const bundleSchema = z.object(
  {
    resourceType: z.literal("Bundle", {
      error: (issue) =>
        typeof issue.input === "string" && issue.input !== ""
          ? `Expected a FHIR Bundle, got a ${issue.input.slice(0, 40)}.`
          : "Expected a FHIR Bundle: resourceType is missing.",
    }),
    entry: z.optional(
      z
        .array(z.unknown(), { error: "Bundle.entry must be a list." })
        .check(z.maxLength(maxBundleEntries, { error: `The bundle has more than ${maxBundleEntries} entries.` })),
    ),
  },
  { error: "The JSON is not a FHIR resource (an object with a resourceType)." },
);

/** A bundle entry that holds a resource. */
export const bundleEntrySchema = z.object({ resource: jsonObjectSchema });

export type FhirCodeableConcept = z.output<typeof codeableConceptSchema>;
export type FhirQuantity = z.output<typeof quantitySchema>;
export type FhirPatient = z.output<typeof patientSchema>;
export type FhirObservation = z.output<typeof observationSchema>;
export type FhirMedicationRequest = z.output<typeof medicationRequestSchema>;
export type FhirTiming = NonNullable<NonNullable<FhirMedicationRequest["dosageInstruction"]>[number]["timing"]>;
export type FhirImmunization = z.output<typeof immunizationSchema>;
export type FhirResource = z.output<typeof fhirResourceSchema>;
export type FhirBundle = z.output<typeof bundleSchema>;

/** A resource read by its type's schema; undefined for a type the import does not read. */
export function readFhirResource(resource: JsonObject): FhirResource | undefined {
  const read = fhirResourceSchema.safeParse(resource);
  return read.success ? read.data : undefined;
}
