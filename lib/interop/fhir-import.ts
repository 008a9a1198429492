import type { Dosage, Immunization, MedicationRequest, Observation, Patient, Quantity } from "fhir/r4";
import { drugRules } from "@/rules";
import { indicationIds, type DrugId, type IndicationId, type LabTestId } from "@/rules/types";
import { isCalendarDate } from "@/lib/dates/calendar-date";
import { toFieldErrors } from "@/lib/contract/field-errors";
import {
  labResultSchema,
  planRequestSchema,
  type LabResult,
  type PlanRequest,
  type PlanRequestInput,
} from "@/lib/contract/plan-request";
import { analyteName } from "@/lib/units/format";
import {
  ageLoinc,
  contractUnitFor,
  cvxSystem,
  drugFromNames,
  labByLoinc,
  loincSystem,
  ucumSystem,
  zosterCvx,
} from "./loinc";

/**
 * FHIR R4 in: a Bundle (Patient, Observation, MedicationRequest, Immunization) read into the
 * contract's request, with a report of what was read and what was ignored and why. The
 * input is untrusted text: it is size-capped, parsed with JSON.parse only, and every field
 * is checked for its type before use. Nothing is read from resources this file does not
 * know. The request is validated with the shared schema; if it fails, nothing is returned
 * to fill the form with, only the reasons.
 */

/**
 * An EHR's export of one patient runs to megabytes (encounters, claims, notes, years of
 * results). The import runs in the browser, in a worker, and reads bundles up to 20 MB; the
 * server's doors keep their own, smaller limits (64 kB for the API, 1 MB for CDS Hooks).
 */
export const maxBundleBytes = 20 * 1024 * 1024;
const maxEntries = 200_000;

/** The resource types the import reads; every other one is only counted. */
const readTypes: ReadonlySet<unknown> = new Set(["Patient", "MedicationRequest", "Observation", "Immunization"]);

/** Up to this many report lines, one per resource; past it, the ignored ones are counted by type and reason. */
const maxReportLines = 200;

export interface ReportEntry {
  /** `ResourceType/id`, or `entry[n]` when the resource has no usable id. */
  resource: string;
  outcome: "read" | "ignored";
  detail: string;
}

export type ImportResult =
  | { ok: true; request: PlanRequest; report: ReportEntry[]; notes: string[] }
  | { ok: false; errors: string[]; report: ReportEntry[] };

export interface ReadOptions {
  /** Today's date (the caller's clock): the age is counted to it from Patient.birthDate. */
  asOf: string;
  /** The start date when no MedicationRequest gives one (CDS Hooks: today). */
  defaultStartDate?: string;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asString = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);
const asNumber = (value: unknown): number | undefined =>
  typeof value === "number" && Number.isFinite(value) ? value : undefined;

/** UTF-8 needs at most 3 bytes per UTF-16 unit, so only a long text is worth measuring. */
const exceedsBundleLimit = (text: string) =>
  text.length * 3 > maxBundleBytes && new TextEncoder().encode(text).length > maxBundleBytes;

/** Text of a JSON body, checked for size and shape: a FHIR Bundle object, or a reason. */
export function parseBundle(text: string): { ok: true; bundle: Json } | { ok: false; error: string } {
  if (exceedsBundleLimit(text)) {
    return { ok: false, error: `The bundle is larger than ${maxBundleBytes / 1024 / 1024} MB.` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: "The text is not valid JSON." };
  }
  if (!isObject(value)) return { ok: false, error: "The JSON is not a FHIR resource (an object with a resourceType)." };
  if (value.resourceType !== "Bundle") {
    const type = asString(value.resourceType);
    return {
      ok: false,
      error: type
        ? `Expected a FHIR Bundle, got a ${type.slice(0, 40)}.`
        : "Expected a FHIR Bundle: resourceType is missing.",
    };
  }
  if (value.entry !== undefined && !Array.isArray(value.entry))
    return { ok: false, error: "Bundle.entry must be a list." };
  if (asArray(value.entry).length > maxEntries)
    return { ok: false, error: `The bundle has more than ${maxEntries} entries.` };
  return { ok: true, bundle: value };
}

