/**
 * fast-check arbitraries for the plan contract: valid requests for all nine drugs, valid
 * requests mutated into bad ones, and bodies of random JSON or text. No vitest import, so
 * `npm run fuzz` uses the same generators as the property tests.
 *
 * Valid requests take only what the rules list for the drug (indications, doses), values
 * in the plausible range of whichever accepted unit is picked, and often values at or next
 * to a rule's limit, so the threshold and restart branches of the engine are reached.
 */
import fc from "fast-check";
import { analytes, plausibleUln } from "@/lib/units/analytes";
import { convert } from "@/lib/units/convert";
import { isJsonObject, type JsonValue } from "@/lib/contract/json";
import type { PlanRequestInput } from "@/lib/contract/plan-request";
import { drugRules } from "@/rules";
// The contract's id lists (drugs, tests, results, patient facts), as the schema uses them.
import * as contract from "@/rules/types";
import type { DrugId, LabTestId, Quantity } from "@/rules/types";
import { dateOfDay, dayNumber } from "./utc-days";

type Lab = NonNullable<PlanRequestInput["labs"]>[number];
type Screening = NonNullable<PlanRequestInput["screening"]>[number];
type ZosterDose = NonNullable<PlanRequestInput["zosterVaccine"]>[number];
type DoseChange = NonNullable<PlanRequestInput["doseChanges"]>[number];
/** An entry whose date may have fallen outside the accepted range (it is then dropped). */
type MaybeDated<T> = Omit<T, "date"> & { date: string | undefined };

// The schema's date range (lib/contract/plan-request.ts): 1900 to 2100.
const firstDay = dayNumber("1900-01-01");
const lastDay = dayNumber("2100-12-31");

/**
 * Start dates that trip careless date code: leap days, month ends (a month added to 31 Jan),
 * the days clocks change in New York, Auckland and São Paulo (where midnight itself was
 * skipped), a few weeks before the days Kiritimati and Apia skipped altogether, and the ends
 * of the accepted range.
 */
const awkwardStartDates = [
  "2028-02-29",
  "2000-02-29",
  "2027-01-31",
  "2027-08-31",
  "2027-12-31",
  "2027-03-14",
  "2027-11-07",
  "2027-04-04",
  "2027-09-26",
  "2018-11-04",
  "2019-02-17",
  "1994-12-03",
  "2011-12-02",
  "1900-01-01",
  "1900-01-15",
  "2100-12-31",
  "2099-12-31",
];

const startDay = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: dayNumber("2020-01-01"), max: dayNumber("2035-12-31") }) },
  { weight: 2, arbitrary: fc.integer({ min: firstDay, max: lastDay }) },
  { weight: 2, arbitrary: fc.constantFrom(...awkwardStartDates.map(dayNumber)) },
);

/** A date `min`–`max` days from the start, or undefined when it would leave the accepted range. */
function dayFromStart(start: number, min: number, max: number): fc.Arbitrary<string | undefined> {
  return fc
    .integer({ min, max })
    .map((offset) => (start + offset >= firstDay && start + offset <= lastDay ? dateOfDay(start + offset) : undefined));
}

/**
 * A list of entries, each dropped when its date fell outside the accepted range; with
 * `onePerDate`, no two entries share a date.
 */
function datedList<T extends { date: string | undefined }>(
  entry: fc.Arbitrary<T>,
  maxLength: number,
  { onePerDate = false } = {},
): fc.Arbitrary<Array<T & { date: string }>> {
  const entries = onePerDate
    ? fc.uniqueArray(entry, { maxLength, selector: (item) => item.date })
    : fc.array(entry, { maxLength });
  return entries.map((list) => list.filter((item): item is T & { date: string } => item.date !== undefined));
}

