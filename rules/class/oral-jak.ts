import type {
  AdviceRule,
  BaselineTestRule,
  DrugId,
  PatientCondition,
  PatientRule,
  ScreeningRule,
  SourceRef,
  ZosterRule,
} from "../types";
import { pregnancyRules, pregnancyTestRules, type PregnancyLabel } from "./pregnancy";
import { tuberculosisRules, viralHepatitisRules, type HepatitisWording } from "./screening";

/**
 * Rules every oral JAK inhibitor shares (not deucravacitinib, not the creams): the boxed
 * warning and its higher-risk groups, thrombosis, TB and viral-hepatitis screening,
 * pregnancy and breastfeeding, live vaccines and zoster. Each drug passes the sections of
 * its own label, so every rule still cites the label it comes from.
 */
export interface OralJakLabel {
  boxedWarning: SourceRef;
  /** The EU SmPC section 4.4 wording of the 2023 referral, where the drug has an SmPC. */
  euRiskGroups?: SourceRef;
  screeningBeforeStart: SourceRef;
  vaccinations: SourceRef;
  /** Warnings and Precautions, Thrombosis: "avoid in patients who may be at increased risk". */
  thrombosis: SourceRef;
  /** How the label words viral hepatitis (see screening.ts). */
  hepatitis: HepatitisWording;
  pregnancy: PregnancyLabel;
  /** A label's own advice on repeating the TB test during treatment (e.g. yearly in endemic areas). */
  tbRetesting?: { source: SourceRef; advice: string };
  /**
   * Where the US label stops the drug for a serious or opportunistic infection during treatment
   * and the EU SmPC only considers holding it until the infection is controlled (abrocitinib).
   * Without it, every label holds the drug until the infection is controlled.
   */
  seriousInfectionStop?: { usDiscontinue: SourceRef; euConsiderInterrupting: SourceRef };
}

const cardiovascularRiskFactors = ["cardiovascular-disease", "diabetes", "hypertension", "dyslipidemia"] as const;

/**
 * The EU SmPCs' "higher risk of VTE, MACE and malignancy" after the 2023 referral, as this
 * planner's facts can tell it: a current or past smoker, or a cardiovascular, malignancy or VTE
 * risk factor. The SmPCs name current or past long-time smokers; the planner cannot tell how long
 * someone smoked, so it counts every past smoker (the safer side). Age 65 or over is a group of its
 * own in the SmPCs' wording.
 */
export const euHigherRiskOfVteMaceOrMalignancy: PatientCondition = {
  anyOf: [
    { smoking: ["current", "former"] },
    { riskFactor: [...cardiovascularRiskFactors, "malignancy-history", "vte-history"] },
  ],
};

/** The boxed warning, and what the label asks when a serious infection develops during treatment. */
function boxedWarning(drug: DrugId, name: string, label: OralJakLabel): AdviceRule {
  const capitalName = name.charAt(0).toUpperCase() + name.slice(1);
  const warning = `${capitalName} carries the JAK inhibitor boxed warning: serious infections, mortality, malignancy, major adverse cardiovascular events and thrombosis.`;
  const rule: AdviceRule = {
    id: `${drug}.caution.boxed-warning`,
    evidence: "label",
    sources: [label.boxedWarning],
    action: "caution",
    advice: `${warning} Weigh benefit and risk before starting, and do not start during an active serious infection (the planner has no fact for one).`,
    onTreatment: `${warning} Keep weighing benefit and risk during treatment; if a serious infection develops, hold ${name} as the label says until it is controlled.`,
  };
  const stop = label.seriousInfectionStop;
  if (!stop) return rule;
  const onTreatment = `${warning} Keep weighing benefit and risk during treatment.`;
  const discontinue = `If a serious or opportunistic infection develops, discontinue ${name}, test and treat the infection, and weigh benefit and risk before restarting`;
  const interrupt = `If a serious infection, sepsis or an opportunistic infection develops, consider interrupting ${name} until the infection is controlled`;
  return {
    ...rule,
    sources: [label.boxedWarning, stop.usDiscontinue, stop.euConsiderInterrupting],
    onTreatment: `${onTreatment} ${discontinue}: the US label's step, the stricter of the two.`,
    onTreatmentUnder: { US: `${onTreatment} ${discontinue} (US label).`, EU: `${onTreatment} ${interrupt} (EU SmPC).` },
    disagreement: `On a serious infection during treatment the US label discontinues ${name}; the EU SmPC considers interrupting it until the infection is controlled. A plan for one label follows that label; a plan for both follows the stricter US step.`,
  };
}

function advice(drug: DrugId, name: string, label: OralJakLabel): AdviceRule[] {
  return [
    boxedWarning(drug, name, label),
    {
      id: `${drug}.info.tb-during-treatment`,
      evidence: "label",
      sources: [label.tbRetesting?.source ?? label.boxedWarning],
      action: "info",
      advice: `The boxed warning asks for latent TB testing during treatment as well as before it, with no interval, and for monitoring for active TB even after a negative test.${label.tbRetesting ? ` ${label.tbRetesting.advice}` : ""}`,
    },
    {
      id: `${drug}.info.live-vaccines`,
      evidence: "label",
      sources: [label.vaccinations],
      action: "info",
      advice:
        "Avoid live vaccines (including the live zoster vaccine) just before and during treatment; bring immunisations up to date before starting.",
    },
  ];
}