/** The resources of a bundle's entries, with their entry index; entries without one are reported. */
export function bundleResources(bundle: Json, report: ReportEntry[]): Json[] {
  const resources: Json[] = [];
  asArray(bundle.entry).forEach((entry, index) => {
    if (isObject(entry) && isObject(entry.resource)) resources.push(entry.resource);
    else report.push({ resource: `entry[${index}]`, outcome: "ignored", detail: "The entry has no resource." });
  });
  return resources;
}

/** Where each resource sat in the bundle it came from, to name one without an id. */
const entryPositions = new WeakMap<Json, number>();

function label(resource: Json, index: number): string {
  const type = asString(resource.resourceType)?.slice(0, 40) ?? "Resource";
  const id = asString(resource.id);
  return id && /^[A-Za-z0-9\-.]{1,64}$/.test(id)
    ? `${type}/${id}`
    : `${type} (entry ${(entryPositions.get(resource) ?? index) + 1})`;
}

/**
 * A FHIR date or dateTime as the calendar date it was written with: the first ten
 * characters, never through `Date`, so no time zone moves it. Partial dates are refused.
 */
export function calendarDateOf(value: unknown): string | undefined {
  const text = asString(value);
  if (!text || !/^\d{4}-\d{2}-\d{2}(T|$)/.test(text)) return undefined;
  const date = text.slice(0, 10);
  return isCalendarDate(date) ? date : undefined;
}

/** Whole years from `birthDate` to `asOf`, by calendar fields. */
export function ageOn(birthDate: string, asOf: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [ay, am, ad] = asOf.split("-").map(Number) as [number, number, number];
  return ay - by - (am < bm || (am === bm && ad < bd) ? 1 : 0);
}

function codings(concept: unknown): Json[] {
  return isObject(concept) ? asArray(concept.coding).filter(isObject) : [];
}

function conceptNames(concept: unknown): string[] {
  if (!isObject(concept)) return [];
  const text = asString(concept.text);
  return [
    ...(text ? [text] : []),
    ...codings(concept).flatMap((coding) =>
      [asString(coding.display), asString(coding.code)].filter((v): v is string => !!v),
    ),
  ];
}

/** The medication's names: its coded concept, or the display of its reference. */
export function medicationNames(request: Json): string[] {
  const names = conceptNames(request.medicationCodeableConcept);
  if (isObject(request.medicationReference)) {
    const display = asString(request.medicationReference.display);
    if (display) names.push(display);
  }
  return names.map((name) => name.slice(0, 200));
}

