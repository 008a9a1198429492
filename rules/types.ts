/**
 * The rule shapes every drug shares. Drug files hold plain, serializable data that
 * `satisfies DrugRules`; the engine in `lib/plan` interprets it. Adding a drug means one
 * file, one registry entry and its test cases — never an engine edit.
 */

import type { SourceId } from "./sources";

export const drugIds = [
  "abrocitinib",
  "upadacitinib",
  "baricitinib",
  "ritlecitinib",
  "deuruxolitinib",
  "tofacitinib",
  "deucravacitinib",
  "ruxolitinib-cream",
  "delgocitinib-cream",
] as const;
export type DrugId = (typeof drugIds)[number];

export const indicationIds = [
  "atopic-dermatitis",
  "alopecia-areata",
  "psoriasis",
  "psoriatic-arthritis",
  "vitiligo",
  "chronic-hand-eczema",
  "hidradenitis-suppurativa",
] as const;
export type IndicationId = (typeof indicationIds)[number];

export const labTestIds = [
  "anc",
  "alc",
  "platelets",
  "wbc",
  "hemoglobin",
  "ldl",
  "hdl",
  "total-cholesterol",
  "triglycerides",
  "alt",
  "ast",
  "creatinine",
  "ck",
] as const;
export type LabTestId = (typeof labTestIds)[number];

export const screeningTestIds = ["tb", "hbv", "hcv", "hiv", "pregnancy"] as const;
export type ScreeningTestId = (typeof screeningTestIds)[number];

export const screeningResults = ["negative", "positive", "indeterminate"] as const;
export type ScreeningResult = (typeof screeningResults)[number];

/** Lab panels that a schedule item orders; each groups the analytes it reports. */
export const labPanelIds = ["cbc", "lipids", "liver", "renal", "ck"] as const;
export type LabPanelId = (typeof labPanelIds)[number];

export const scheduleItemIds = [
  ...labPanelIds,
  ...screeningTestIds,
  "rzv-dose-1",
  "rzv-dose-2",
  "clinical-review",
] as const;
export type ScheduleItemId = (typeof scheduleItemIds)[number];

export const riskFactorIds = [
  "cardiovascular-disease",
  "vte-history",
  "malignancy-history",
  "diabetes",
  "hypertension",
  "dyslipidemia",
  "chronic-liver-disease",
  "immunosuppressed",
] as const;
export type RiskFactorId = (typeof riskFactorIds)[number];

export const smokingStatuses = ["never", "former", "current"] as const;
export type SmokingStatus = (typeof smokingStatuses)[number];

export const hepaticImpairmentGrades = ["none", "mild", "moderate", "severe"] as const;
export type HepaticImpairment = (typeof hepaticImpairmentGrades)[number];

export const antiplateletTherapies = ["none", "low-dose-aspirin", "other"] as const;
export type AntiplateletTherapy = (typeof antiplateletTherapies)[number];

export const labelRegions = ["US", "EU"] as const;
export type LabelRegion = (typeof labelRegions)[number];

/** "label": a regulatory label or SmPC. "consensus": a guideline or expert paper. */
export type Evidence = "label" | "consensus";

/** What a finding asks of the clinician, most severe first. */
export const findingActions = [
  "do-not-start",
  "discontinue",
  "interrupt",
  "reduce-dose",
  "caution",
  "missing",
  "info",
] as const;
export type FindingAction = (typeof findingActions)[number];

/** A citation: a bibliography entry (see `sources.ts`) and the section that was read. */
export interface SourceRef {
  source: SourceId;
  section: string;
}

/** Fields every rule carries so that anything the app shows can say where it comes from. */
export interface Cited {
  /** Stable id, `drug.kind.detail`, quoted in findings and schedule items. */
  id: string;
  evidence: Evidence;
  sources: readonly SourceRef[];
  /** Applies only under this region's label; absent means both US and EU. */
  region?: LabelRegion;
  /** Where sources disagree on this rule: what the other says and which one this rule follows. */
  disagreement?: string;
}

/** A quantity in one of the units a lab accepts, e.g. `{ value: 150, unit: "10^9/L" }`. */
export interface Quantity {
  value: number;
  unit: string;
}

/**
 * A condition on the patient or the request, as data. Leaf conditions test one fact;
 * `allOf` / `anyOf` combine them. An unknown fact (an omitted optional field) never
 * satisfies a leaf, except `unknown` tests written for that purpose.
 */
export type PatientCondition =
  | { ageAtLeast: number }
  | { ageBelow: number }
  | { smoking: readonly SmokingStatus[] }
  | { riskFactor: readonly RiskFactorId[] }
  | { egfrBelow: number }
  | { egfrAtLeast: number }
  | { hepaticImpairment: readonly HepaticImpairment[] }
  | { antiplatelet: readonly AntiplateletTherapy[] }
  | { pregnant: true }
  | { canBecomePregnant: true }
  | { breastfeeding: true }
  | { cyp2c19PoorMetabolizer: true }
  | { cyp2c9PoorMetabolizer: true }
  | { cyp2c9Unknown: true }
  | { doseMgAbove: number }
  | { indication: readonly IndicationId[] }
  | { allOf: readonly PatientCondition[] }
  | { anyOf: readonly PatientCondition[] };

