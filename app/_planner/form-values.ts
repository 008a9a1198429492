import { typedNumber } from "@/lib/words/typed-number";
import {
  labTestIds,
  type AntiplateletTherapy,
  type DrugId,
  type HepaticImpairment,
  type InteractingMedicineId,
  type LabelRegion,
  type LabTestId,
  type RiskFactorId,
  type ScreeningResult,
  type SmokingStatus,
} from "@/rules/types";
import { analytes } from "@/lib/units/analytes";
import {
  defaultBaselineWindowDays,
  defaultHorizonMonths,
  maxMergeWithinDays,
  plannerVisitPlanning,
} from "@/lib/contract/defaults";
import type { DrugChoices } from "@/lib/planner/drug-choices";
import type { Patient, PlanRequest, PlanRequestInput, ZosterDose } from "@/lib/contract/plan-request";

/**
 * The planner form's values: what the inputs hold (numbers as typed text), mapped to and
 * from the contract's request. The shared schema validates the request built from them;
 * `formPathOf` maps its error paths back to the field that caused them.
 */
export const screenedTests = ["tb", "hbv", "hcv", "hiv", "pregnancy"] as const;
export type ScreenedTest = (typeof screenedTests)[number];

export type TriState = "unknown" | "yes" | "no";

/** The merge windows the clinic settings offer, in days as the form holds them: "0" (off) to the contract's widest. */
export const mergeWindowChoices = Array.from({ length: maxMergeWithinDays + 1 }, (_, days) => String(days));

export interface LabRow {
  value: string;
  unit: string;
  uln: string;
  /** Baseline rows only: the day this value was drawn when not the table's day; "" for the table's. */
  date: string;
}

/** A screening test as the form holds it: the result, its date and, for a positive one, what it meant. */
export interface ScreeningRow {
  result: "" | ScreeningResult;
  date: string;
  /** "" when not assessed; a `screeningInterpretations` id of the test otherwise. */
  interpretation: string;
  /** For latent TB: the date preventive treatment started. */
  preventiveTreatmentStarted: string;
}

/** The patient's facts as the form holds them (the planner's and the register's facts update). */
export interface PatientValues {
  ageYears: string;
  sex: "" | "female" | "male";
  pregnant: boolean;
  /** "" not answered yet; "unknown" is an answer. */
  canBecomePregnant: "" | "yes" | "no" | "unknown";
  breastfeeding: boolean;
  smoking: "" | SmokingStatus;
  riskFactors: RiskFactorId[];
  egfr: string;
  crclMlMin: string;
  weightKg: string;
  hepaticImpairment: "" | HepaticImpairment;
  cyp2c19PoorMetabolizer: TriState;
  cyp2c9PoorMetabolizer: TriState;
  antiplatelet: "" | AntiplateletTherapy;
  /** The other medicines were reviewed; with none of the listed classes ticked, the patient takes none. */
  medicinesReviewed: boolean;
  interactingMedicines: InteractingMedicineId[];
}

export interface FormValues {
  drug: DrugId;
  indication: string;
  doseMg: string;
  startDate: string;
  /** "" until the user chooses: the plan then applies both labels, the stricter where they differ. */
  labelRegion: "" | LabelRegion;
  horizonMonths: string;
  routineIntervalMonths: string;
  patient: PatientValues;
  asOf: string;
  recheckAfterWeeks: string;
  baselineWindowDays: string;
  labsDate: string;
  labs: Record<LabTestId, LabRow>;
  /** Results entered visit by visit after the start. */
  followUps: { date: string; labs: Record<LabTestId, LabRow> }[];
  /** Each test's latest result on or before the start. */
  screening: Record<ScreenedTest, ScreeningRow>;
  /** Every other screening result: an earlier one, or a rescreen during treatment. */
  otherScreening: (ScreeningRow & { test: ScreenedTest })[];
  zoster: { rzvDose1: string; rzvDose2: string; zvl: string };
  /** Any further dose: a third recombinant dose (after an invalid second), a second live one. */
  otherZoster: { vaccine: ZosterDose["vaccine"]; date: string }[];
  doseChanges: { date: string; doseMg: string }[];
  /** The clinic's visit planning: the merge window in days ("0" is off) and whether weekends are avoided. */
  visitPlanning: { mergeWithinDays: string; avoidWeekends: boolean };
}

export type UnitPreferences = Partial<Record<LabTestId, string>>;

// The dose is never preset: the clinician picks it, so no plan rests on a default dose.
function firstIndication(choices: DrugChoices, drug: DrugId): { indication: string; doseMg: string } {
  return { indication: choices[drug].indications[0]?.indication ?? "", doseMg: "" };
}