const words = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()} `;

function indicationFrom(request: Json): IndicationId | undefined {
  const text = asArray(request.reasonCode).flatMap(conceptNames).map(words).join(" ");
  // Longer names first, so "psoriatic arthritis" is not read as "psoriasis".
  const byLength = [...indicationIds].sort((a, b) => b.length - a.length);
  return byLength.find((id) => text.includes(words(id.replace(/-/g, " "))));
}

const isUnit = (quantity: unknown, ...units: string[]) =>
  isObject(quantity) &&
  units.some((unit) => quantity.code === unit || (quantity.code === undefined && quantity.unit === unit));

/**
 * The total daily dose in mg: `maxDosePerPeriod` of n mg per 1 day, or a dose of n mg
 * taken `frequency` times per 1 day. Anything else (per week, tablets, ranges) is not read.
 */
export function dailyDoseMg(request: Json): number | undefined {
  for (const dosage of asArray(request.dosageInstruction).filter(isObject) as Partial<Dosage>[]) {
    const max = dosage.maxDosePerPeriod as unknown;
    if (
      isObject(max) &&
      isUnit(max.numerator, "mg") &&
      isObject(max.denominator) &&
      isUnit(max.denominator, "d") &&
      max.denominator.value === 1
    ) {
      const value = asNumber(isObject(max.numerator) ? max.numerator.value : undefined);
      if (value !== undefined) return value;
    }
    const doseQuantity = asArray(dosage.doseAndRate)
      .filter(isObject)
      .map((rate) => rate.doseQuantity)
      .find((dose) => isUnit(dose, "mg"));
    const repeat = isObject(dosage.timing) && isObject(dosage.timing.repeat) ? dosage.timing.repeat : undefined;
    const dose = isObject(doseQuantity) ? asNumber(doseQuantity.value) : undefined;
    if (dose !== undefined && repeat && repeat.periodUnit === "d" && repeat.period === 1) {
      const frequency = asNumber(repeat.frequency) ?? 1;
      return Math.round(dose * frequency * 1000) / 1000;
    }
  }
  return undefined;
}

/** What was read, before the shared schema checks it. */
export interface Extraction {
  drug?: DrugId;
  indication?: IndicationId;
  doseMg?: number;
  startDate?: string;
  ageYears?: number;
  sex?: "female" | "male";
  labs: LabResult[];
  zoster: { vaccine: "rzv" | "zvl"; date: string }[];
  report: ReportEntry[];
  notes: string[];
}

/** What the order says: the drug, its start, dose and indication. */
export interface OrderFacts {
  drug?: DrugId;
  indication?: IndicationId;
  doseMg?: number;
  startDate?: string;
  notes: string[];
}

/** A result as read, checked with the schema only if it is used. */
interface LabCandidate {
  lab: { test: LabTestId; value: number; unit: string; date: string; uln?: number };
  name: string;
}

/**
 * What the rest of the record says, read once however many orders it serves: the patient,
 * each lab's results (newest first) and the zoster doses.
 */
export interface PatientFacts {
  ageYears?: number;
  sex?: "female" | "male";
  labs: ReadonlyMap<LabTestId, readonly LabCandidate[]>;
  zoster: { vaccine: "rzv" | "zvl"; date: string }[];
  notes: string[];
}

/**
 * Where the reasons go. CDS Hooks reads without one (`null`): nobody sees the report there, and
 * building a line for each of thousands of results was most of its work.
 */
type Report = ReportEntry[] | null;

/** The first order naming one of the nine drugs, read; any other order is only reported. */
function readMedicationRequest(resource: Json, name: string, out: OrderFacts, options: ReadOptions, report: Report) {
  const request = resource as Json & Partial<MedicationRequest>;
  if (request.status === "cancelled" || request.status === "entered-in-error" || request.status === "stopped") {
    report?.push({ resource: name, outcome: "ignored", detail: `Its status is ${request.status}.` });
    return;
  }
  const drug = drugFromNames(medicationNames(resource));
  if (!drug) {
    report?.push({
      resource: name,
      outcome: "ignored",
      detail: "Not one of the nine drugs JAK Monitor plans (matched by generic or brand name).",
    });
    return;
  }
  if (out.drug) {
    report?.push({
      resource: name,
      outcome: "ignored",
      detail: `A second JAK inhibitor order; the first (${drugRules[out.drug].name}) is used.`,
    });
    return;
  }
  out.drug = drug;
  const rules = drugRules[drug];
  const parts = [`${rules.name} (${rules.brand})`];
  const validity =
    isObject(request.dispenseRequest) && isObject(request.dispenseRequest.validityPeriod)
      ? request.dispenseRequest.validityPeriod.start
      : undefined;
  const start = calendarDateOf(validity) ?? calendarDateOf(request.authoredOn);
  if (start) {
    out.startDate = start;
    parts.push(`start ${start}`);
  } else if (options.defaultStartDate) {
    out.startDate = options.defaultStartDate;
    out.notes.push(`The order gives no start date; ${options.defaultStartDate} (today) is used.`);
  }
  if (rules.route === "oral") {
    const dose = dailyDoseMg(resource);
    if (dose !== undefined) {
      out.doseMg = dose;
      parts.push(`${dose} mg a day`);
    } else {
      out.notes.push("The daily dose could not be read (mg per day, or mg × times per day).");
    }
  }
  const indication = indicationFrom(resource);
  if (indication) {
    out.indication = indication;
    parts.push(indication.replace(/-/g, " "));
  } else if (rules.indications.length === 1 && rules.indications[0]) {
    out.indication = rules.indications[0].indication;
    out.notes.push(
      `No indication in the order: ${rules.name} has one (${out.indication.replace(/-/g, " ")}), which is used.`,
    );
  } else {
    out.notes.push("The indication could not be read from the order's reasonCode.");
  }
  report?.push({ resource: name, outcome: "read", detail: parts.join(", ") });
}

/** One medication order read on its own (CDS Hooks: each draft order). */
export function readOrder(order: Json, options: ReadOptions, report: Report = null): OrderFacts {
  const out: OrderFacts = { notes: [] };
  readMedicationRequest(order, report ? label(order, 0) : "", out, options, report);
  return out;
}

interface PatientReading {
  ageYears?: number;
  sex?: "female" | "male";
  labs: Map<LabTestId, LabCandidate[]>;
  zoster: { vaccine: "rzv" | "zvl"; date: string }[];
  notes: string[];
}

function readPatient(resource: Json, name: string, out: PatientReading, options: ReadOptions, report: Report) {
  const patient = resource as Json & Partial<Patient>;
  const parts: string[] = [];
  if (patient.gender === "female" || patient.gender === "male") {
    out.sex = patient.gender;
    parts.push(patient.gender);
  } else if (patient.gender !== undefined) {
    out.notes.push(
      `Patient gender "${String(patient.gender).slice(0, 20)}" has no counterpart in the planner's sex field: choose it.`,
    );
  }
  const birthDate = calendarDateOf(patient.birthDate);
  if (birthDate && birthDate <= options.asOf) {
    out.ageYears = ageOn(birthDate, options.asOf);
    parts.push(`age ${out.ageYears} on ${options.asOf}`);
  }
  // The name, address and identifiers are never read: the planner has no use for them.
  report?.push({
    resource: name,
    outcome: "read",
    detail: parts.length ? parts.join(", ") : "nothing usable (no gender or full birth date)",
  });
}

