/**
 * Shared request builders and plan readers for the unit tests. Requests go through the
 * engine's own door (`respondToPlanRequest`), so every plan a test reads has been
 * validated, planned and serialised exactly as the API and the CLI would do it.
 */
import { expect } from "vitest";
import { toCalendarDate } from "@/lib/dates/calendar-date";
import { respondToPlanRequest } from "@/lib/doors/plan-door";
import type { FieldError } from "@/lib/contract/field-errors";
import type { Finding, Plan, ScheduleItem, Visit } from "@/lib/contract/plan";
import type { PlanRequestInput } from "@/lib/contract/plan-request";
import type { DrugId, FindingAction, IndicationId, LabTestId, ScheduleItemId } from "@/rules/types";

/** Every case starts on a Monday: week-N visits fall on Mondays too. */
export const startDate = toCalendarDate("2027-01-04");
/** Baseline results are dated three weeks before the start. */
export const baselineDate = toCalendarDate("2026-12-15");

type Patient = PlanRequestInput["patient"];
type Lab = NonNullable<PlanRequestInput["labs"]>[number];
type Screening = NonNullable<PlanRequestInput["screening"]>[number];
type ZosterDose = NonNullable<PlanRequestInput["zosterVaccine"]>[number];

/** The indication and usual dose each drug is planned with unless a case says otherwise. */
export const drugDefaults: Readonly<Record<DrugId, { indication: IndicationId; doseMg?: number }>> = {
  abrocitinib: { indication: "atopic-dermatitis", doseMg: 100 },
  upadacitinib: { indication: "atopic-dermatitis", doseMg: 15 },
  baricitinib: { indication: "alopecia-areata", doseMg: 2 },
  ritlecitinib: { indication: "alopecia-areata", doseMg: 50 },
  deuruxolitinib: { indication: "alopecia-areata", doseMg: 16 },
  tofacitinib: { indication: "psoriatic-arthritis", doseMg: 10 },
  deucravacitinib: { indication: "psoriasis", doseMg: 6 },
  "ruxolitinib-cream": { indication: "atopic-dermatitis" },
  "delgocitinib-cream": { indication: "chronic-hand-eczema" },
};

export const allDrugs = Object.keys(drugDefaults) as DrugId[];

/** The smallest valid request for a drug: a 34-year-old woman, nothing on file. */
export function minimalRequest(drug: DrugId, overrides: Partial<PlanRequestInput> = {}): PlanRequestInput {
  const { indication, doseMg } = drugDefaults[drug];
  return {
    drug,
    indication,
    ...(doseMg === undefined ? {} : { doseMg }),
    startDate,
    patient: { ageYears: 34, sex: "female" },
    ...overrides,
  };
}

/**
 * A healthy 34-year-old non-smoker of 70 kg who cannot become pregnant and takes no
 * interacting medicine, with every fact known (her creatinine clearance comes from the normal
 * baseline creatinine by Cockcroft–Gault).
 */
export const cleanPatient: Patient = {
  ageYears: 34,
  sex: "female",
  pregnant: false,
  canBecomePregnant: false,
  breastfeeding: false,
  smoking: "never",
  riskFactors: [],
  egfr: 95,
  weightKg: 70,
  hepaticImpairment: "none",
  cyp2c19PoorMetabolizer: false,
  cyp2c9PoorMetabolizer: false,
  antiplatelet: "none",
  interactingMedicines: [],
};

/** Normal baseline results for every analyte, all dated `baselineDate`. */
export const normalLabs: readonly Lab[] = [
  { test: "anc", value: 3.5, unit: "10^9/L", date: baselineDate },
  { test: "alc", value: 1.8, unit: "10^9/L", date: baselineDate },
  { test: "platelets", value: 250, unit: "10^9/L", date: baselineDate },
  { test: "wbc", value: 6.5, unit: "10^9/L", date: baselineDate },
  { test: "hemoglobin", value: 13.5, unit: "g/dL", date: baselineDate },
  { test: "ldl", value: 100, unit: "mg/dL", date: baselineDate },
  { test: "hdl", value: 55, unit: "mg/dL", date: baselineDate },
  { test: "total-cholesterol", value: 180, unit: "mg/dL", date: baselineDate },
  { test: "triglycerides", value: 120, unit: "mg/dL", date: baselineDate },
  { test: "alt", value: 20, unit: "U/L", date: baselineDate },
  { test: "ast", value: 22, unit: "U/L", date: baselineDate },
  { test: "creatinine", value: 0.8, unit: "mg/dL", date: baselineDate },
];

