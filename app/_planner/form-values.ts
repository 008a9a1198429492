import {
  labTestIds,
  type AntiplateletTherapy,
  type DrugId,
  type HepaticImpairment,
  type LabelRegion,
  type LabTestId,
  type RiskFactorId,
  type ScreeningResult,
  type SmokingStatus,
} from "@/rules/types";
import { analytes } from "@/lib/units/analytes";
import { defaultHorizonMonths, defaultLabelRegion } from "@/lib/plan/context";
import type { DrugChoices } from "@/lib/planner/drug-choices";
import type { PlanRequest, PlanRequestInput } from "@/lib/schema/plan-request";

/**
 * The planner form's values: what the inputs hold (numbers as typed text), mapped to and
 * from the contract's request. The shared schema validates the request built from them;
 * `formPathOf` maps its error paths back to the field that caused them.
 */
export const screenedTests = ["tb", "hbv", "hcv", "pregnancy"] as const;
export type ScreenedTest = (typeof screenedTests)[number];

export type TriState = "unknown" | "yes" | "no";

export interface LabRow {
  value: string;
  unit: string;
  uln: string;
}

export interface FormValues {
  drug: DrugId;
  indication: string;
  doseMg: string;
  startDate: string;
  labelRegion: LabelRegion;
  horizonMonths: string;
  routineIntervalMonths: string;
  patient: {
    ageYears: string;
    sex: "" | "female" | "male";
    pregnant: boolean;
    canBecomePregnant: boolean;
    breastfeeding: boolean;
    smoking: "" | SmokingStatus;
    riskFactors: RiskFactorId[];
    egfr: string;
    hepaticImpairment: HepaticImpairment;
    cyp2c19PoorMetabolizer: TriState;
    cyp2c9PoorMetabolizer: TriState;
    antiplatelet: AntiplateletTherapy;
  };
  asOf: string;
  recheckAfterWeeks: string;
  labsDate: string;
  labs: Record<LabTestId, LabRow>;
  /** Results entered visit by visit after the start. */
  followUps: { date: string; labs: Record<LabTestId, LabRow> }[];
  screening: Record<ScreenedTest, { result: "" | ScreeningResult; date: string }>;
  zoster: { rzvDose1: string; rzvDose2: string; zvl: string };
  doseChanges: { date: string; doseMg: string }[];
}

export type UnitPreferences = Partial<Record<LabTestId, string>>;

// The dose is never preset: the clinician picks it, so no plan rests on a default dose.
function firstIndication(choices: DrugChoices, drug: DrugId): { indication: string; doseMg: string } {
  return { indication: choices[drug].indications[0]?.indication ?? "", doseMg: "" };
}

/** An empty row per analyte, each in the unit the user last chose for it. */
export function emptyLabRows(units: UnitPreferences = {}): Record<LabTestId, LabRow> {
  return Object.fromEntries(
    labTestIds.map((test) => [test, { value: "", unit: units[test] ?? analytes[test].referenceUnit, uln: "" }]),
  ) as Record<LabTestId, LabRow>;
}

/** An empty form; `today` fills the as-of date, which the user may change. */
export function emptyFormValues(choices: DrugChoices, units: UnitPreferences = {}, today = ""): FormValues {
  const labs = emptyLabRows(units);
  return {
    drug: "abrocitinib",
    ...firstIndication(choices, "abrocitinib"),
    startDate: "",
    labelRegion: defaultLabelRegion,
    horizonMonths: String(defaultHorizonMonths),
    routineIntervalMonths: "",
    patient: {
      ageYears: "",
      sex: "",
      pregnant: false,
      canBecomePregnant: false,
      breastfeeding: false,
      smoking: "",
      riskFactors: [],
      egfr: "",
      hepaticImpairment: "none",
      cyp2c19PoorMetabolizer: "unknown",
      cyp2c9PoorMetabolizer: "unknown",
      antiplatelet: "none",
    },
    asOf: today,
    recheckAfterWeeks: "",
    labsDate: "",
    labs,
    followUps: [],
    screening: { tb: { result: "", date: "" }, hbv: { result: "", date: "" }, hcv: { result: "", date: "" }, pregnancy: { result: "", date: "" } },
    zoster: { rzvDose1: "", rzvDose2: "", zvl: "" },
    doseChanges: [],
  };
}