function quantityUnit(quantity: Partial<Quantity>): string | undefined {
  if (quantity.system !== undefined && quantity.system !== ucumSystem) return undefined;
  return asString(quantity.code) ?? asString(quantity.unit);
}

const readableStatuses = new Set(["final", "amended", "corrected"]);

function readObservation(resource: Json, name: string, out: PatientReading, report: Report) {
  const observation = resource as Json & Partial<Observation>;
  const loinc = codings(observation.code).filter((coding) => coding.system === loincSystem);
  const ignore = (detail: () => string) => {
    report?.push({ resource: name, outcome: "ignored", detail: detail() });
  };
  if (loinc.length === 0) return ignore(() => "No LOINC code.");
  if (loinc.some((coding) => coding.code === ageLoinc.code)) {
    const quantity = isObject(observation.valueQuantity) ? (observation.valueQuantity as Partial<Quantity>) : undefined;
    const value = quantity ? asNumber(quantity.value) : undefined;
    if (value === undefined || quantityUnit(quantity ?? {}) !== "a")
      return ignore(() => "Age observation without a value in years (UCUM a).");
    if (out.ageYears === undefined) out.ageYears = Math.floor(value);
    report?.push({ resource: name, outcome: "read", detail: `age ${Math.floor(value)}` });
    return;
  }
  const test = loinc.map((coding) => labByLoinc.get(asString(coding.code) ?? "")).find((found) => found !== undefined);
  if (!test)
    return ignore(
      () =>
        `Unknown code: LOINC ${loinc.map((coding) => asString(coding.code)?.slice(0, 20) ?? "?").join(", ")} is not one of the planner's labs.`,
    );
  if (!readableStatuses.has(String(observation.status)))
    return ignore(
      () => `${analyteName(test)}: status ${String(observation.status).slice(0, 20)} is not a final result.`,
    );
  const date =
    calendarDateOf(observation.effectiveDateTime) ??
    calendarDateOf(isObject(observation.effectivePeriod) ? observation.effectivePeriod.start : undefined) ??
    calendarDateOf(observation.issued);
  if (!date) return ignore(() => `${analyteName(test)}: no full date (effectiveDateTime).`);
  if (!isObject(observation.valueQuantity)) return ignore(() => `${analyteName(test)}: no valueQuantity.`);
  const quantity = observation.valueQuantity as Partial<Quantity>;
  const value = asNumber(quantity.value);
  if (value === undefined) return ignore(() => `${analyteName(test)}: the value is not a number.`);
  if (quantity.comparator !== undefined)
    return ignore(
      () =>
        `${analyteName(test)}: the value is a bound (${String(quantity.comparator).slice(0, 2)} ${value}), not a result.`,
    );
  const ucum = quantityUnit(quantity);
  const unit = ucum === undefined ? undefined : contractUnitFor(test, ucum);
  if (!unit)
    return ignore(
      () =>
        `${analyteName(test)}: unit not convertible ("${String(quantity.code ?? quantity.unit ?? "none").slice(0, 20)}" is not a UCUM unit the planner reads).`,
    );
  let uln: number | undefined;
  const high = asArray(observation.referenceRange)
    .filter(isObject)
    .map((range) => range.high)
    .find(isObject) as Partial<Quantity> | undefined;
  if (
    high &&
    (test === "alt" || test === "ast" || test === "ck") &&
    contractUnitFor(test, quantityUnit(high) ?? "") === "U/L"
  )
    uln = asNumber(high.value);
  const list = out.labs.get(test) ?? [];
  list.push({ lab: { test, value, unit, date, ...(uln === undefined ? {} : { uln }) }, name });
  out.labs.set(test, list);
}

