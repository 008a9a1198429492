import * as z from "zod/mini";
import { isJsonObject, type JsonObject } from "@/lib/contract/json";

/**
 * The CDS Hooks 2.0 request the service reads, as schemas. `hook`, `hookInstance` and
 * `context.draftOrders` are required; `context.patientId` and `context.selections` are read
 * when given. `context.userId` and `encounterId`, `fhirServer` and `fhirAuthorization` are not
 * read (the service fetches nothing, so it never keeps a token) and are dropped unchecked. The
 * prefetch has a schema of its own, read only once a draft order is a JAK inhibitor: any other
 * order is answered with no cards, whatever came with it. Each message names the field as the
 * EHR sent it; the first one found is the answer.
 */

export const supportedHooks = ["order-select", "order-sign"] as const;

/** The service reads at most this many draft orders, and this many prefetched resources in all. */
export const maxDraftOrders = 100;
export const maxPrefetchEntries = 2000;

/**
 * A value checked as a whole: whatever inside it is wrong, the refusal names the value, since the
 * EHR sent the wrong thing rather than a wrong field in the right thing.
 */
function asAWhole<T extends z.core.$ZodType>(schema: T, error: string) {
  return z.custom<z.output<T>>((value) => z.safeParse(schema, value).success, { error, abort: true });
}

const draftOrdersSchema = asAWhole(
  z.object({ resourceType: z.literal("Bundle"), entry: z.optional(z.nullable(z.array(z.unknown()))) }),
  "context.draftOrders must be a FHIR Bundle of draft orders.",
).check(
  z.superRefine((bundle, ctx) => {
    const count = bundle.entry?.length ?? 0;
    if (count > maxDraftOrders)
      ctx.addIssue({
        code: "custom",
        path: ["entry"],
        message: `At most ${maxDraftOrders} draft orders are checked in one call; this one has ${count}. Send the JAK inhibitor order on its own.`,
      });
  }),
);

export const hookRequestSchema = z.object(
  {
    hook: z.enum(supportedHooks, { error: `hook must be one of: ${supportedHooks.join(", ")}.` }),
    hookInstance: z
      .string({ error: "hookInstance must be a string (a UUID)." })
      .check(z.minLength(1, { error: "hookInstance must be a string (a UUID)." })),
    context: z.object(
      {
        // Absent or not text, the patient is named by the prefetched Patient's id instead.
        patientId: z.catch(z.optional(z.string()), undefined),
        draftOrders: draftOrdersSchema,
        selections: z.optional(
          asAWhole(
            z.array(z.string()),
            "context.selections must be a list of references such as MedicationRequest/123.",
          ),
        ),
      },
      { error: "context must be an object." },
    ),
    prefetch: z.optional(z.unknown()),
  },
  { error: "The hook request must be a JSON object." },
);

/** The refusal when the EHR sent no patient or no results: this service fetches nothing itself (412). */
export const prefetchMissing =
  "prefetch.patient and prefetch.observations are required: this service fetches nothing itself.";

/** A prefetched search result: a Bundle, a single resource, or null when the EHR had none to give. */
function searchResult(key: string) {
  return z.nullable(
    z.custom<JsonObject>(isJsonObject, {
      error: (issue) =>
        issue.input === undefined
          ? prefetchMissing
          : `prefetch.${key} must be a FHIR Bundle (a search result), a resource, or null.`,
      abort: true,
    }),
  );
}

/** How many resources a prefetched search result holds: a Bundle's entries, one resource, or none. */
const entryCount = (value: JsonObject | null | undefined): number =>
  !value ? 0 : Array.isArray(value.entry) ? value.entry.length : 1;

export const prefetchSchema = z
  .object(
    {
      patient: z.custom<JsonObject>(isJsonObject, { error: prefetchMissing, abort: true }),
      observations: searchResult("observations"),
      immunizations: z.optional(searchResult("immunizations")),
    },
    { error: prefetchMissing },
  )
  .check(
    z.superRefine((prefetch, ctx) => {
      const count = entryCount(prefetch.observations) + entryCount(prefetch.immunizations);
      if (count > maxPrefetchEntries)
        ctx.addIssue({
          code: "custom",
          path: [],
          message: `At most ${maxPrefetchEntries} prefetched resources are read in one call; this one has ${count}.`,
        });
    }),
  );

export type HookRequest = z.output<typeof hookRequestSchema>;
export type Prefetch = z.output<typeof prefetchSchema>;