/** Every limit any drug's rules compare an analyte with: start limits, during-treatment limits, restart levels. */
const ruleLimits = new Map<LabTestId, Quantity[]>(contract.labTestIds.map((test) => [test, []]));
for (const rules of Object.values(drugRules)) {
  for (const rule of [...rules.startThresholds, ...rules.treatmentThresholds])
    ruleLimits.get(rule.test)!.push(rule.below);
  for (const rule of rules.treatmentThresholds) {
    for (const restart of [rule.restartAtLeast, rule.restartAbove])
      if (restart) ruleLimits.get(rule.test)!.push(restart);
  }
}

/** The plausible range of `test` in `unit`. */
function plausibleRange(test: LabTestId, unit: string): [number, number] {
  const table = analytes[test];
  const inUnit = (value: number) => convert(test, { value, unit: table.referenceUnit }, unit);
  return [inUnit(table.plausible.min), inUnit(table.plausible.max)];
}

/** A plausible value of `test` in `unit`: anywhere in range, as a lab reports it, or at or next to a rule's limit. */
function labValue(test: LabTestId, unit: string): fc.Arbitrary<number> {
  const [min, max] = plausibleRange(test, unit);
  const clamp = (value: number) => Math.min(max, Math.max(min, value));
  const limits = ruleLimits.get(test)!.map((limit) => convert(test, limit, unit));
  return fc.oneof(
    // fast-check's doubles favour extremes (5e-324, the range's ends)…
    fc.double({ min, max, noNaN: true }),
    // …so most values are spread evenly over the range and rounded as a lab reports them.
    fc
      .integer({ min: 0, max: 10_000 })
      .map((step) => clamp(Number((min + ((max - min) * step) / 10_000).toPrecision(3)))),
    ...(limits.length === 0
      ? []
      : [
          fc
            .tuple(fc.constantFrom(...limits), fc.constantFrom(-0.001, 0, 0.001))
            .map(([limit, step]) => clamp(Number((limit * (1 + step)).toPrecision(6)))),
        ]),
  );
}

function labResult(start: number, followUpDays: number): fc.Arbitrary<MaybeDated<Lab>> {
  return fc
    .constantFrom(...contract.labTestIds)
    .chain((test) =>
      fc.constantFrom(...Object.keys(analytes[test].units)).chain((unit) =>
        fc.record(
          {
            test: fc.constant(test),
            value: labValue(test, unit),
            unit: fc.constant(unit),
            // Baseline results up to a year before the start, follow-ups after it.
            date: fc.oneof(dayFromStart(start, -400, 0), dayFromStart(start, 1, followUpDays)),
            uln: analytes[test].acceptsUln
              ? fc.integer({ min: plausibleUln.min, max: plausibleUln.max })
              : fc.constant(undefined),
          },
          { requiredKeys: ["test", "value", "unit", "date"] },
        ),
      ),
    )
    .map(({ uln, ...lab }) => (uln === undefined ? lab : { ...lab, uln }));
}

/**
 * A screening result; a positive TB or hepatitis result often with its interpretation, and
 * latent TB sometimes with the date its preventive treatment started (before or after the start).
 */
function screeningResult(start: number): fc.Arbitrary<MaybeDated<Screening>> {
  return fc
    .record({
      test: fc.constantFrom(...contract.screeningTestIds),
      result: fc.constantFrom(...contract.screeningResults),
      date: dayFromStart(start, -400, 400),
      reading: fc.nat(),
      treated: fc.option(dayFromStart(start, -200, 200), { nil: undefined }),
    })
    .map(({ reading, treated, ...entry }) => {
      const readings: readonly string[] = Object.hasOwn(contract.screeningInterpretations, entry.test)
        ? contract.screeningInterpretations[entry.test as keyof typeof contract.screeningInterpretations]
        : [];
      const interpretation = entry.result === "positive" ? readings[reading % (readings.length + 1)] : undefined;
      if (interpretation === undefined) return entry;
      return {
        ...entry,
        interpretation,
        ...(interpretation === "latent" && treated !== undefined ? { preventiveTreatmentStarted: treated } : {}),
      } as MaybeDated<Screening>;
    });
}

