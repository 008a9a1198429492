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
import type { PlanRequest, PlanRequestInput } from "@/lib/contract/plan-request";

/**
 * The planner form's values: what the inputs hold (numbers as typed text), mapped to and
 * from the contract's request. The shared schema validates the request built from them;
 * `formPathOf` maps its error paths back to the field that caused them.
 */
export const screenedTests = ["tb", "hbv", "hcv", "pregnancy"] as const;
export type ScreenedTest = (typeof screenedTests)[number];

export type TriState = "unknown" | "yes" | "no";

/** The merge windows the clinic settings offer, in days as the form holds them: "0" (off) to the contract's widest. */
export const mergeWindowChoices = Array.from({ length: maxMergeWithinDays + 1 }, (_, days) => String(days));

export interface LabRow {
  value: string;
  unit: string;
  uln: string;
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

export interface FormValues {
  drug: DrugId;
  indication: string;
  doseMg: string;
  startDate: string;
  /** "" until the user chooses: the plan then applies both labels, the stricter where they differ. */
  labelRegion: "" | LabelRegion;
  horizonMonths: string;
  routineIntervalMonths: string;
  patient: {
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
  };
  asOf: string;
  recheckAfterWeeks: string;
  baselineWindowDays: string;
  labsDate: string;
  labs: Record<LabTestId, LabRow>;
  /** Results entered visit by visit after the start. */
  followUps: { date: string; labs: Record<LabTestId, LabRow> }[];
  screening: Record<ScreenedTest, ScreeningRow>;
  zoster: { rzvDose1: string; rzvDose2: string; zvl: string };
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
    labTestIds.map((test) => [test, { value: "", unit: units[test] ?? analytes[test].referenceUnit, uln: "" }]),
  ) as Record<LabTestId, LabRow>;
}

const emptyScreening = (): ScreeningRow => ({
  result: "",
  date: "",
  interpretation: "",
  preventiveTreatmentStarted: "",
});

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
    screening: { tb: emptyScreening(), hbv: emptyScreening(), hcv: emptyScreening(), pregnancy: emptyScreening() },
    zoster: { rzvDose1: "", rzvDose2: "", zvl: "" },
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
export function toRequest(
  values: FormValues,
  choices: DrugChoices,
): { request: PlanRequestInput; origins: RequestOrigins } {
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
    ...values.followUps.flatMap((visit, index) =>
      labRows(visit.labs, visit.date, `followUps.${index}.labs`, `followUps.${index}.date`),
    ),
  ];
  const screening = screenedTests.flatMap((test) => {
    const entry = values.screening[test];
    if (!entry || entry.result === "") return [];
    origins.screening.push(test);
    // What a positive result meant, and latent TB's preventive treatment, only for a positive result.
    const interpretation =
      entry.result === "positive" && entry.interpretation ? { interpretation: entry.interpretation } : {};
    const treated =
      entry.result === "positive" && entry.interpretation === "latent" && entry.preventiveTreatmentStarted
        ? { preventiveTreatmentStarted: entry.preventiveTreatmentStarted }
        : {};
    return [{ test, result: entry.result, date: entry.date, ...interpretation, ...treated }];
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
    // No region chosen: the plan follows both labels, the stricter where they differ.
    // (react-hook-form reads a radio group with none checked as null.)
    labelRegion: values.labelRegion || "both",
    asOf: values.asOf === "" ? undefined : values.asOf,
    recheckAfterWeeks: optionalNumber(values.recheckAfterWeeks),
    routineIntervalMonths: optionalNumber(values.routineIntervalMonths),
    baselineWindowDays: optionalNumber(values.baselineWindowDays),
    patient: {
      ageYears: optionalNumber(patient.ageYears),
      sex: patient.sex === "" ? undefined : patient.sex,
      pregnant: patient.pregnant,
      canBecomePregnant:
        patient.canBecomePregnant === ""
          ? undefined
          : patient.canBecomePregnant === "unknown"
            ? "unknown"
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
    },
    labs,
    screening,
    zosterVaccine,
    doseChanges: isTopical
      ? []
      : values.doseChanges.map((change) => ({ date: change.date, doseMg: numberOrText(change.doseMg) })),
    visitPlanning: {
      mergeWithinDays: numberOrText(values.visitPlanning.mergeWithinDays),
      avoidWeekends: values.visitPlanning.avoidWeekends,
    },
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
  // A request without a region follows the API's default (US): the form shows that choice.
  values.labelRegion = request.labelRegion === "both" ? "" : (request.labelRegion ?? "US");
  values.horizonMonths = String(request.horizonMonths ?? defaultHorizonMonths);
  values.routineIntervalMonths =
    request.routineIntervalMonths === undefined ? "" : String(request.routineIntervalMonths);
  values.asOf = request.asOf ?? "";
  values.recheckAfterWeeks = request.recheckAfterWeeks === undefined ? "" : String(request.recheckAfterWeeks);
  values.baselineWindowDays = String(request.baselineWindowDays ?? defaultBaselineWindowDays);
  const text = (value: number | undefined) => (value === undefined ? "" : String(value));
  const medicines = patient.interactingMedicines;
  values.patient = {
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
  values.followUps = [...followUps.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, labs]) => ({ date, labs }));
  for (const entry of request.screening ?? []) {
    if ((screenedTests as readonly string[]).includes(entry.test)) {
      values.screening[entry.test as ScreenedTest] = {
        result: entry.result,
        date: entry.date,
        interpretation: entry.interpretation ?? "",
        preventiveTreatmentStarted: entry.preventiveTreatmentStarted ?? "",
      };
    }
  }
  const recombinant = (request.zosterVaccine ?? [])
    .filter((dose) => dose.vaccine === "rzv")
    .map((dose) => dose.date)
    .sort();
  values.zoster = {
    rzvDose1: recombinant[0] ?? "",
    rzvDose2: recombinant[1] ?? "",
    zvl: (request.zosterVaccine ?? []).find((dose) => dose.vaccine === "zvl")?.date ?? "",
  };
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