/** An empty row per analyte, each in the unit the user last chose for it. */
export function emptyLabRows(units: UnitPreferences = {}): Record<LabTestId, LabRow> {
  return Object.fromEntries(
    labTestIds.map((test) => [
      test,
      { value: "", unit: units[test] ?? analytes[test].referenceUnit, uln: "", date: "" },
    ]),
  ) as Record<LabTestId, LabRow>;
}

const emptyScreening = (): ScreeningRow => ({
  result: "",
  date: "",
  interpretation: "",
  preventiveTreatmentStarted: "",
});

/** An empty row per screening test: none done. */
export const emptyScreeningRows = (): Record<ScreenedTest, ScreeningRow> =>
  Object.fromEntries(screenedTests.map((test) => [test, emptyScreening()])) as Record<ScreenedTest, ScreeningRow>;

/**
 * An empty form; `today` fills the as-of date, which the user may change. Nothing clinical is
 * preset: no region, no dose, no answer to "can become pregnant", hepatic function, antiplatelet
 * therapy or other medicines — the plan asks for what it needs instead of assuming it.
 */
export function emptyFormValues(choices: DrugChoices, units: UnitPreferences = {}, today = ""): FormValues {
  const labs = emptyLabRows(units);
  return {
    drug: "abrocitinib",
    ...firstIndication(choices, "abrocitinib"),
    startDate: "",
    labelRegion: "",
    horizonMonths: String(defaultHorizonMonths),
    routineIntervalMonths: "",
    patient: {
      ageYears: "",
      sex: "",
      pregnant: false,
      canBecomePregnant: "",
      breastfeeding: false,
      smoking: "",
      riskFactors: [],
      egfr: "",
      crclMlMin: "",
      weightKg: "",
      hepaticImpairment: "",
      cyp2c19PoorMetabolizer: "unknown",
      cyp2c9PoorMetabolizer: "unknown",
      antiplatelet: "",
      medicinesReviewed: false,
      interactingMedicines: [],
    },
    asOf: today,
    recheckAfterWeeks: "",
    baselineWindowDays: String(defaultBaselineWindowDays),
    labsDate: "",
    labs,
    followUps: [],
    screening: emptyScreeningRows(),
    otherScreening: [],
    zoster: { rzvDose1: "", rzvDose2: "", zvl: "" },
    otherZoster: [],
    doseChanges: [],
    // The planner keeps visits a clinic can keep unless the clinician turns it off.
    visitPlanning: {
      mergeWithinDays: String(plannerVisitPlanning.mergeWithinDays),
      avoidWeekends: plannerVisitPlanning.avoidWeekends,
    },
  };
}

/** When the drug changes, the indication must be one that drug has, and the dose is chosen again. */
export function defaultsForDrug(choices: DrugChoices, drug: DrugId): { indication: string; doseMg: string } {
  return firstIndication(choices, drug);
}

const optionalNumber = (text: string) => (text.trim() === "" ? undefined : typedNumber(text));
const triState = (value: TriState) => (value === "unknown" ? undefined : value === "yes");

/** Where each request array entry came from, to map error paths back to form fields. */
export interface RequestOrigins {
  /** Per request lab: the form path of its row and of its date field, and whether it was entered as baseline. */
  labs: { row: string; date: string; baseline: boolean }[];
  /** Per request screening entry: the form path of its row. */
  screening: string[];
  /** Per request zoster dose: the form path of its date. */
  zoster: string[];
}

/**
 * A screening row as the contract's entry, less its date (the planner's row has its own; the
 * register's visit dates all its results): none when no result is chosen. What a positive result
 * meant, and latent TB's preventive treatment, go in only for a positive result.
 */
export function screeningResultOf(row: ScreeningRow, test: ScreenedTest) {
  if (row.result === "") return undefined;
  const interpretation = row.result === "positive" && row.interpretation ? { interpretation: row.interpretation } : {};
  const treated =
    row.result === "positive" && row.interpretation === "latent" && row.preventiveTreatmentStarted
      ? { preventiveTreatmentStarted: row.preventiveTreatmentStarted }
      : {};
  return { test, result: row.result, ...interpretation, ...treated };
}