function zosterDose(start: number): fc.Arbitrary<MaybeDated<ZosterDose>> {
  return fc.record({
    vaccine: fc.oneof(
      { weight: 4, arbitrary: fc.constant("rzv" as const) },
      { weight: 1, arbitrary: fc.constant("zvl" as const) },
    ),
    // Doses years before the start (a finished or stale series), just before it, or after it.
    date: fc.oneof(dayFromStart(start, -1200, 0), dayFromStart(start, -120, 0), dayFromStart(start, 1, 400)),
  });
}

/** Dose changes after the start: a listed dose, or 0 for an interruption (a later change restarts). */
function doseChange(
  start: number,
  followUpDays: number,
  doses: readonly number[],
): fc.Arbitrary<MaybeDated<DoseChange>> {
  return fc.record({
    date: dayFromStart(start, 1, followUpDays),
    doseMg: fc.oneof(fc.constant(0), fc.constantFrom(...doses)),
  });
}

const patient = fc
  .record(
    {
      ageYears: fc.oneof(fc.integer({ min: 0, max: 120 }), fc.constantFrom(11, 12, 17, 18, 19, 49, 50, 64, 65)),
      sex: fc.constantFrom("female" as const, "male" as const),
      pregnant: fc.boolean(),
      canBecomePregnant: fc.oneof(fc.boolean(), fc.constant("unknown" as const)),
      breastfeeding: fc.boolean(),
      smoking: fc.constantFrom(...contract.smokingStatuses),
      riskFactors: fc.subarray([...contract.riskFactorIds]),
      egfr: fc.oneof(
        fc.integer({ min: 1, max: 200 }),
        fc.double({ min: 1, max: 200, noNaN: true }),
        fc.constantFrom(14, 15, 29, 30, 59, 60),
      ),
      // Weights and clearances at and next to the renal limits (30, 50, 60 mL/min) as well as anywhere.
      weightKg: fc.oneof(fc.integer({ min: 1, max: 350 }), fc.double({ min: 1, max: 350, noNaN: true })),
      crclMlMin: fc.oneof(
        fc.double({ min: 1, max: 300, noNaN: true }),
        fc.constantFrom(29.9, 30, 49.9, 50, 50.1, 60, 60.1),
      ),
      hepaticImpairment: fc.constantFrom(...contract.hepaticImpairmentGrades),
      cyp2c19PoorMetabolizer: fc.boolean(),
      cyp2c9PoorMetabolizer: fc.boolean(),
      antiplatelet: fc.constantFrom(...contract.antiplateletTherapies),
      interactingMedicines: fc.subarray([...contract.interactingMedicineIds], { maxLength: 3 }),
    },
    { requiredKeys: ["ageYears", "sex"] },
  )
  // The schema refuses a pregnant male patient; that refusal has its own unit test.
  .map(({ pregnant, ...facts }) =>
    pregnant === undefined || (pregnant && facts.sex === "male") ? facts : { ...facts, pregnant },
  );

/** The drug, one of its indications and, for an oral drug, one of that indication's doses. */
const drugChoice = fc.constantFrom(...contract.drugIds).chain((drug) => {
  const rules = drugRules[drug];
  return fc.constantFrom(...rules.indications.map((entry) => entry.indication)).chain((indication) => {
    const doses = rules.doses.filter((dose) => dose.indications.includes(indication)).map((dose) => dose.doseMg);
    return fc.record({
      drug: fc.constant<DrugId>(drug),
      indication: fc.constant(indication),
      doses: fc.constant(doses),
      doseMg: rules.route === "oral" ? fc.constantFrom(...doses) : fc.constant(undefined),
    });
  });
});

