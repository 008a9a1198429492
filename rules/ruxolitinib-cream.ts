import { pregnancyRules, pregnancyTestRules, type PregnancyLabel } from "./class/pregnancy";
import type { DrugRules, SourceRef } from "./types";

// US PI (2025 text): 1.1–1.2 indications, 2 dosage, 5.1 serious infections (TB), 8.1–8.2. EU SmPC
// (2023, read in a copy of the EMA text): 4.1 (facial non-segmental vitiligo only), 4.3 (pregnancy and
// breastfeeding contraindicated).
const us = (section: string): SourceRef => ({ source: "opzelura-us", section });
const eu = (section: string): SourceRef => ({ source: "opzelura-eu", section });

const pregnancy: PregnancyLabel = {
  usPregnancy: us("8.1 Pregnancy"),
  contraception: {
    sources: [eu("4.3 Contraindications; 4.6 Fertility, pregnancy and lactation")],
    region: "EU",
    advice:
      "The EU SmPC contraindicates the cream in pregnancy: advise effective contraception during treatment (check the SmPC for how long after the last application).",
  },
  usBreastfeeding: {
    source: us("8.2 Lactation"),
    advice:
      "the US label advises against breastfeeding during treatment and for a time after the last application (section 8.2); this rules version has not confirmed that window, so check the label.",
  },
  euPregnancyContraindication: eu("4.3 Contraindications"),
  euBreastfeeding: {
    source: eu("4.3 Contraindications"),
    contraindicated: true,
    advice: "the EU SmPC contraindicates ruxolitinib cream.",
  },
  fetalHarmAdvice:
    "the US label does not contraindicate ruxolitinib cream in pregnancy; discuss the risk and check section 8.1 (pregnancy exposure registry).",
};

export const ruxolitinibCream = {
  id: "ruxolitinib-cream",
  name: "ruxolitinib cream 1.5 %",
  brand: "OPZELURA",
  route: "topical",
  mechanism: "JAK1/JAK2 inhibitor (topical)",
  indications: [
    {
      id: "ruxolitinib-cream.indication.atopic-dermatitis",
      evidence: "label",
      sources: [us("1.1 Atopic Dermatitis")],
      region: "US",
      indication: "atopic-dermatitis",
      population:
        "Short-term, non-continuous treatment of mild-to-moderate atopic dermatitis in non-immunocompromised patients aged 2 and over; at most 20 % of body surface and 60 g a week in adults, less in children (US only).",
      minimumAgeYears: 2,
      disagreement:
        "The EU authorises ruxolitinib cream for facial non-segmental vitiligo only: atopic dermatitis is off-label under the EU SmPC.",
    },
    {
      id: "ruxolitinib-cream.indication.vitiligo",
      evidence: "label",
      sources: [us("1.2 Nonsegmental Vitiligo"), eu("4.1 Therapeutic indications")],
      indication: "vitiligo",
      population: "Non-segmental vitiligo, age 12 and over (EU: with facial involvement).",
      minimumAgeYears: 12,
    },
  ],
  doses: [],
  patientRules: [
    ...pregnancyRules("ruxolitinib-cream", "ruxolitinib cream", pregnancy),
    {
      id: "ruxolitinib-cream.caution.immunocompromised-atopic-dermatitis",
      evidence: "label",
      sources: [us("1.1 Atopic Dermatitis")],
      region: "US",
      when: { allOf: [{ indication: ["atopic-dermatitis"] }, { riskFactor: ["immunosuppressed"] }] },
      action: "caution",
      advice:
        "Immunosuppressed: the US label's atopic dermatitis indication is for non-immunocompromised patients only, so this patient is outside it.",
    },
  ],
  baselineTests: [],
  startThresholds: [],
  treatmentThresholds: [],
  followUps: [],
  screeningRules: pregnancyTestRules("ruxolitinib-cream", "ruxolitinib cream", pregnancy),
  advice: [
    {
      id: "ruxolitinib-cream.caution.boxed-warning",
      evidence: "label",
      sources: [us("Boxed Warning")],
      action: "caution",
      advice:
        "Ruxolitinib cream carries the JAK inhibitor class boxed warning (serious infections, mortality, malignancy, MACE, thrombosis), based on oral JAK inhibitors.",
    },
    {
      id: "ruxolitinib-cream.info.tuberculosis",
      evidence: "label",
      sources: [us("5.1 Serious Infections")],
      action: "info",
      advice:
        "Tuberculosis: the label asks to consider evaluating for latent and active TB before use, and to watch for signs of TB during use. It gives no test schedule.",
    },
  ],
  noRoutineLabs: {
    id: "ruxolitinib-cream.info.no-routine-labs",
    evidence: "label",
    sources: [us("2 Dosage and Administration; 5 Warnings and Precautions")],
    advice: "No routine labs required by the label: ruxolitinib cream has no laboratory monitoring schedule.",
  },
} as const satisfies DrugRules;
