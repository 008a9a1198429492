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

/**
 * What a positive screen turned out to mean, when the clinician has assessed it. TB: latent
 * or active infection. Hepatitis B: HBsAg positive, HBV DNA detected, or anti-HBc positive
 * with HBsAg negative (a past infection, not an active one). Hepatitis C: HCV RNA detected
 * (active) or not detected (past infection).
 */
export const screeningInterpretations = {
  tb: ["latent", "active"],
  hbv: ["hbsag-positive", "hbv-dna-detected", "anti-hbc-only"],
  hcv: ["rna-detected", "rna-not-detected"],
} as const;
export type InterpretedScreeningTest = keyof typeof screeningInterpretations;
export type ScreeningInterpretation = (typeof screeningInterpretations)[InterpretedScreeningTest][number];

/**
 * How a screening rule reads a result: its interpretation, "unassessed" for a positive
 * result without one, or "latent-treated" for latent TB whose preventive treatment started
 * on or before the start date.
 */
export type ScreeningReading = ScreeningInterpretation | "unassessed" | "latent-treated";

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

/**
 * Interacting medicines as the labels group them (sections 2 and 7): the request lists the
 * classes the patient takes; an empty list means none of them.
 */
export const interactingMedicineIds = [
  "strong-cyp3a4-inhibitor",
  "moderate-cyp3a4-and-strong-cyp2c19-inhibitor",
  "strong-cyp2c19-inhibitor",
  "cyp2c19-and-cyp2c9-inhibitor",
  "moderate-or-strong-cyp2c9-inhibitor",
  "strong-oat3-inhibitor",
  "strong-cyp3a4-inducer",
  "strong-cyp2c19-or-cyp2c9-inducer",
] as const;
export type InteractingMedicineId = (typeof interactingMedicineIds)[number];

/**
 * Classes that contain another by their definition: a moderate CYP3A4 inhibitor taken with a
 * strong CYP2C19 inhibitor (fluconazole is both) is a strong CYP2C19 inhibitor too, so a label's
 * step for strong CYP2C19 inhibitors applies to a patient listed under the combined class.
 */
export const interactingMedicinesContained: Readonly<
  Partial<Record<InteractingMedicineId, readonly InteractingMedicineId[]>>
> = {
  "moderate-cyp3a4-and-strong-cyp2c19-inhibitor": ["strong-cyp2c19-inhibitor"],
};

/** The two label regions a rule can belong to. */
export const labelRegions = ["US", "EU"] as const;
export type LabelRegion = (typeof labelRegions)[number];

/**
 * Whose label a plan follows: one region's, or "both" — every rule of both labels, so that
 * where they differ the stricter one acts (the planner's choice until a region is picked).
 */
export const planRegions = [...labelRegions, "both"] as const;
export type PlanRegion = (typeof planRegions)[number];

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
  /**
   * Where the section was read when it was not in the label's own text ("a 2019 review's table of
   * the SmPC"): shown beside the citation, so a fact not yet seen in the label does not pass for one
   * that was. `rules/README.md` lists how every fact was checked.
   */
  readIn?: string;
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
 * `allOf` / `anyOf` combine them. A fact the request leaves unknown (an omitted optional
 * field) makes a leaf unknown, not false: the engine then asks for the fact (a `missing`
 * finding) instead of quietly skipping the rule.
 */
export type PatientCondition =
  | { ageAtLeast: number }
  | { ageBelow: number }
  /** Body weight in kg, as the request gives it. */
  | { weightBelow: number }
  | { smoking: readonly SmokingStatus[] }
  | { riskFactor: readonly RiskFactorId[] }
  | { egfrBelow: number }
  | { egfrAtLeast: number }
  /** Creatinine clearance (Cockcroft–Gault), given or calculated, in mL/min. */
  | { crclBelow: number }
  | { crclAtLeast: number }
  | { crclAtMost: number }
  | { hepaticImpairment: readonly HepaticImpairment[] }
  | { antiplatelet: readonly AntiplateletTherapy[] }
  | { interactingMedicine: readonly InteractingMedicineId[] }
  | { pregnant: true }
  | { canBecomePregnant: true }
  | { breastfeeding: true }
  | { cyp2c19PoorMetabolizer: true }
  | { cyp2c9PoorMetabolizer: true }
  /** The plan's "today" (`asOf`, else the start date) is less than this many months after the start. */
  | { monthsOnTreatmentBelow: number }
  | { monthsOnTreatmentAtLeast: number }
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
 * A rule on the patient's facts: a contraindication, a "not recommended" or a caution.
 * `advice` is the app's own wording of what the label says.
 */
