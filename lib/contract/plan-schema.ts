import * as z from "zod/mini";
import { drugIds, findingActions, labTestIds, planRegions, scheduleItemIds } from "@/rules/types";
import { contractVersion } from "./defaults";

/**
 * The contract's answers as schemas, for the OpenAPI document (`lib/doors/openapi.ts`): the
 * plan of `plan.ts` and the error body every door sends. The plan stays a TypeScript interface
 * for the engine; tests/contract/plan-schema.test.ts proves at compile time that this schema's
 * type is exactly `Plan`, and that it reads real plans field for field. Server-side only.
 *
 * Objects are not strict: the contract only ever adds fields, so a client must accept ones it
 * does not know (the request, by contrast, refuses unknown fields).
 */

// Branded for the compiler only, so that this schema's type stays exactly `Plan`.
const calendarDate = z.string().brand<"CalendarDate">().register(z.globalRegistry, { format: "date" });
const evidence = z
  .enum(["label", "consensus"])
  .check(z.describe('"label": a regulatory label or SmPC; "consensus": a guideline or expert paper.'));
const added = (what: string) => z.describe(`Added since version 1: ${what}`);

export const planSourceSchema = z.object({
  title: z.string(),
  section: z.string(),
  url: z.string(),
  readIn: z.optional(
    z
      .string()
      .check(added("where the section was read when not in the label's own text (a review's table, a national copy).")),
  ),
});

export const findingSchema = z.object({
  ruleId: z.string(),
  action: z.enum(findingActions),
  test: z.optional(z.string().check(z.describe("The lab or screening id concerned, when there is one."))),
  message: z.string(),
  sources: z.readonly(z.array(planSourceSchema)),
  evidence: evidence.check(added("the rule's evidence tier.")),
  disagreement: z.optional(
    z.string().check(added("where sources disagree, what the other says and which one the plan follows.")),
  ),
  dueOn: z.optional(calendarDate.check(added("for a test that falls due after the plan's end, the date it is due."))),
  resultDate: z.optional(
    calendarDate.check(
      added("for a finding that judges one result (a lab value, a screening entry, a vaccine dose), its date."),
    ),
  ),
});

export const scheduleItemSchema = z.object({
  kind: z.enum(["lab", "screening", "vaccine", "review"]),
  test: z.enum(scheduleItemIds),
  ruleId: z.string(),
  why: z.string(),
  evidence,
  sources: z.readonly(z.array(planSourceSchema)),
  dueBy: z.optional(
    calendarDate.check(added('the last acceptable date, where the rule gives a window ("4 to 8 weeks").')),
  ),
  status: z
    .enum(["due", "done", "overdue"])
    .check(
      added('"done" when a result on file answers the item, "overdue" when it is dated on or before asOf without one.'),
    ),
  resultWindow: z.optional(
    z
      .object({ from: calendarDate, to: calendarDate })
      .check(
        added("a result dated within this window (inclusive) counts for the item; lab tests after the start only."),
      ),
  ),
  recheckOf: z.optional(
    z
      .object({ test: z.enum(labTestIds), after: calendarDate })
      .check(added("for a recheck of a low result, the analyte and the date of the result it rechecks.")),
  ),
  disagreement: z.optional(z.string().check(added("where sources disagree, what the other says."))),
  originalDueOn: z.optional(
    calendarDate.check(
      added("when visit planning moved the item (onto a nearby visit, or off a weekend), the date its rule gave."),
    ),
  ),
});

export const visitSchema = z.object({
  date: calendarDate,
  label: z.string(),
  items: z.array(scheduleItemSchema),
});

export const planSchema = z.object({
  contractVersion: z.literal(contractVersion),
  rulesVersion: z.string(),
  drug: z.enum(drugIds),
  startDate: calendarDate,
  findings: z.array(findingSchema).check(z.describe("What the clinician must know or act on, most severe first.")),
  visits: z.array(visitSchema).check(z.describe("Sorted by date; one entry per date.")),
  labelRegion: z.enum(planRegions).check(added("whose label thresholds the plan applied.")),
  horizonEndDate: calendarDate.check(added("the last date the schedule covers.")),
  asOf: z.optional(
    calendarDate.check(added('the "today" that statuses were judged against, when the request gave one.')),
  ),
  visitPlanning: z.optional(
    z
      .object({ mergeWithinDays: z.number(), avoidWeekends: z.boolean(), note: z.string() })
      .check(added("the visit planning the request turned on, and the rule it followed in words; absent when off.")),
  ),
});

/** The contract's error body: `path` is the dotted field path, "" for the body itself. */
export const errorBodySchema = z.object({
  errors: z.array(z.object({ path: z.string(), message: z.string() })).check(z.minLength(1)),
});