/** A request the schema accepts, for any of the nine drugs. */
export const validPlanRequest: fc.Arbitrary<PlanRequestInput> = fc
  .tuple(drugChoice, startDay, fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }))
  .chain(([{ drug, indication, doses, doseMg }, start, horizonMonths]) => {
    // Follow-ups run a little past the horizon: results the schedule no longer covers.
    const followUpDays = (horizonMonths ?? 12) * 31 + 60;
    return fc
      .record(
        {
          labelRegion: fc.constantFrom(...contract.planRegions),
          baselineWindowDays: fc.oneof(fc.integer({ min: 1, max: 365 }), fc.constantFrom(30, 90, 180)),
          asOf: dayFromStart(start, -60, followUpDays),
          recheckAfterWeeks: fc.integer({ min: 1, max: 12 }),
          routineIntervalMonths: fc.integer({ min: 1, max: 12 }),
          labs: datedList(labResult(start, followUpDays), 25),
          screening: datedList(screeningResult(start), 6),
          zosterVaccine: datedList(zosterDose(start), 4),
          // One change per date: the schema refuses two on one day.
          doseChanges:
            doseMg === undefined
              ? fc.constant(undefined)
              : datedList(doseChange(start, followUpDays, doses), 5, { onePerDate: true }),
        },
        { requiredKeys: [] },
      )
      .chain((optional) =>
        patient.map((facts) => {
          const request: PlanRequestInput = {
            drug,
            indication,
            ...(doseMg === undefined ? {} : { doseMg }),
            startDate: dateOfDay(start),
            ...(horizonMonths === undefined ? {} : { horizonMonths }),
            patient: facts,
          };
          for (const [key, value] of Object.entries(optional))
            if (value !== undefined) Object.assign(request, { [key]: value });
          return request;
        }),
      );
  });

/**
 * A valid request with twins: some results repeated on their own day with the same value
 * (in another accepted unit, with another or no upper limit of normal), and some screening
 * results repeated with another reading. Which twin counts must not depend on the order.
 */
export const requestWithSameDayTwins: fc.Arbitrary<PlanRequestInput> = validPlanRequest.chain((request) =>
  fc
    .record({
      labTwins: fc.array(fc.record({ of: fc.nat(), unit: fc.nat(), uln: fc.option(fc.nat(), { nil: undefined }) }), {
        maxLength: 6,
      }),
      screeningTwins: fc.array(fc.record({ of: fc.nat(), reading: fc.nat() }), { maxLength: 3 }),
    })
    .map(({ labTwins, screeningTwins }) => {
      const labs = request.labs ?? [];
      const screening = request.screening ?? [];
      const twinLabs = labs.length === 0 ? [] : labTwins.map((twin) => labTwin(labs[twin.of % labs.length]!, twin));
      const twinScreening =
        screening.length === 0
          ? []
          : screeningTwins.map(({ of, reading }) => screeningTwin(screening[of % screening.length]!, reading));
      return {
        ...request,
        ...(labs.length === 0 ? {} : { labs: [...labs, ...twinLabs] }),
        ...(screening.length === 0 ? {} : { screening: [...screening, ...twinScreening] }),
      };
    }),
);

function labTwin(lab: Lab, twin: { unit: number; uln: number | undefined }): Lab {
  const table = analytes[lab.test as LabTestId];
  const units = Object.keys(table.units);
  const unit = units[twin.unit % units.length]!;
  // Converted and back into the unit's plausible range, which rounding can leave at its very edge.
  const [min, max] = plausibleRange(lab.test as LabTestId, unit);
  const converted = convert(lab.test as LabTestId, { value: Number(lab.value), unit: lab.unit }, unit);
  const value = Math.min(max, Math.max(min, converted));
  const uln = twin.uln === undefined || !table.acceptsUln ? undefined : plausibleUln.min + (twin.uln % 60);
  const twinLab: Lab = { ...lab, value, unit, uln };
  if (uln === undefined) delete twinLab.uln;
  return twinLab;
}

function screeningTwin(entry: Screening, reading: number): Screening {
  const readings: readonly string[] = Object.hasOwn(contract.screeningInterpretations, entry.test)
    ? contract.screeningInterpretations[entry.test as keyof typeof contract.screeningInterpretations]
    : [];
  const interpretation = entry.result === "positive" ? readings[reading % (readings.length + 1)] : undefined;
  const twin = { test: entry.test, result: entry.result, date: entry.date };
  return (interpretation === undefined ? twin : { ...twin, interpretation }) as Screening;
}