function zosterVaccineOf(immunization: Partial<Immunization> & Json): "rzv" | "zvl" | undefined {
  for (const coding of codings(immunization.vaccineCode)) {
    if (coding.system === cvxSystem && coding.code === zosterCvx.rzv.code) return "rzv";
    if (coding.system === cvxSystem && coding.code === zosterCvx.zvl.code) return "zvl";
  }
  const text = words(conceptNames(immunization.vaccineCode).join(" "));
  if (
    text.includes(" shingrix ") ||
    text.includes(" recombinant zoster ") ||
    text.includes(" zoster vaccine recombinant ")
  )
    return "rzv";
  if (text.includes(" zostavax ") || text.includes(" zoster vaccine live ") || text.includes(" live zoster "))
    return "zvl";
  return undefined;
}

function readImmunization(resource: Json, name: string, out: PatientReading, report: Report) {
  const immunization = resource as Json & Partial<Immunization>;
  const vaccine = zosterVaccineOf(immunization);
  if (!vaccine)
    return report?.push({
      resource: name,
      outcome: "ignored",
      detail: "Not a zoster vaccine (CVX 187 or 121, or named so).",
    });
  if (immunization.status !== "completed")
    return report?.push({
      resource: name,
      outcome: "ignored",
      detail: `Zoster vaccine not given (status ${String(immunization.status).slice(0, 20)}).`,
    });
  const date = calendarDateOf(immunization.occurrenceDateTime);
  if (!date) return report?.push({ resource: name, outcome: "ignored", detail: "Zoster vaccine without a full date." });
  out.zoster.push({ vaccine, date });
  report?.push({
    resource: name,
    outcome: "read",
    detail: `${vaccine === "rzv" ? "recombinant" : "live"} zoster vaccine on ${date}`,
  });
}

const newestFirst = (a: LabCandidate, b: LabCandidate) =>
  a.lab.date < b.lab.date ? 1 : a.lab.date > b.lab.date ? -1 : 0;

/**
 * Reads the patient's record but its orders (CDS Hooks: the prefetch, once per call).
 * `firstIndex` numbers unnamed resources after the ones read before them.
 */
export function readPatientFacts(
  resources: readonly Json[],
  options: ReadOptions,
  report: Report = null,
  firstIndex = 0,
): PatientFacts {
  const out: PatientReading = { labs: new Map(), zoster: [], notes: [] };
  resources.forEach((resource, index) => {
    const name = report ? label(resource, firstIndex + index) : "";
    switch (resource.resourceType) {
      case "Patient":
        readPatient(resource, name, out, options, report);
        break;
      case "Observation":
        readObservation(resource, name, out, report);
        break;
      case "Immunization":
        readImmunization(resource, name, out, report);
        break;
      default:
        report?.push({ resource: name, outcome: "ignored", detail: "This resource type is not read." });
    }
  });
  for (const candidates of out.labs.values()) candidates.sort(newestFirst);
  out.zoster.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (out.zoster.length > 10) out.zoster = out.zoster.slice(-10);
  return out;
}

