import type { DrugRules, SourceRef } from "./types";

// US PI (8/2025): 1, 2, 4 (no contraindications), Highlights (no boxed warning). EU SmPC (2024, read in a
// copy of the EMA text): 4.1, 4.2, 4.3 (hypersensitivity only), 4.6.
const us = (section: string): SourceRef => ({ source: "anzupgo-us", section });
const eu = (section: string): SourceRef => ({ source: "anzupgo-eu", section });

export const delgocitinibCream = {
  id: "delgocitinib-cream",
  name: "delgocitinib cream 20 mg/g",
  brand: "ANZUPGO",
  route: "topical",
  mechanism: "pan-JAK inhibitor (topical)",
  indications: [
    {
      id: "delgocitinib-cream.indication.chronic-hand-eczema",
      evidence: "label",
      sources: [us("1 Indications and Usage"), eu("4.1 Therapeutic indications")],
      indication: "chronic-hand-eczema",
      population: "Moderate-to-severe chronic hand eczema, adults; hands and wrists only.",
      minimumAgeYears: 18,
    },
  ],
  doses: [],
  patientRules: [
    {
      id: "delgocitinib-cream.caution.pregnant-eu",
      evidence: "label",
      sources: [eu("4.6 Fertility, pregnancy and lactation")],
      region: "EU",
      when: { pregnant: true },
      action: "caution",
      advice:
        "Pregnancy: as a precaution the EU SmPC prefers to avoid delgocitinib cream in pregnancy (it is not contraindicated).",
    },
  ],
  baselineTests: [],
  startThresholds: [],
  treatmentThresholds: [],
  followUps: [],
  screeningRules: [],
  advice: [
    {
      id: "delgocitinib-cream.info.amount",
      evidence: "label",
      sources: [us("2 Dosage and Administration")],
      action: "info",
      advice: "Apply to hands and wrists only; use at most 30 g every 2 weeks or 60 g a month.",
    },
    {
      id: "delgocitinib-cream.info.no-boxed-warning",
      evidence: "label",
      sources: [us("Highlights")],
      action: "info",
      advice: "Delgocitinib cream carries no boxed warning.",
    },
  ],
  noRoutineLabs: {
    id: "delgocitinib-cream.info.no-routine-labs",
    evidence: "label",
    sources: [us("2 Dosage and Administration; 5 Warnings and Precautions")],
    advice: "No routine labs required by the label: delgocitinib cream has no laboratory monitoring schedule.",
  },
} as const satisfies DrugRules;