/** The form as the contract's request; `choices` says which drugs are topical and take no dose. */
export function toRequest(
  values: FormValues,
  choices: DrugChoices,
): { request: PlanRequestInput; origins: RequestOrigins } {
  const origins: RequestOrigins = { labs: [], screening: [], zoster: [] };
  // A baseline row drawn on another day than the table's carries its own date; a visit's rows take the visit's.
  const labRows = (rows: Record<LabTestId, LabRow>, date: string, rowPath: string, datePath: string) =>
    labTestIds.flatMap((test) => {
      const row = rows[test];
      if (!row || row.value.trim() === "") return [];
      const baseline = rowPath === "labs";
      const ownDate = baseline && row.date !== "";
      origins.labs.push({
        row: `${rowPath}.${test}`,
        date: ownDate ? `${rowPath}.${test}.date` : datePath,
        baseline,
      });
      const uln = optionalNumber(row.uln);
      return [
        {
          test,
          value: typedNumber(row.value),
          unit: row.unit,
          date: ownDate ? row.date : date,
          ...(uln === undefined ? {} : { uln }),
        },
      ];
    });
  const labs = [
    ...labRows(values.labs, values.labsDate, "labs", "labsDate"),
    ...values.followUps.flatMap((visit, index) =>
      labRows(visit.labs, visit.date, `followUps.${index}.labs`, `followUps.${index}.date`),
    ),
  ];
  const screeningEntry = (entry: ScreeningRow, test: ScreenedTest, path: string) => {
    const result = screeningResultOf(entry, test);
    if (!result) return [];
    origins.screening.push(path);
    return [{ ...result, date: entry.date }];
  };
  const screening = [
    ...screenedTests.flatMap((test) => screeningEntry(values.screening[test], test, `screening.${test}`)),
    ...values.otherScreening.flatMap((entry, index) => screeningEntry(entry, entry.test, `otherScreening.${index}`)),
  ];
  const namedDoses = (["rzvDose1", "rzvDose2", "zvl"] as const).map((field) => ({
    vaccine: field === "zvl" ? ("zvl" as const) : ("rzv" as const),
    date: values.zoster[field],
    path: `zoster.${field}`,
  }));
  const otherDoses = values.otherZoster.map((dose, index) => ({ ...dose, path: `otherZoster.${index}.date` }));
  const zosterVaccine = [...namedDoses, ...otherDoses].flatMap(({ vaccine, date, path }) => {
    if (date === "") return [];
    origins.zoster.push(path);
    return [{ vaccine, date }];
  });
  const isTopical = choices[values.drug].route === "topical";
  const request = {
    drug: values.drug,
    indication: values.indication,
    ...(isTopical ? {} : { doseMg: optionalNumber(values.doseMg) }),
    startDate: values.startDate,
    horizonMonths: optionalNumber(values.horizonMonths),
    // No region chosen: the plan follows both labels, the stricter where they differ.
    // (react-hook-form reads a radio group with none checked as null.)
    labelRegion: values.labelRegion || "both",
    asOf: values.asOf === "" ? undefined : values.asOf,
    recheckAfterWeeks: optionalNumber(values.recheckAfterWeeks),
    routineIntervalMonths: optionalNumber(values.routineIntervalMonths),
    baselineWindowDays: optionalNumber(values.baselineWindowDays),
    patient: requestPatientOf(values.patient),
    labs,
    screening,
    zosterVaccine,
    doseChanges: isTopical
      ? []
      : values.doseChanges.map((change) => ({ date: change.date, doseMg: typedNumber(change.doseMg) })),
    visitPlanning: {
      mergeWithinDays: typedNumber(values.visitPlanning.mergeWithinDays),
      avoidWeekends: values.visitPlanning.avoidWeekends,
    },
  };
  // Omitted optionals are dropped so the request is exactly what a client would send.
  return { request: JSON.parse(JSON.stringify(request)) as PlanRequestInput, origins };
}

/** The form's patient facts as the request states them (empty fields left out). */
export function requestPatientOf(patient: PatientValues) {
  return {
    ageYears: optionalNumber(patient.ageYears),
    sex: patient.sex === "" ? undefined : patient.sex,
    pregnant: patient.pregnant,
    canBecomePregnant:
      patient.canBecomePregnant === ""
        ? undefined
        : patient.canBecomePregnant === "unknown"
          ? ("unknown" as const)
          : patient.canBecomePregnant === "yes",
    breastfeeding: patient.breastfeeding,
    smoking: patient.smoking === "" ? undefined : patient.smoking,
    riskFactors: patient.riskFactors,
    egfr: optionalNumber(patient.egfr),
    crclMlMin: optionalNumber(patient.crclMlMin),
    weightKg: optionalNumber(patient.weightKg),
    hepaticImpairment: patient.hepaticImpairment === "" ? undefined : patient.hepaticImpairment,
    cyp2c19PoorMetabolizer: triState(patient.cyp2c19PoorMetabolizer),
    cyp2c9PoorMetabolizer: triState(patient.cyp2c9PoorMetabolizer),
    antiplatelet: patient.antiplatelet === "" ? undefined : patient.antiplatelet,
    // A ticked class is known whatever the review box says; nothing ticked is "none" only once reviewed.
    interactingMedicines: patient.interactingMedicines?.length
      ? patient.interactingMedicines
      : patient.medicinesReviewed
        ? []
        : undefined,
  };
}