/** A result checked with the shared schema now that it is used; a refused one is reported. */
function checkedLab(candidate: LabCandidate, report: Report): LabResult | undefined {
  const checked = labResultSchema.safeParse(candidate.lab);
  if (checked.success) return checked.data;
  report?.push({
    resource: candidate.name,
    outcome: "ignored",
    detail: `${analyteName(candidate.lab.test)}: ${checked.error.issues[0]?.message ?? "not a valid result."}`,
  });
  return undefined;
}

/**
 * An order and the patient's facts as one extraction. Baseline: the latest valid result on or
 * before the start date. Follow-up: every result after it, one per test and date. Only the
 * results used are checked with the schema, so a long history costs little more than a short one.
 */
export function extractionFor(
  order: OrderFacts,
  facts: PatientFacts,
  options: ReadOptions,
  report: Report = null,
): Extraction {
  const labs: LabResult[] = [];
  const cutoff = order.startDate ?? options.asOf;
  const baselineDates = new Set<string>();
  for (const [test, candidates] of facts.labs) {
    let baseline: LabResult | undefined;
    const followUpDates = new Set<string>();
    const used: LabResult[] = [];
    for (const candidate of candidates) {
      const { date } = candidate.lab;
      const isFollowUp = date > cutoff;
      if (isFollowUp ? followUpDates.has(date) : baseline !== undefined) {
        report?.push({
          resource: candidate.name,
          outcome: "ignored",
          detail: `${analyteName(test)}: ${isFollowUp ? `a second result on ${date}` : `older than the baseline result of ${baseline?.date}`}; the planner takes one per test and date.`,
        });
        continue;
      }
      const lab = checkedLab(candidate, report);
      if (!lab) continue;
      used.push(lab);
      if (isFollowUp) followUpDates.add(date);
      else {
        baseline = lab;
        baselineDates.add(date);
      }
      report?.push({
        resource: candidate.name,
        outcome: "read",
        detail: `${analyteName(test)} ${lab.value} ${lab.unit} on ${lab.date} (${isFollowUp ? "follow-up" : "baseline"})`,
      });
    }
    // Oldest first, as results are written down: the baseline, then the follow-ups.
    labs.push(...used.reverse());
  }
  const notes = [...order.notes, ...facts.notes];
  if (baselineDates.size > 1)
    notes.push(
      `The baseline labs were drawn on ${baselineDates.size} dates; the planner form keeps one date for all of them (the latest).`,
    );
  return {
    drug: order.drug,
    indication: order.indication,
    doseMg: order.doseMg,
    startDate: order.startDate,
    ageYears: facts.ageYears,
    sex: facts.sex,
    labs,
    zoster: [...facts.zoster],
    report: report ?? [],
    notes,
  };
}

/** Reads resources of any source (a bundle, CDS Hooks context and prefetch) into an extraction. */
export function readResources(
  resources: readonly Json[],
  options: ReadOptions,
  report: ReportEntry[] = [],
): Extraction {
  // The order first: the start date decides which results are baseline. Then the patient.
  const orders = resources.filter((resource) => resource.resourceType === "MedicationRequest");
  const patients = resources.filter((resource) => resource.resourceType === "Patient");
  const rest = resources.filter(
    (resource) => resource.resourceType !== "MedicationRequest" && resource.resourceType !== "Patient",
  );
  const order: OrderFacts = { notes: [] };
  orders.forEach((resource, index) => readMedicationRequest(resource, label(resource, index), order, options, report));
  const facts = readPatientFacts([...patients, ...rest], options, report, orders.length);
  return extractionFor(order, facts, options, report);
}

