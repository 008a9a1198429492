import type { DrugRules, SourceRef } from "./types";

const us = (section: string): SourceRef => ({ source: "opzelura-us", section });

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
      indication: "atopic-dermatitis",
      population: "Short-term, non-continuous treatment of mild-to-moderate atopic dermatitis in non-immunocompromised patients aged 2 and over; at most 20 % of body surface and 60 g a week in adults, less in children.",
      minimumAgeYears: 2,
    },
    {
      id: "ruxolitinib-cream.indication.vitiligo",
      evidence: "label",
      sources: [us("1.2 Nonsegmental Vitiligo")],
      indication: "vitiligo",
      population: "Non-segmental vitiligo, age 12 and over.",
      minimumAgeYears: 12,
    },
  ],
  doses: [],
  patientRules: [],
  baselineTests: [],
  startThresholds: [],
  treatmentThresholds: [],
  followUps: [],
  screeningRules: [],
  advice: [
    {
      id: "ruxolitinib-cream.caution.boxed-warning",
      evidence: "label",
      sources: [us("Boxed Warning")],
      action: "caution",
      advice: "Ruxolitinib cream carries the JAK inhibitor class boxed warning (serious infections, mortality, malignancy, MACE, thrombosis), based on oral JAK inhibitors.",
    },
  ],
  noRoutineLabs: {
    id: "ruxolitinib-cream.info.no-routine-labs",
    evidence: "label",
    sources: [us("2 Dosage and Administration; 5 Warnings and Precautions")],
    advice: "No routine labs required by the label: ruxolitinib cream has no laboratory monitoring schedule.",
  },
} as const satisfies DrugRules;