/** When the drug changes, the indication must be one that drug has, and the dose is chosen again. */
export function defaultsForDrug(choices: DrugChoices, drug: DrugId): { indication: string; doseMg: string } {
  return firstIndication(choices, drug);
}

// Text that is not a number stays text, so the schema refuses it with the field's message
// instead of the form guessing a value.
const numberOrText = (text: string): number | string => {
  const trimmed = text.trim();
  const number = Number(trimmed);
  return trimmed !== "" && Number.isFinite(number) ? number : trimmed;
};
const optionalNumber = (text: string) => (text.trim() === "" ? undefined : numberOrText(text));
const triState = (value: TriState) => (value === "unknown" ? undefined : value === "yes");

/** Where each request array entry came from, to map error paths back to form fields. */
interface RequestOrigins {
  /** Per request lab: the form path of its row and of its date field. */
  labs: { row: string; date: string }[];
  screening: ScreenedTest[];
  zoster: ("rzvDose1" | "rzvDose2" | "zvl")[];
}

/** The form as the contract's request; `choices` says which drugs are topical and take no dose. */
export function toRequest(values: FormValues, choices: DrugChoices): { request: PlanRequestInput; origins: RequestOrigins } {
  const origins: RequestOrigins = { labs: [], screening: [], zoster: [] };
  const labRows = (rows: Record<LabTestId, LabRow>, date: string, rowPath: string, datePath: string) =>
    labTestIds.flatMap((test) => {
      const row = rows[test];
      if (!row || row.value.trim() === "") return [];
      origins.labs.push({ row: `${rowPath}.${test}`, date: datePath });
      const uln = optionalNumber(row.uln);
      return [{ test, value: numberOrText(row.value), unit: row.unit, date, ...(uln === undefined ? {} : { uln }) }];
    });
  const labs = [
    ...labRows(values.labs, values.labsDate, "labs", "labsDate"),
    ...values.followUps.flatMap((visit, index) => labRows(visit.labs, visit.date, `followUps.${index}.labs`, `followUps.${index}.date`)),
  ];
  const screening = screenedTests.flatMap((test) => {
    const entry = values.screening[test];
    if (!entry || entry.result === "") return [];
    origins.screening.push(test);
    return [{ test, result: entry.result, date: entry.date }];
  });
  const zosterVaccine = (["rzvDose1", "rzvDose2", "zvl"] as const).flatMap((field) => {
    const date = values.zoster[field];
    if (date === "") return [];
    origins.zoster.push(field);
    return [{ vaccine: field === "zvl" ? "zvl" : "rzv", date }];
  });
  const { patient } = values;
  const isTopical = choices[values.drug].route === "topical";
  const request = {
    drug: values.drug,
    indication: values.indication,
    ...(isTopical ? {} : { doseMg: optionalNumber(values.doseMg) }),
    startDate: values.startDate,
    horizonMonths: optionalNumber(values.horizonMonths),
    labelRegion: values.labelRegion,
    asOf: values.asOf === "" ? undefined : values.asOf,
    recheckAfterWeeks: optionalNumber(values.recheckAfterWeeks),
    routineIntervalMonths: optionalNumber(values.routineIntervalMonths),
    patient: {
      ageYears: optionalNumber(patient.ageYears),
      sex: patient.sex === "" ? undefined : patient.sex,
      pregnant: patient.pregnant,
      canBecomePregnant: patient.canBecomePregnant,
      breastfeeding: patient.breastfeeding,
      smoking: patient.smoking === "" ? undefined : patient.smoking,
      riskFactors: patient.riskFactors,
      egfr: optionalNumber(patient.egfr),
      hepaticImpairment: patient.hepaticImpairment,
      cyp2c19PoorMetabolizer: triState(patient.cyp2c19PoorMetabolizer),
      cyp2c9PoorMetabolizer: triState(patient.cyp2c9PoorMetabolizer),
      antiplatelet: patient.antiplatelet,
    },
    labs,
    screening,
    zosterVaccine,
    doseChanges: isTopical ? [] : values.doseChanges.map((change) => ({ date: change.date, doseMg: numberOrText(change.doseMg) })),
  };
  // Omitted optionals are dropped so the request is exactly what a client would send.
  return { request: JSON.parse(JSON.stringify(request)) as PlanRequestInput, origins };
}