/** A dose the drug is given at, for one or more indications. */
export interface DoseStep extends Cited {
  /** Total daily dose in mg, as the contract's `doseMg` carries it. */
  doseMg: number;
  /** How it is taken, in the label's terms (e.g. "8 mg twice daily"). */
  regimen: string;
  indications: readonly IndicationId[];
  /** Plain words: when this dose is used. */
  use: string;
  /** The indications for which the label starts at this dose. */
  startingFor?: readonly IndicationId[];
}

export interface IndicationRule extends Cited {
  indication: IndicationId;
  /** Who it is approved for, in plain words (age, severity). */
  population: string;
  minimumAgeYears: number;
  /** Not approved in the region(s) of `region`: shown as off-label. */
  offLabel?: boolean;
}

/**
 * A rule on the patient's facts: a contraindication, a "not recommended", a dose
 * adjustment or a caution. `advice` is the app's own wording of what the label says.
 */
export interface PatientRule extends Cited {
  when: PatientCondition;
  action: FindingAction;
  advice: string;
}

/** A baseline lab below which the drug must not be started. Comparison is strictly less. */
export interface StartThresholdRule extends Cited {
  test: LabTestId;
  below: Quantity;
}

/** A during-treatment lab threshold; strictly below `below` triggers `action`. */
export interface TreatmentThresholdRule extends Cited {
  test: LabTestId;
  below: Quantity;
  action: "interrupt" | "discontinue" | "reduce-dose";
  /** Restart condition in plain words; for an interruption, the value to recover to. */
  restartWhen?: string;
  restartAtLeast?: Quantity;
  /** For labels that say "until above" rather than "at least". */
  restartAbove?: Quantity;
  /** The label asks for the result to be confirmed by a repeat test before acting. */
  confirmByRepeat?: boolean;
}

/**
 * A fall from the baseline value that the label names (e.g. haemoglobin down by more than
 * 2 g/dL): strictly more than `fallOfMoreThan` below the baseline result triggers `action`.
 */
export interface TrendRule extends Cited {
  test: LabTestId;
  fallOfMoreThan: Quantity;
  action: "interrupt" | "discontinue" | "reduce-dose";
  restartWhen: string;
  confirmByRepeat?: boolean;
}

/** A test that must be done before the first dose. */
export interface BaselineTestRule extends Cited {
  item: LabPanelId | ScreeningTestId;
  /** Only for patients who match (e.g. pregnancy testing if pregnancy is possible). */
  when?: PatientCondition;
  why: string;
}

/** What a schedule date is counted from: the first dose, or each dose increase. */
export type TimingAnchor = "start" | "dose-increase";

/** A calendar offset; months are calendar months (31 Jan + 1 month = 28/29 Feb). */
export type Offset = { weeks: number } | { months: number };

/** A dated follow-up test, counted from the start or from each dose increase. */
export interface FollowUpRule extends Cited {
  item: LabPanelId | "clinical-review";
  anchor: TimingAnchor;
  after: Offset;
  /** The label gives a window ("4 to 8 weeks"): due from `after`, at the latest by this. */
  latest?: Offset;
  /** Repeat at this interval after the first one, up to the plan's horizon. */
  thenEvery?: Offset;
  why: string;
}

/** A screening result that changes whether or how the drug may be started. */
export interface ScreeningRule extends Cited {
  test: ScreeningTestId;
  result: "positive" | "indeterminate";
  action: FindingAction;
  advice: string;
}

/** Advice shown as a finding whenever the drug is planned (not tied to a value). */
export interface AdviceRule extends Cited {
  action: "caution" | "info";
  advice: string;
  when?: PatientCondition;
}

/** Whether and from what age the recombinant zoster vaccine plan applies to this drug. */
export interface ZosterRule extends Cited {
  fromAgeYears: number;
  why: string;
}

export interface DrugRules {
  id: DrugId;
  /** Generic name as printed ("abrocitinib", "ruxolitinib cream 1.5 %"). */
  name: string;
  brand: string;
  route: "oral" | "topical";
  /** Mechanism in a few words, e.g. "JAK1 inhibitor". */
  mechanism: string;
  indications: readonly IndicationRule[];
  doses: readonly DoseStep[];
  patientRules: readonly PatientRule[];
  baselineTests: readonly BaselineTestRule[];
  startThresholds: readonly StartThresholdRule[];
  treatmentThresholds: readonly TreatmentThresholdRule[];
  /** Falls from baseline the label acts on; most drugs have none. */
  trendRules?: readonly TrendRule[];
  followUps: readonly FollowUpRule[];
  screeningRules: readonly ScreeningRule[];
  advice: readonly AdviceRule[];
  /**
   * Tests the label repeats "according to routine patient management" after the dated
   * checks. The labels give no interval and the consensus papers agree least on it, so the
   * plan repeats them only at an interval the clinician chooses (`routineIntervalMonths`).
   */
  routineMonitoring?: Cited & { items: readonly LabPanelId[] };
  /** Absent: the label gives no zoster advice and the plan schedules none. */
  zoster?: ZosterRule;
  /** Set when the label requires no routine laboratory monitoring; shown as an info finding. */
  noRoutineLabs?: Cited & { advice: string };
}