export const negativeScreening: readonly Screening[] = (["tb", "hbv", "hcv", "hiv", "pregnancy"] as const).map(
  (test) => ({
    test,
    result: "negative",
    date: baselineDate,
  }),
);

/** Two valid recombinant zoster doses, two months apart, before the start. */
export const completeZoster: readonly ZosterDose[] = [
  { vaccine: "rzv", date: "2026-09-01" },
  { vaccine: "rzv", date: "2026-11-01" },
];

/**
 * A request with nothing missing: every baseline lab normal, every screen negative, the
 * zoster series complete, a routine interval chosen. Only the case's own finding remains.
 */
export function cleanRequest(drug: DrugId, overrides: Partial<PlanRequestInput> = {}): PlanRequestInput {
  const topical = drugDefaults[drug].doseMg === undefined;
  return minimalRequest(drug, {
    patient: cleanPatient,
    labs: topical ? [] : [...normalLabs],
    screening: topical ? [] : [...negativeScreening],
    zosterVaccine: [...completeZoster],
    routineIntervalMonths: 3,
    ...overrides,
  });
}

/** The request with the patient's facts changed. */
export function withPatient(request: PlanRequestInput, patient: Partial<Patient>): PlanRequestInput {
  return { ...request, patient: { ...request.patient, ...patient } };
}

/** The request with one baseline result replaced (other analytes kept). */
export function withBaselineLab(
  request: PlanRequestInput,
  test: LabTestId,
  value: number,
  unit: string,
  date: string = baselineDate,
): PlanRequestInput {
  const labs = (request.labs ?? []).filter((lab) => lab.test !== test);
  return { ...request, labs: [...labs, { test, value, unit, date }] };
}

/** Plans a request through the engine's door; fails the test with the errors if refused. */
export function plan(request: PlanRequestInput | Record<string, unknown>): Plan {
  const { status, body } = respondToPlanRequest(JSON.stringify(request));
  if (status !== 200) throw new Error(`Expected a plan (200), got ${status}: ${body}`);
  return JSON.parse(body) as Plan;
}

/** The errors of a refused request; fails the test if it was planned or an error lacks a message. */
export function refusal(rawBody: string): FieldError[] {
  const { status, body } = respondToPlanRequest(rawBody);
  expect(status, body).toBe(400);
  const { errors } = JSON.parse(body) as { errors: FieldError[] };
  // The contract: every refused request names at least one path, each with a message.
  expect(errors.length, body).toBeGreaterThan(0);
  for (const error of errors) {
    expect(typeof error.path, body).toBe("string");
    expect(error.message.trim(), body).not.toBe("");
  }
  return errors;
}

/** `action ruleId` pairs, the shape most finding assertions compare. */
export const findingKeys = (p: Plan, action?: FindingAction): string[] =>
  p.findings
    .filter((finding) => action === undefined || finding.action === action)
    .map((finding) => `${finding.action} ${finding.ruleId}`);

export const hasFinding = (p: Plan, action: FindingAction, ruleId: string): boolean =>
  p.findings.some((finding) => finding.action === action && finding.ruleId === ruleId);

export const findingById = (p: Plan, ruleId: string): Finding[] =>
  p.findings.filter((finding) => finding.ruleId === ruleId);

export const visitOn = (p: Plan, date: string): Visit | undefined => p.visits.find((visit) => visit.date === date);

/** Every scheduled item for a test, with the date and label of its visit. */
export function scheduled(p: Plan, test: ScheduleItemId): Array<ScheduleItem & { date: string; label: string }> {
  return p.visits.flatMap((visit) =>
    visit.items.filter((item) => item.test === test).map((item) => ({ ...item, date: visit.date, label: visit.label })),
  );
}

/** Dates a test is scheduled on. */
export const datesOf = (p: Plan, test: ScheduleItemId): string[] => scheduled(p, test).map((item) => item.date);

/** `date label: tests` lines, for asserting a whole schedule at a glance. */
export const visitLines = (p: Plan): string[] =>
  p.visits.map((visit) => `${visit.date} ${visit.label}: ${visit.items.map((item) => item.test).join(", ")}`);