/** The form field an error path of the request belongs to. */
export function formPathOf(path: string, origins: RequestOrigins): string {
  const [head, index, field] = path.split(".");
  const at = Number(index);
  const lab = head === "labs" ? origins.labs[at] : undefined;
  if (lab) return field === "date" ? lab.date : `${lab.row}.${field ?? "value"}`;
  if (head === "screening" && origins.screening[at]) return `screening.${origins.screening[at]}.${field ?? "result"}`;
  if (head === "zosterVaccine" && origins.zoster[at]) return `zoster.${origins.zoster[at]}`;
  return path === "" ? "drug" : path;
}

/** A request (from a share link) back into form values; unknown parts are left empty. */
export function fromRequest(request: PlanRequest, choices: DrugChoices, units: UnitPreferences = {}): FormValues {
  const values = emptyFormValues(choices, units);
  const yesNo = (flag: boolean | undefined): TriState => (flag === undefined ? "unknown" : flag ? "yes" : "no");
  const { patient } = request;
  values.drug = request.drug;
  values.indication = request.indication;
  values.doseMg = request.doseMg === undefined ? "" : String(request.doseMg);
  values.startDate = request.startDate;
  values.labelRegion = request.labelRegion ?? defaultLabelRegion;
  values.horizonMonths = String(request.horizonMonths ?? defaultHorizonMonths);
  values.routineIntervalMonths = request.routineIntervalMonths === undefined ? "" : String(request.routineIntervalMonths);
  values.asOf = request.asOf ?? "";
  values.recheckAfterWeeks = request.recheckAfterWeeks === undefined ? "" : String(request.recheckAfterWeeks);
  values.patient = {
    ageYears: String(patient.ageYears),
    sex: patient.sex,
    pregnant: patient.pregnant ?? false,
    canBecomePregnant: patient.canBecomePregnant ?? false,
    breastfeeding: patient.breastfeeding ?? false,
    smoking: patient.smoking ?? "",
    riskFactors: [...(patient.riskFactors ?? [])],
    egfr: patient.egfr === undefined ? "" : String(patient.egfr),
    hepaticImpairment: patient.hepaticImpairment ?? "none",
    cyp2c19PoorMetabolizer: yesNo(patient.cyp2c19PoorMetabolizer),
    cyp2c9PoorMetabolizer: yesNo(patient.cyp2c9PoorMetabolizer),
    antiplatelet: patient.antiplatelet ?? "none",
  };
  const followUps = new Map<string, Record<LabTestId, LabRow>>();
  for (const lab of request.labs ?? []) {
    const row = { value: String(lab.value), unit: lab.unit, uln: lab.uln === undefined ? "" : String(lab.uln) };
    if (lab.date <= request.startDate) {
      values.labs[lab.test] = row;
      values.labsDate = lab.date;
    } else {
      const rows = followUps.get(lab.date) ?? emptyLabRows(units);
      rows[lab.test] = row;
      followUps.set(lab.date, rows);
    }
  }
  values.followUps = [...followUps.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, labs]) => ({ date, labs }));
  for (const entry of request.screening ?? []) {
    if ((screenedTests as readonly string[]).includes(entry.test)) {
      values.screening[entry.test as ScreenedTest] = { result: entry.result, date: entry.date };
    }
  }
  const recombinant = (request.zosterVaccine ?? []).filter((dose) => dose.vaccine === "rzv").map((dose) => dose.date).sort();
  values.zoster = {
    rzvDose1: recombinant[0] ?? "",
    rzvDose2: recombinant[1] ?? "",
    zvl: (request.zosterVaccine ?? []).find((dose) => dose.vaccine === "zvl")?.date ?? "",
  };
  values.doseChanges = (request.doseChanges ?? []).map((change) => ({ date: change.date, doseMg: String(change.doseMg) }));
  return values;
}
