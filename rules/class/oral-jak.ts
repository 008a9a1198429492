import type { AdviceRule, BaselineTestRule, DrugId, PatientRule, ScreeningRule, SourceRef, ZosterRule } from "../types";

/**
 * Rules every oral JAK inhibitor shares (not deucravacitinib, not the creams): the boxed
 * warning and its higher-risk groups, TB and viral-hepatitis screening, pregnancy, live
 * vaccines and zoster. Each drug passes the sections of its own label, so every rule
 * still cites the label it comes from.
 */
export interface OralJakLabelSections {
  boxedWarning: SourceRef;
  /** The EU SmPC section 4.4 wording of the 2023 referral, where the drug has an SmPC. */
  euRiskGroups?: SourceRef;
  screeningBeforeStart: SourceRef;
  pregnancy: SourceRef;
  vaccinations: SourceRef;
}

const cardiovascularRiskFactors = ["cardiovascular-disease", "diabetes", "hypertension", "dyslipidemia"] as const;

export function oralJakAdvice(drug: DrugId, name: string, label: OralJakLabelSections): AdviceRule[] {
  return [
    {
      id: `${drug}.caution.boxed-warning`,
      evidence: "label",
      sources: [label.boxedWarning],
      action: "caution",
      advice: `${name} carries the JAK inhibitor boxed warning: serious infections, mortality, malignancy, major adverse cardiovascular events and thrombosis. Weigh benefit and risk before starting.`,
    },
    {
      id: `${drug}.info.live-vaccines`,
      evidence: "label",
      sources: [label.vaccinations],
      action: "info",
      advice: "Avoid live vaccines (including the live zoster vaccine) just before and during treatment; bring immunisations up to date before starting.",
    },
  ];
}

export function oralJakPatientRules(drug: DrugId, name: string, label: OralJakLabelSections): PatientRule[] {
  const rules: PatientRule[] = [
    {
      id: `${drug}.caution.higher-risk-us`,
      evidence: "label",
      sources: [label.boxedWarning],
      region: "US",
      when: {
        anyOf: [{ allOf: [{ ageAtLeast: 50 }, { riskFactor: cardiovascularRiskFactors }] }, { smoking: ["current", "former"] }],
      },
      action: "caution",
      advice: `Higher-risk group of the boxed warning (age 50 or over with a cardiovascular risk factor, or a current or past smoker): the label's excess of MACE, thrombosis, malignancy and death was seen in such patients. Consider this before choosing ${name}.`,
      disagreement: "The EU SmPC (2023 referral) names wider groups — age 65 or over, long-time smokers, cardiovascular, malignancy or VTE risk factors — and allows use there only without a suitable alternative.",
    },
    {
      id: `${drug}.caution.pregnant`,
      evidence: "label",
      sources: [label.pregnancy],
      when: { pregnant: true },
      action: "caution",
      advice: `Pregnancy: the label warns that ${name} may cause fetal harm. Discuss the risk before starting.`,
    },
    {
      id: `${drug}.caution.can-become-pregnant`,
      evidence: "label",
      sources: [label.pregnancy],
      when: { canBecomePregnant: true },
      action: "caution",
      advice: "Can become pregnant: check pregnancy status before starting and advise effective contraception during treatment, as the label asks.",
    },
  ];
  if (label.euRiskGroups) {
    rules.push({
      id: `${drug}.caution.higher-risk-eu`,
      evidence: "label",
      sources: [label.euRiskGroups, { source: "ema-jak-referral-2023", section: "Outcome and SmPC 4.4 wording" }],
      region: "EU",
      when: {
        anyOf: [
          { ageAtLeast: 65 },
          { smoking: ["current", "former"] },
          { riskFactor: [...cardiovascularRiskFactors, "malignancy-history", "vte-history"] },
        ],
      },
      action: "caution",
      advice: `EU SmPC risk group (age 65 or over, current or long-time past smoker, or a cardiovascular, malignancy or VTE risk factor): use ${name} only if no suitable alternative exists.`,
      disagreement: "The US label names a narrower higher-risk group (age 50 or over with a cardiovascular risk factor, or a smoker) and does not restrict use to patients without alternatives.",
    });
  }
  return rules;
}

export function oralJakBaselineScreening(drug: DrugId, label: OralJakLabelSections): BaselineTestRule[] {
  const screening = { evidence: "label" as const, sources: [label.screeningBeforeStart] };
  return [
    { id: `${drug}.baseline.tb`, ...screening, item: "tb", why: "Tuberculosis screening before the first dose: do not start in active TB; treat latent TB first." },
    { id: `${drug}.baseline.hbv`, ...screening, item: "hbv", why: "Hepatitis B screening (HBsAg, anti-HBc) before the first dose." },
    { id: `${drug}.baseline.hcv`, ...screening, item: "hcv", why: "Hepatitis C screening before the first dose." },
    {
      id: `${drug}.baseline.pregnancy`,
      evidence: "label",
      sources: [label.pregnancy],
      item: "pregnancy",
      when: { canBecomePregnant: true },
      why: "Pregnancy status before the first dose, for a patient who can become pregnant.",
    },
  ];
}

export function oralJakScreeningRules(
  drug: DrugId,
  name: string,
  label: OralJakLabelSections,
  viralHepatitis: { action: "do-not-start" | "caution"; advice: string },
): ScreeningRule[] {
  const screening = { evidence: "label" as const, sources: [label.screeningBeforeStart] };
  return [
    {
      id: `${drug}.screening.tb-positive`,
      ...screening,
      test: "tb",
      result: "positive",
      action: "do-not-start",
      advice: `Positive TB screen: do not start ${name} until active TB is excluded; treat latent TB before the first dose.`,
    },
    {
      id: `${drug}.screening.tb-indeterminate`,
      ...screening,
      test: "tb",
      result: "indeterminate",
      action: "caution",
      advice: "Indeterminate TB screen: repeat or evaluate further before starting.",
    },
    { id: `${drug}.screening.hbv-positive`, ...screening, test: "hbv", result: "positive", ...viralHepatitis },
    { id: `${drug}.screening.hcv-positive`, ...screening, test: "hcv", result: "positive", ...viralHepatitis },
    {
      id: `${drug}.screening.pregnancy-positive`,
      evidence: "label",
      sources: [label.pregnancy],
      test: "pregnancy",
      result: "positive",
      action: "caution",
      advice: `Positive pregnancy test: the label warns that ${name} may cause fetal harm.`,
    },
  ];
}

/** The RZV plan for a drug whose label asks for zoster immunisation before starting. */
export function oralJakZoster(drug: DrugId, label: OralJakLabelSections): ZosterRule {
  return {
    id: `${drug}.vaccine.rzv`,
    evidence: "consensus",
    sources: [
      label.vaccinations,
      { source: "acip-rzv-2022", section: "Recommendations for use of RZV in immunocompromised adults aged ≥19 years" },
      { source: "idsa-vaccination-2013", section: "Timing of vaccination: inactivated vaccines ≥2 weeks before immunosuppression" },
    ],
    fromAgeYears: 19,
    why: "Recombinant zoster vaccine: the label asks for zoster immunisation before starting; ACIP recommends two RZV doses for adults 19 or over on immunosuppressive therapy.",
  };
}
