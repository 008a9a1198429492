import type { DrugId, LabelRegion, PatientRule, ScreeningRule, SourceRef } from "../types";

/**
 * Pregnancy and breastfeeding as each label words them. The US labels contraindicate neither;
 * several EU SmPCs list pregnancy (and some breastfeeding) in section 4.3. Each drug passes
 * its own sections and words; the rule shapes are shared.
 */
export interface PregnancyLabel {
  /** US 8.1 (fetal harm, pregnancy registry); absent for a drug without a US label. */
  usPregnancy?: SourceRef;
  /** Contraception advice for a patient who can become pregnant, as the labels give it (under one region's label only, when `region`). */
  contraception: { sources: readonly SourceRef[]; advice: string; region?: LabelRegion };
  /** Breastfeeding under the US label: its section and the app's wording of its advice. */
  usBreastfeeding?: { source: SourceRef; advice: string };
  /** EU SmPC 4.3 when it lists pregnancy. */
  euPregnancyContraindication?: SourceRef;
  /** Breastfeeding under the EU SmPC: contraindicated in 4.3, or advised against in 4.6. */
  euBreastfeeding?: { source: SourceRef; contraindicated: boolean; advice: string };
  /** The US-only wording of fetal-harm cautions, where the EU contraindicates pregnancy. */
  fetalHarmAdvice: string;
}

export function pregnancyRules(drug: DrugId, name: string, label: PregnancyLabel): PatientRule[] {
  const contraindicatedInEu = label.euPregnancyContraindication !== undefined;
  // Where the EU SmPC contraindicates pregnancy, the US caution is the US label's only.
  const usOnly: { region?: LabelRegion } = contraindicatedInEu ? { region: "US" } : {};
  const rules: PatientRule[] = [];
  if (label.usPregnancy) {
    rules.push({
      id: `${drug}.caution.pregnant`,
      evidence: "label",
      sources: [label.usPregnancy],
      ...usOnly,
      when: { pregnant: true },
      action: "caution",
      advice: `Pregnancy: ${label.fetalHarmAdvice}`,
      ...(contraindicatedInEu
        ? { disagreement: `The EU SmPC contraindicates ${name} in pregnancy; the US label does not.` }
        : {}),
    });
  }
  if (label.euPregnancyContraindication) {
    rules.push({
      id: `${drug}.contraindication.pregnancy-eu`,
      evidence: "label",
      sources: [label.euPregnancyContraindication],
      region: "EU",
      when: { pregnant: true },
      action: "do-not-start",
      advice: `Pregnancy: the EU SmPC contraindicates ${name}.`,
      onTreatment: `Pregnancy: the EU SmPC contraindicates ${name}: stop it.`,
      onTreatmentAction: "discontinue",
      disagreement: "The US label warns of possible fetal harm but does not contraindicate it.",
    });
  }
  rules.push({
    id: `${drug}.caution.can-become-pregnant`,
    evidence: "label",
    sources: label.contraception.sources,
    ...(label.contraception.region ? { region: label.contraception.region } : {}),
    when: { canBecomePregnant: true },
    action: "caution",
    advice: `Can become pregnant: check pregnancy status before starting. ${label.contraception.advice}`,
    onTreatment: `Can become pregnant: ${label.contraception.advice}`,
  });
  const breastfeedingEu = label.euBreastfeeding;
  if (label.usBreastfeeding) {
    rules.push({
      id: `${drug}.caution.breastfeeding`,
      evidence: "label",
      sources: [label.usBreastfeeding.source],
      ...(breastfeedingEu ? { region: "US" as const } : {}),
      when: { breastfeeding: true },
      action: "caution",
      advice: `Breastfeeding: ${label.usBreastfeeding.advice}`,
    });
  }
  if (breastfeedingEu) {
    rules.push({
      id: breastfeedingEu.contraindicated
        ? `${drug}.contraindication.breastfeeding-eu`
        : `${drug}.caution.breastfeeding-eu`,
      evidence: "label",
      sources: [breastfeedingEu.source],
      region: "EU",
      when: { breastfeeding: true },
      action: breastfeedingEu.contraindicated ? "do-not-start" : "caution",
      advice: `Breastfeeding: ${breastfeedingEu.advice}`,
      // Already on the drug, a contraindication is not a matter of starting: it is not taken while breastfeeding.
      ...(breastfeedingEu.contraindicated
        ? {
            onTreatment: `Breastfeeding: ${breastfeedingEu.advice} It is not taken while breastfeeding: stop it, or stop breastfeeding.`,
            onTreatmentAction: "discontinue" as const,
          }
        : {}),
    });
  }
  return rules;
}

/**
 * A positive pregnancy test: before the start as pregnancy itself; during treatment, on the
 * date it was taken — stop where the EU SmPC contraindicates the drug in pregnancy, a caution
 * under a label that does not.
 */
export function pregnancyTestRules(drug: DrugId, name: string, label: PregnancyLabel): ScreeningRule[] {
  const positive = { test: "pregnancy" as const, result: "positive" as const, evidence: "label" as const };
  const rules: ScreeningRule[] = [];
  const eu = label.euPregnancyContraindication;
  if (eu) {
    rules.push(
      {
        id: `${drug}.screening.pregnancy-positive-eu`,
        ...positive,
        sources: [eu],
        region: "EU",
        phase: "before-start",
        action: "do-not-start",
        advice: `Positive pregnancy test: the EU SmPC contraindicates ${name} in pregnancy.`,
      },
      {
        id: `${drug}.screening.pregnancy-positive-on-treatment-eu`,
        ...positive,
        sources: [eu],
        region: "EU",
        phase: "on-treatment",
        action: "discontinue",
        advice: `Positive pregnancy test during treatment: the EU SmPC contraindicates ${name} in pregnancy: stop it and review.`,
      },
    );
  }
  if (label.usPregnancy) {
    const usOnly = eu ? { region: "US" as const } : {};
    rules.push(
      {
        id: `${drug}.screening.pregnancy-positive`,
        ...positive,
        sources: [label.usPregnancy],
        ...usOnly,
        phase: "before-start",
        action: "caution",
        advice: `Positive pregnancy test: ${label.fetalHarmAdvice}`,
      },
      {
        id: `${drug}.screening.pregnancy-positive-on-treatment`,
        ...positive,
        sources: [label.usPregnancy],
        ...usOnly,
        phase: "on-treatment",
        action: "caution",
        advice: `Positive pregnancy test during treatment: ${label.fetalHarmAdvice} Review treatment with the patient now.`,
      },
    );
  }
  return rules;
}