/** A request's patient facts as the form holds them. */
export function patientValuesOf(patient: Patient): PatientValues {
  const text = (value: number | undefined) => (value === undefined ? "" : String(value));
  const yesNo = (flag: boolean | undefined): TriState => (flag === undefined ? "unknown" : flag ? "yes" : "no");
  const medicines = patient.interactingMedicines;
  return {
    ageYears: String(patient.ageYears),
    sex: patient.sex,
    pregnant: patient.pregnant ?? false,
    canBecomePregnant:
      patient.canBecomePregnant === undefined
        ? ""
        : patient.canBecomePregnant === "unknown"
          ? "unknown"
          : patient.canBecomePregnant
            ? "yes"
            : "no",
    breastfeeding: patient.breastfeeding ?? false,
    smoking: patient.smoking ?? "",
    riskFactors: [...(patient.riskFactors ?? [])],
    egfr: text(patient.egfr),
    crclMlMin: text(patient.crclMlMin),
    weightKg: text(patient.weightKg),
    hepaticImpairment: patient.hepaticImpairment ?? "",
    cyp2c19PoorMetabolizer: yesNo(patient.cyp2c19PoorMetabolizer),
    cyp2c9PoorMetabolizer: yesNo(patient.cyp2c9PoorMetabolizer),
    antiplatelet: patient.antiplatelet ?? "",
    medicinesReviewed: medicines !== undefined,
    interactingMedicines: [...(medicines ?? [])],
  };
}

/** The form field an error path of the request belongs to. */
export function formPathOf(path: string, origins: RequestOrigins): string {
  const [head, index, field] = path.split(".");
  const at = Number(index);
  const lab = head === "labs" ? origins.labs[at] : undefined;
  if (lab) return field === "date" ? lab.date : `${lab.row}.${field ?? "value"}`;
  if (head === "screening" && origins.screening[at]) return `${origins.screening[at]}.${field ?? "result"}`;
  if (head === "zosterVaccine" && origins.zoster[at]) return origins.zoster[at];
  return path === "" ? "drug" : path;
}

