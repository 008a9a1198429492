import { maxDate, type CalendarDate } from "@/lib/dates/calendar-date";
import type { IndicationId } from "@/rules/types";
import { formatNumber, formatResult } from "@/lib/units/format";
import { cockcroftGault, type CockcroftGaultInputs } from "@/lib/units/creatinine-clearance";
import type { LabResult, Patient, PlanRequest } from "@/lib/contract/plan-request";
import { countsInstead } from "./same-day";

/**
 * The facts a rule's condition can read that a request may leave unknown. Each has an id,
 * so a plan can say which fact it needs (`drug.missing.<fact>`).
 */
export const factIds = [
  "can-become-pregnant",
  "smoking",
  "weight",
  "egfr",
  "crcl",
  "hepatic-impairment",
  "antiplatelet",
  "interacting-medicines",
  "cyp2c9-genotype",
] as const;
export type FactId = (typeof factIds)[number];

/** A creatinine clearance as the clinician gave it, or as worked out by Cockcroft–Gault. */
export interface CreatinineClearance {
  mlMin: number;
  /** Absent when the clinician gave the clearance itself. */
  calculatedFrom?: CockcroftGaultInputs & { creatinineDate: CalendarDate };
}

/** What rule conditions read: the patient, the indication and the dates, with derived facts worked out once. */
export interface PatientFacts {
  patient: Patient;
  indication: IndicationId;
  startDate: CalendarDate;
  /** The plan's "today": `asOf`, or the start date when none is given or `asOf` is before it (the facts that matter are those at the start). */
  today: CalendarDate;
  /**
   * The latest day the patient is known to have been on treatment: the "as of" date when given;
   * without one, "today" is the start, yet a result six months on says the patient is six months
   * into treatment, so the latest result or screening on file counts.
   */
  onTreatmentThrough: CalendarDate;
  /** Undefined when unknown: not stated, or stated "unknown", for a patient who could be pregnant. */
  canBecomePregnant: boolean | undefined;
  creatinineClearance: CreatinineClearance | undefined;
}

// The ages at which an unanswered "can become pregnant?" is taken as unknown rather than no,
// for a female patient (the product's rule: ask rather than assume).
const reproductiveAgeFrom = 12;
const reproductiveAgeTo = 55;

function reproductivePotential(patient: Patient): boolean | undefined {
  const { canBecomePregnant, sex, ageYears } = patient;
  if (canBecomePregnant === true || canBecomePregnant === false) return canBecomePregnant;
  if (canBecomePregnant === "unknown") return undefined;
  return sex === "female" && ageYears >= reproductiveAgeFrom && ageYears <= reproductiveAgeTo ? undefined : false;
}

const isHigherResult = countsInstead("higher");

/** The latest creatinine on or before `date`; of two on that day the higher, which gives the lower clearance. */
function latestCreatinine(labs: readonly LabResult[], date: CalendarDate): LabResult | undefined {
  let latest: LabResult | undefined;
  for (const lab of labs) {
    if (lab.test !== "creatinine" || lab.date > date) continue;
    if (!latest || lab.date > latest.date || (lab.date === latest.date && isHigherResult(lab, latest))) latest = lab;
  }
  return latest;
}

/**
 * The creatinine clearance the renal rules read: the clinician's, else Cockcroft–Gault from
 * age, sex, weight and the latest creatinine on or before the plan's "today".
 */
function creatinineClearanceOf(request: PlanRequest, today: CalendarDate): CreatinineClearance | undefined {
  const { patient } = request;
  if (patient.crclMlMin !== undefined) return { mlMin: patient.crclMlMin };
  const creatinine = latestCreatinine(request.labs ?? [], today);
  if (patient.weightKg === undefined || creatinine === undefined) return undefined;
  const inputs = {
    ageYears: patient.ageYears,
    sex: patient.sex,
    weightKg: patient.weightKg,
    creatinine: { value: creatinine.value, unit: creatinine.unit },
  };
  return { mlMin: cockcroftGault(inputs), calculatedFrom: { ...inputs, creatinineDate: creatinine.date } };
}

/** The later of `date` and the latest date of `entries`. */
const latestDate = (date: CalendarDate, entries: readonly { date: CalendarDate }[] = []): CalendarDate =>
  entries.reduce((latest, entry) => maxDate(latest, entry.date), date);

export function patientFactsOf(request: PlanRequest): PatientFacts {
  const today = request.asOf !== undefined && request.asOf > request.startDate ? request.asOf : request.startDate;
  return {
    patient: request.patient,
    indication: request.indication,
    startDate: request.startDate,
    today,
    // An "as of" date given is the day the plan is made on; only without one do the results say more.
    onTreatmentThrough:
      request.asOf !== undefined ? today : latestDate(latestDate(today, request.labs), request.screening),
    canBecomePregnant: reproductivePotential(request.patient),
    creatinineClearance: creatinineClearanceOf(request, today),
  };
}

/** "CrCl 42.3 mL/min (Cockcroft–Gault from creatinine 1.4 mg/dL on 2026-12-15, 70 kg)", or the clinician's value. */
export function describeCreatinineClearance(clearance: CreatinineClearance): string {
  // One decimal: 49.6 must never read as the limit 50.
  const value = `CrCl ${formatNumber(Math.round(clearance.mlMin * 10) / 10)} mL/min`;
  const from = clearance.calculatedFrom;
  if (!from) return `${value} (as given)`;
  return `${value} (Cockcroft–Gault from creatinine ${formatResult(from.creatinine)} on ${from.creatinineDate}, ${formatNumber(from.weightKg)} kg, age ${from.ageYears}, ${from.sex})`;
}