type Segment = string | number;

const oddStrings = [
  "",
  " ",
  "NaN",
  "Infinity",
  "-Infinity",
  "1e400",
  "-0",
  "null",
  "undefined",
  "true",
  "0x10",
  "１０",
  "<b>",
  "\u0000",
  "\uFEFF",
  "\uD800",
  "2027-02-30",
  "2027-02-29",
  "2027-13-01",
  "2027-00-10",
  "2027-01-32",
  "27-01-04",
  "2027-1-4",
  "2027/01/04",
  "2027-01-04T00:00:00Z",
  "1899-12-31",
  "2101-01-01",
  "0000-00-00",
  "+02027-01-04",
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
];
/** Ids and units of the contract in the wrong place: a unit of another analyte, an indication of another drug. */
const contractWords = [
  ...contract.drugIds,
  ...contract.indicationIds,
  ...contract.labTestIds,
  ...contract.screeningTestIds,
  ...new Set(contract.labTestIds.flatMap((test) => Object.keys(analytes[test].units))),
  "rzv",
  "zvl",
  "US",
  "EU",
  "female",
  "male",
  "negative",
  "positive",
];
const oddNumbers = [-1, 0, -0, 0.5, 1.5, 13, 61, 121, 501, 1e9, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2];

function nestedArrays(depth: number): JsonValue {
  let value: JsonValue = [];
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
}

/** A value of the wrong type, out of range, an impossible date, a huge string or nested garbage. */
const badValue: fc.Arbitrary<JsonValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<JsonValue>(null, true, false, {}, [], ...oddNumbers, ...oddStrings) },
  { weight: 2, arbitrary: fc.constantFrom<JsonValue>(...contractWords) },
  { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double()) },
  { weight: 1, arbitrary: fc.string() },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<JsonValue> },
  { weight: 1, arbitrary: fc.constantFrom(1_000, 65_536, 70_000).map((length) => "x".repeat(length)) },
  { weight: 1, arbitrary: fc.integer({ min: 10, max: 3_000 }).map(nestedArrays) },
);

const badKey = fc.oneof(
  fc.constantFrom("", " ", ".", "a.b", "__proto__", "constructor", "Drug", "dose", "labs ", "patient.ageYears", "0"),
  fc.string(),
);

type Mutation =
  | { kind: "delete"; at: number }
  | { kind: "replace"; at: number; value: JsonValue }
  | { kind: "add-key"; at: number; key: string; value: JsonValue };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), value: badValue }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant("add-key" as const), at: fc.nat(), key: badKey, value: badValue }),
  },
);

type TextMutation =
  { kind: "truncate"; at: number } | { kind: "insert"; at: number; text: string } | { kind: "byte-order-mark" };

const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    text: fc.string({ unit: "binary", minLength: 1, maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant("byte-order-mark" as const) }),
);

// Places deeper than a request's own nesting are garbage already; leaving them out keeps a
// 3,000-deep nested array from exhausting the stack.
const deepestPlace = 8;

/** Every place in a JSON value down to `deepestPlace`, the root included. */
function places(value: JsonValue, path: Segment[] = []): Segment[][] {
  if (path.length >= deepestPlace) return [path];
  if (Array.isArray(value)) return [path, ...value.flatMap((item, index) => places(item, [...path, index]))];
  if (value !== null && typeof value === "object")
    return [path, ...Object.entries(value).flatMap(([key, item]) => places(item, [...path, key]))];
  return [path];
}

const isObject = (value: JsonValue | undefined): value is { [key: string]: JsonValue } => isJsonObject(value);

