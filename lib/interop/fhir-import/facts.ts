import type { DrugId, IndicationId, LabTestId } from "@/rules/types";
import type { CalendarDate } from "@/lib/dates/calendar-date";
import type { LabResult } from "@/lib/contract/plan-request";
import type { ReportEntry } from "./report";

/** What the import reads by: today's date, and the start date to fall back on. */
export interface ReadOptions {
  /** Today's date (the caller's clock): the age is counted to it from Patient.birthDate. */
  asOf: CalendarDate;
  /** The start date when no MedicationRequest gives one (CDS Hooks: today). */
  defaultStartDate?: CalendarDate;
}

/** A zoster vaccine dose as an Immunization records it. */
export interface ZosterDose {
  vaccine: "rzv" | "zvl";
  date: CalendarDate;
}

/** What the order says: the drug, its start, dose and indication. */
export interface OrderFacts {
  drug?: DrugId;
  indication?: IndicationId;
  doseMg?: number;
  startDate?: CalendarDate;
  notes: string[];
}

/** A result as read, checked with the shared schema only if it is used. */
export interface LabCandidate {
  lab: { test: LabTestId; value: number; unit: string; date: CalendarDate; uln?: number };
  /** The resource it came from, as the report names it. */
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
  zoster: ZosterDose[];
  notes: string[];
}

/** The patient's facts while the record is being read. */
export interface PatientReading extends PatientFacts {
  labs: Map<LabTestId, LabCandidate[]>;
}

/** What was read, before the shared schema checks it. */
export interface Extraction {
  drug?: DrugId;
  indication?: IndicationId;
  doseMg?: number;
  startDate?: CalendarDate;
  ageYears?: number;
  sex?: "female" | "male";
  labs: LabResult[];
  zoster: ZosterDose[];
  report: ReportEntry[];
  notes: string[];
}