export interface PatientRule extends Cited {
  when: PatientCondition;
  action: FindingAction;
  advice: string;
  /** The wording for a patient already on the drug, where `advice` speaks of starting. */
  onTreatment?: string;
  /** The action for a patient already on the drug, where `action` is about starting (do-not-start → discontinue). */
  onTreatmentAction?: FindingAction;
}

/**
 * A dose the label lowers under a condition (renal or hepatic impairment, age, an
 * interacting medicine). The dose in effect is checked against it: above the label's dose
 * → `reduce-dose`; at or below it → a note that the dose follows the step.
 */
export interface DoseAdjustmentRule extends Cited {
  when: PatientCondition;
  /** The highest total daily dose (mg) the label gives under the condition. */
  maxDoseMg: number;
  /**
   * Where the label scales the usual dose ("halve it": 200 → 100, 100 → 50), the adjusted
   * dose for each usual one. A dose that is both a usual and an adjusted dose cannot be told
   * apart, so it gets a caution rather than silence.
   */
  adjusted?: readonly { usualMg: number; adjustedMg: number }[];
  /** The label allows a higher dose after this many weeks of treatment (if the response is inadequate). */
  mayIncrease?: { afterWeeks: number; toMaxDoseMg: number };
  /** The label sets only the starting dose: the dose at the start is checked, later increases are not. */
  startingDoseOnly?: true;
  /** The label's dose in its own terms, e.g. "5 mg once daily (immediate release)". */
  advice: string;
}

/** A baseline lab below which the drug must not be started. Comparison is strictly less. */
export interface StartThresholdRule extends Cited {
  test: LabTestId;
  below: Quantity;
}

/** A during-treatment lab threshold; strictly below `below` triggers `action` (at it too, when `inclusive`). */
export interface TreatmentThresholdRule extends Cited {
  test: LabTestId;
  below: Quantity;
  /** The label's band includes the limit itself ("ANC 500–1,000": 1,000 is in it). */
  inclusive?: true;
  action: "interrupt" | "discontinue" | "reduce-dose";
  /** Restart condition in plain words; for an interruption, the value to recover to. */
  restartWhen?: string;
  restartAtLeast?: Quantity;
  /** For labels that say "until above" rather than "at least". */
  restartAbove?: Quantity;
  /**
   * After a discontinuation, the label asks to follow the test until the result is above this
   * (abrocitinib: the CBC until platelets are above 100,000/µL): the recheck goes on being dated
   * after the result is no longer below the limit, until it is above this.
   */
  followUntilAbove?: Quantity;
  /** The label asks for the result to be confirmed by a repeat test before acting. */
  confirmByRepeat?: boolean;
  /** What to do on a single result while its confirming repeat is awaited (default: only ask for the repeat). */
  untilConfirmed?: "interrupt";
}

/**
 * ALT or AST above a multiple of the laboratory's upper limit of normal during treatment:
 * the signal of suspected drug-induced liver injury, for labels that say "interrupt if
 * drug-induced liver injury is suspected". Strictly above the multiple triggers `action`.
 */
export interface LiverInjuryRule extends Cited {
  tests: readonly ("alt" | "ast")[];
  aboveUlnTimes: number;
  action: "interrupt";
  advice: string;
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

/**
 * A screening result that changes whether or how the drug may be started or continued.
 * The latest result of each test decides; the first rule that matches its result, its
 * reading and its phase (dated on or before the start, or after it) applies, so a drug
 * lists the specific readings before the general ones.
 */
export interface ScreeningRule extends Cited {
  test: ScreeningTestId;
  result: "positive" | "indeterminate";
  /** The readings this rule covers; absent: any. */
  readings?: readonly ScreeningReading[];
  /** "before-start" for a result dated on or before the start, "on-treatment" for one after it; absent: both. */
  phase?: "before-start" | "on-treatment";
  action: FindingAction;
  advice: string;
}

/** Advice shown as a finding whenever the drug is planned (not tied to a value). */
export interface AdviceRule extends Cited {
  action: "caution" | "info";
  advice: string;
  /** The wording for a patient already on the drug, where `advice` speaks of starting. */
  onTreatment?: string;
  /** The on-treatment wording of a plan that follows one label, where the labels differ on it. */
  onTreatmentUnder?: Readonly<Record<LabelRegion, string>>;
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
  /** The label's dose steps under a condition; most oral drugs have some. */
  doseAdjustments?: readonly DoseAdjustmentRule[];
  baselineTests: readonly BaselineTestRule[];
  startThresholds: readonly StartThresholdRule[];
  treatmentThresholds: readonly TreatmentThresholdRule[];
  /** Falls from baseline the label acts on; most drugs have none. */
  trendRules?: readonly TrendRule[];
  /** Liver enzymes above a multiple of the upper limit of normal during treatment. */
  liverInjury?: LiverInjuryRule;
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