/** A request (from a share link) back into form values; unknown parts are left empty. */
export function fromRequest(request: PlanRequest, choices: DrugChoices, units: UnitPreferences = {}): FormValues {
  const values = emptyFormValues(choices, units);
  values.drug = request.drug;
  values.indication = request.indication;
  values.doseMg = request.doseMg === undefined ? "" : String(request.doseMg);
  values.startDate = request.startDate;
  // A request without a region follows the API's default (US): the form shows that choice.
  values.labelRegion = request.labelRegion === "both" ? "" : (request.labelRegion ?? "US");
  values.horizonMonths = String(request.horizonMonths ?? defaultHorizonMonths);
  values.routineIntervalMonths =
    request.routineIntervalMonths === undefined ? "" : String(request.routineIntervalMonths);
  values.asOf = request.asOf ?? "";
  values.recheckAfterWeeks = request.recheckAfterWeeks === undefined ? "" : String(request.recheckAfterWeeks);
  values.baselineWindowDays = String(request.baselineWindowDays ?? defaultBaselineWindowDays);
  values.patient = patientValuesOf(request.patient);
  const { baseline, others } = splitBaseline(request.labs ?? [], request.startDate);
  values.labsDate = mostCommonDate(baseline);
  for (const lab of baseline) {
    values.labs[lab.test] = { ...labRow(lab), date: lab.date === values.labsDate ? "" : lab.date };
  }
  // One visit per day; a second value of one test on one day opens another visit of that day, so none is lost.
  const visits: { date: string; labs: Record<LabTestId, LabRow> }[] = [];
  for (const lab of others) {
    let visit = visits.find((entry) => entry.date === lab.date && entry.labs[lab.test].value === "");
    if (!visit) {
      visit = { date: lab.date, labs: emptyLabRows(units) };
      visits.push(visit);
    }
    visit.labs[lab.test] = labRow(lab);
  }
  values.followUps = visits.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  // Each test's latest result on or before the start fills its row; every other result is listed below it.
  const screeningRow = (entry: NonNullable<PlanRequest["screening"]>[number]): ScreeningRow => ({
    result: entry.result,
    date: entry.date,
    interpretation: entry.interpretation ?? "",
    preventiveTreatmentStarted: entry.preventiveTreatmentStarted ?? "",
  });
  const screening = [...(request.screening ?? [])];
  const beforeStart = new Map<ScreenedTest, (typeof screening)[number]>();
  for (const entry of screening) {
    const current = beforeStart.get(entry.test);
    if (entry.date <= request.startDate && (current === undefined || entry.date >= current.date)) {
      beforeStart.set(entry.test, entry);
    }
  }
  for (const [test, entry] of beforeStart) values.screening[test] = screeningRow(entry);
  const rowEntries = new Set(beforeStart.values());
  values.otherScreening = screening
    .filter((entry) => !rowEntries.has(entry))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((entry) => ({ test: entry.test, ...screeningRow(entry) }));
  // The first two recombinant doses and the first live one fill the named fields; any other is listed.
  const byDate = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const doses = [...(request.zosterVaccine ?? [])].sort((a, b) => byDate(a.date, b.date));
  const recombinant = doses.filter((dose) => dose.vaccine === "rzv");
  const live = doses.filter((dose) => dose.vaccine === "zvl");
  values.zoster = {
    rzvDose1: recombinant[0]?.date ?? "",
    rzvDose2: recombinant[1]?.date ?? "",
    zvl: live[0]?.date ?? "",
  };
  values.otherZoster = [...recombinant.slice(2), ...live.slice(1)]
    .sort((a, b) => byDate(a.date, b.date))
    .map(({ vaccine, date }) => ({ vaccine, date }));
  values.doseChanges = (request.doseChanges ?? []).map((change) => ({
    date: change.date,
    doseMg: String(change.doseMg),
  }));
  // A request without visit planning had none: the form shows it off, so the plan is the one shared.
  values.visitPlanning = {
    mergeWithinDays: String(request.visitPlanning?.mergeWithinDays ?? 0),
    avoidWeekends: request.visitPlanning?.avoidWeekends ?? false,
  };
  return values;
}

type RequestLab = NonNullable<PlanRequest["labs"]>[number];

const labRow = (lab: RequestLab): LabRow => ({
  value: String(lab.value),
  unit: lab.unit,
  uln: lab.uln === undefined ? "" : String(lab.uln),
  date: "",
});

/**
 * The baseline table holds each test's latest value on or before the start; every other value
 * (after the start, or an older one before it) goes to a visit of its date, so none is lost.
 */
function splitBaseline(labs: readonly RequestLab[], startDate: string) {
  const latest = new Map<LabTestId, RequestLab>();
  for (const lab of labs) {
    const current = latest.get(lab.test);
    if (lab.date <= startDate && (current === undefined || lab.date >= current.date)) latest.set(lab.test, lab);
  }
  const baseline = [...latest.values()];
  return { baseline, others: labs.filter((lab) => !baseline.includes(lab)) };
}

/** The table's "drawn on" day: the day most baseline values share, the latest on a tie. */
function mostCommonDate(labs: readonly RequestLab[]): string {
  const counts = new Map<string, number>();
  for (const lab of labs) counts.set(lab.date, (counts.get(lab.date) ?? 0) + 1);
  let best = "";
  for (const [date, count] of counts) {
    const bestCount = counts.get(best) ?? 0;
    if (count > bestCount || (count === bestCount && date > best)) best = date;
  }
  return best;
}

/** Facts as the request states them, compared without regard to a list's order. */
const sameFact = (a: unknown, b: unknown) =>
  JSON.stringify(Array.isArray(a) ? [...(a as string[])].sort() : a) ===
  JSON.stringify(Array.isArray(b) ? [...(b as string[])].sort() : b);

/**
 * A patient facts update from the form (the register's): the facts that now differ from the
 * record's, as the request states them, and the record's facts the form left empty, which the
 * update removes (or refuses, for the age and sex) rather than silently keeping them.
 */
export function patientFactsChange(
  before: PatientValues,
  after: PatientValues,
): { changed: Record<string, unknown>; emptied: string[] } {
  const stated = (patient: PatientValues) =>
    JSON.parse(JSON.stringify(requestPatientOf(patient))) as Record<string, unknown>;
  const was = stated(before);
  const now = stated(after);
  return {
    changed: Object.fromEntries(Object.entries(now).filter(([fact, value]) => !sameFact(value, was[fact]))),
    emptied: Object.keys(was).filter((fact) => !(fact in now)),
  };
}