// defineProperty, not assignment: `object["__proto__"] = value` would set the prototype, not a field.
function setField(container: { [key: string]: JsonValue } | JsonValue[], key: Segment, value: JsonValue): void {
  Object.defineProperty(container, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Applies one mutation to (a copy of) the request; undefined when the root itself is deleted. */
function mutate(root: JsonValue | undefined, change: Mutation): JsonValue | undefined {
  if (root === undefined) return change.kind === "delete" ? undefined : change.value;
  const copy = JSON.parse(JSON.stringify(root)) as JsonValue;
  const all = places(copy);
  const path = all[change.at % all.length]!;
  const containers = path
    .slice(0, -1)
    .reduce<JsonValue[]>(
      (chain, segment) => [...chain, (chain.at(-1) as Record<Segment, JsonValue>)[segment]!],
      [copy],
    );
  const parent = containers.at(-1)!;
  const key = path.at(-1);
  if (change.kind === "add-key") {
    // The innermost object at or around the chosen place gets the extra field.
    const target = [
      ...containers,
      ...(key === undefined ? [] : [(parent as Record<Segment, JsonValue>)[key]!]),
    ].findLast(isObject);
    if (target === undefined) return change.value;
    setField(target, change.key, change.value);
    return copy;
  }
  if (key === undefined) return change.kind === "delete" ? undefined : change.value;
  if (change.kind === "replace") setField(parent as Record<Segment, JsonValue>, key, change.value);
  else if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete (parent as Record<Segment, JsonValue>)[key];
  return copy;
}

function mutateText(body: string, change: TextMutation | null): string {
  if (change === null) return body;
  if (change.kind === "byte-order-mark") return `\uFEFF${body}`;
  const at = change.at % (body.length + 1);
  return change.kind === "truncate" ? body.slice(0, at) : `${body.slice(0, at)}${change.text}${body.slice(at)}`;
}

/** A valid request with one to three fields deleted, replaced or added, and sometimes its text damaged. */
export const mutatedPlanBody: fc.Arbitrary<string> = fc
  .tuple(validPlanRequest, fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.option(textMutation, { freq: 6 }))
  .map(([request, changes, textChange]) => {
    const mutated = changes.reduce<JsonValue | undefined>(
      (value, change) => mutate(value, change),
      request as unknown as JsonValue,
    );
    return mutateText(JSON.stringify(mutated) ?? "", textChange);
  });

const topLevelFields = [
  "drug",
  "indication",
  "doseMg",
  "startDate",
  "horizonMonths",
  "labelRegion",
  "asOf",
  "recheckAfterWeeks",
  "routineIntervalMonths",
  "patient",
  "labs",
  "screening",
  "zosterVaccine",
  "doseChanges",
] as const;

/** An object with the contract's field names and values of any kind. */
const requestShapedGarbage = fc.record(
  Object.fromEntries(
    topLevelFields.map((field) => [
      field,
      fc.oneof(
        badValue,
        fc.array(fc.dictionary(fc.constantFrom(...contract.labTestIds, "test", "value", "unit", "date"), badValue), {
          maxLength: 3,
        }),
      ),
    ]),
  ),
  { requiredKeys: [] },
);

/** Random JSON of any shape, random values of any kind serialised, and random text. */
export const randomBody: fc.Arbitrary<string> = fc.oneof(
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.anything().map((value) => JSON.stringify(value) ?? ""),
  requestShapedGarbage.map((value) => JSON.stringify(value)),
  fc.string({ unit: "binary" }),
);

/** What `npm run fuzz` and the API properties send: a valid request, a mutated one, or random input. */
export interface FuzzCase {
  kind: "valid" | "mutated" | "random";
  body: string;
}

export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.oneof(
  {
    weight: 4,
    arbitrary: validPlanRequest.map((request): FuzzCase => ({ kind: "valid", body: JSON.stringify(request) })),
  },
  { weight: 4, arbitrary: mutatedPlanBody.map((body): FuzzCase => ({ kind: "mutated", body })) },
  { weight: 2, arbitrary: randomBody.map((body): FuzzCase => ({ kind: "random", body })) },
);