const fieldNames: Readonly<Record<string, string>> = {
  drug: "the drug (a MedicationRequest naming one of the nine drugs)",
  indication: "the indication (MedicationRequest.reasonCode)",
  doseMg: "the daily dose (MedicationRequest.dosageInstruction)",
  startDate: "the start date (MedicationRequest.dispenseRequest.validityPeriod.start or authoredOn)",
  "patient.ageYears": "the age (Patient.birthDate)",
  "patient.sex": "the sex (Patient.gender)",
};

/** The extraction as the contract's request, checked with the shared schema. */
export function toPlanRequest(
  extraction: Extraction,
): { ok: true; request: PlanRequest } | { ok: false; errors: string[] } {
  const input: Record<string, unknown> = {
    drug: extraction.drug,
    indication: extraction.indication,
    ...(extraction.doseMg === undefined ? {} : { doseMg: extraction.doseMg }),
    startDate: extraction.startDate,
    patient: { ageYears: extraction.ageYears, sex: extraction.sex },
    labs: extraction.labs,
    zosterVaccine: extraction.zoster,
  };
  const parsed = planRequestSchema.safeParse(JSON.parse(JSON.stringify(input)) as PlanRequestInput);
  if (parsed.success) return { ok: true, request: parsed.data };
  return {
    ok: false,
    errors: toFieldErrors(parsed.error).map((error) => {
      const missing = fieldNames[error.path];
      return missing ? `${error.message} Not found in the bundle: ${missing}.` : error.message;
    }),
  };
}

/**
 * A long report keeps every line of what was read, and counts what was ignored by resource
 * type and reason ("Claim ×412: This resource type is not read."), so a record of thousands of
 * resources gives a table of tens of lines.
 */
function shortReport(report: ReportEntry[]): ReportEntry[] {
  if (report.length <= maxReportLines) return report;
  const groups = new Map<string, ReportEntry & { count: number }>();
  const lines: (ReportEntry & { count?: number })[] = [];
  for (const entry of report) {
    if (entry.outcome === "read") {
      lines.push(entry);
      continue;
    }
    const type = entry.resource.split(/[/ ]/, 1)[0] ?? entry.resource;
    const key = `${type}\u0000${entry.detail}`;
    const group = groups.get(key);
    if (group) group.count += 1;
    else {
      const line = { resource: type, outcome: entry.outcome, detail: entry.detail, count: 1 };
      groups.set(key, line);
      lines.push(line);
    }
  }
  return lines.map(({ count, ...line }) =>
    count === undefined || count === 1
      ? line
      : { ...line, resource: `${line.resource} ×${count.toLocaleString("en-US")}` },
  );
}

/** Progress of an import: entries looked at out of all of them. */
export type ImportProgress = (entriesRead: number, entries: number) => void;

/**
 * The whole import: text in, a validated request (or the reasons it failed) and the report out.
 * Only Patient, MedicationRequest, Observation and Immunization resources are read; the others
 * (encounters, claims, notes…) are only counted. `onProgress` hears every few thousand entries.
 */
export function importFhirBundle(text: string, options: ReadOptions, onProgress?: ImportProgress): ImportResult {
  const parsed = parseBundle(text);
  if (!parsed.ok) return { ok: false, errors: [parsed.error], report: [] };
  const report: ReportEntry[] = [];
  const entries = asArray(parsed.bundle.entry);
  const wanted: Json[] = [];
  entries.forEach((entry, index) => {
    if (onProgress && index % 2000 === 0) onProgress(index, entries.length);
    const resource = isObject(entry) && isObject(entry.resource) ? entry.resource : undefined;
    if (!resource)
      report.push({ resource: `entry[${index}]`, outcome: "ignored", detail: "The entry has no resource." });
    else if (readTypes.has(resource.resourceType)) {
      entryPositions.set(resource, index);
      wanted.push(resource);
    } else
      report.push({ resource: label(resource, index), outcome: "ignored", detail: "This resource type is not read." });
  });
  onProgress?.(entries.length, entries.length);
  const extraction = readResources(wanted, options, report);
  const request = toPlanRequest(extraction);
  if (!request.ok) return { ok: false, errors: [...extraction.notes, ...request.errors], report: shortReport(report) };
  return { ok: true, request: request.request, report: shortReport(report), notes: extraction.notes };
}