function patientRules(drug: DrugId, name: string, label: OralJakLabel): PatientRule[] {
  const rules: PatientRule[] = [
    {
      id: `${drug}.caution.higher-risk-us`,
      evidence: "label",
      sources: [label.boxedWarning],
      region: "US",
      when: {
        anyOf: [
          { allOf: [{ ageAtLeast: 50 }, { riskFactor: cardiovascularRiskFactors }] },
          { smoking: ["current", "former"] },
        ],
      },
      action: "caution",
      advice: `Higher-risk group of the boxed warning (age 50 or over with a cardiovascular risk factor, or a current or past smoker): the label's excess of MACE, thrombosis, malignancy and death was seen in such patients. Consider this before choosing ${name}.`,
      disagreement:
        "The EU SmPC (2023 referral) names wider groups — age 65 or over, long-time smokers, cardiovascular, malignancy or VTE risk factors — and allows use there only without a suitable alternative.",
    },
    {
      id: `${drug}.caution.thrombosis`,
      evidence: "label",
      sources: [label.thrombosis],
      when: { riskFactor: ["vte-history"] },
      action: "caution",
      advice: `History of venous thromboembolism: the label asks to avoid ${name} in patients who may be at increased risk of thrombosis, at any age.`,
    },
    ...pregnancyRules(drug, name, label.pregnancy),
  ];
  if (label.euRiskGroups) {
    rules.push({
      id: `${drug}.caution.higher-risk-eu`,
      evidence: "label",
      sources: [label.euRiskGroups, { source: "ema-jak-referral-2023", section: "Outcome and SmPC 4.4 wording" }],
      region: "EU",
      when: { anyOf: [{ ageAtLeast: 65 }, euHigherRiskOfVteMaceOrMalignancy] },
      action: "caution",
      advice: `EU SmPC risk group (age 65 or over, current or long-time past smoker, or a cardiovascular, malignancy or VTE risk factor): use ${name} only if no suitable alternative exists.`,
      disagreement:
        "The US label names a narrower higher-risk group (age 50 or over with a cardiovascular risk factor, or a smoker) and does not restrict use to patients without alternatives.",
    });
  }
  return rules;
}

function baselineScreening(drug: DrugId, label: OralJakLabel): BaselineTestRule[] {
  const screening = { evidence: "label" as const, sources: [label.screeningBeforeStart] };
  return [
    {
      id: `${drug}.baseline.tb`,
      ...screening,
      item: "tb",
      why: "Tuberculosis screening before the first dose: do not start in active TB; treat latent TB first.",
    },
    {
      id: `${drug}.baseline.hbv`,
      ...screening,
      item: "hbv",
      why: "Hepatitis B screening (HBsAg, anti-HBc) before the first dose.",
    },
    { id: `${drug}.baseline.hcv`, ...screening, item: "hcv", why: "Hepatitis C screening before the first dose." },
    {
      id: `${drug}.baseline.pregnancy`,
      evidence: "label",
      sources: label.pregnancy.contraception.sources,
      item: "pregnancy",
      when: { canBecomePregnant: true },
      why: "Pregnancy status before the first dose, for a patient who can become pregnant.",
    },
  ];
}

function screeningRules(drug: DrugId, name: string, label: OralJakLabel): ScreeningRule[] {
  const sources = [label.screeningBeforeStart, label.boxedWarning];
  return [
    ...tuberculosisRules(drug, name, sources),
    ...viralHepatitisRules(drug, name, [label.screeningBeforeStart], label.hepatitis),
    ...pregnancyTestRules(drug, name, label.pregnancy),
  ];
}

/** The RZV plan for a drug whose label asks for zoster immunisation before starting. */
function zoster(drug: DrugId, label: OralJakLabel): ZosterRule {
  return {
    id: `${drug}.vaccine.rzv`,
    evidence: "consensus",
    sources: [
      label.vaccinations,
      { source: "acip-rzv-2022", section: "Recommendations for use of RZV in immunocompromised adults aged ≥19 years" },
      {
        source: "idsa-vaccination-2013",
        section: "Timing of vaccination: inactivated vaccines ≥2 weeks before immunosuppression",
      },
    ],
    fromAgeYears: 19,
    why: "Recombinant zoster vaccine: the label asks for zoster immunisation before starting; ACIP recommends two RZV doses for adults 19 or over on immunosuppressive therapy.",
  };
}

/** The class rules of one oral JAK inhibitor, to spread into its rule file beside its own. */
export function oralJakClassRules(drug: DrugId, name: string, label: OralJakLabel) {
  return {
    patientRules: patientRules(drug, name, label),
    baselineTests: baselineScreening(drug, label),
    screeningRules: screeningRules(drug, name, label),
    advice: advice(drug, name, label),
    zoster: zoster(drug, label),
  };
}
