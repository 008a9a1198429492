import { tuberculosisRules, viralHepatitisRules } from "./class/screening";
import type { DrugRules, SourceRef } from "./types";

// A TYK2 inhibitor, not a JAK1/2/3 inhibitor: no boxed warning and none of the class rules
// of rules/class/oral-jak.ts. The label asks for TB evaluation only, plus liver enzymes in
// known or suspected liver disease.
const us = (section: string): SourceRef => ({ source: "sotyktu-us", section });
const eu = (section: string): SourceRef => ({ source: "sotyktu-eu", section });

const beforeStart = us("2.1 Recommended Evaluations and Immunizations Prior to Treatment Initiation");
const warnings = us("5 Warnings and Precautions");

export const deucravacitinib = {
  id: "deucravacitinib",
  name: "deucravacitinib",
  brand: "SOTYKTU",
  route: "oral",
  mechanism: "TYK2 inhibitor",
  indications: [
    {
      id: "deucravacitinib.indication.psoriasis",
      evidence: "label",
      sources: [us("1 Indications and Usage")],
      indication: "psoriasis",
      population:
        "Moderate-to-severe plaque psoriasis in adults who are candidates for systemic therapy or phototherapy.",
      minimumAgeYears: 18,
    },
  ],
  doses: [
    {
      id: "deucravacitinib.dose.6mg",
      evidence: "label",
      sources: [us("2 Dosage and Administration, recommended dosage")],
      doseMg: 6,
      regimen: "6 mg once daily",
      indications: ["psoriasis"],
      use: "Recommended dose.",
      startingFor: ["psoriasis"],
    },
  ],
  patientRules: [
    {
      id: "deucravacitinib.not-recommended.hepatic-severe",
      evidence: "label",
      sources: [us("8 Use in Specific Populations, hepatic impairment")],
      when: { hepaticImpairment: ["severe"] },
      action: "do-not-start",
      advice: "Severe hepatic impairment (Child-Pugh C): deucravacitinib is not recommended.",
    },
    {
      id: "deucravacitinib.caution.pregnant-eu",
      evidence: "label",
      sources: [eu("4.6 Fertility, pregnancy and lactation")],
      region: "EU",
      when: { pregnant: true },
      action: "caution",
      advice: "Pregnancy: as a precaution the EU SmPC prefers to avoid deucravacitinib in pregnancy.",
    },
    {
      id: "deucravacitinib.caution.breastfeeding",
      evidence: "label",
      sources: [us("8.2 Lactation"), eu("4.6 Fertility, pregnancy and lactation")],
      when: { breastfeeding: true },
      action: "caution",
      advice:
        "Breastfeeding: weigh the benefits of breastfeeding against the mother's need for deucravacitinib and any risk to the infant; the label does not contraindicate it.",
    },
  ],
  baselineTests: [
    {
      id: "deucravacitinib.baseline.tb",
      evidence: "label",
      sources: [beforeStart],
      item: "tb",
      why: "Tuberculosis evaluation before the first dose.",
    },
    {
      id: "deucravacitinib.baseline.liver",
      evidence: "label",
      sources: [warnings],
      item: "liver",
      why: "Liver enzymes before the first dose; during treatment only in known or suspected liver disease.",
      disagreement:
        "The label's sentence can also be read as asking for baseline liver enzymes only in known or suspected liver disease; this plan follows the reading that asks for them in every patient.",
    },
  ],
  startThresholds: [],
  treatmentThresholds: [],
  followUps: [],
  screeningRules: [
    ...tuberculosisRules("deucravacitinib", "deucravacitinib", [
      beforeStart,
      us("5.3 Tuberculosis"),
      eu("4.3 Contraindications; 4.4 Tuberculosis"),
    ]),
    ...viralHepatitisRules("deucravacitinib", "deucravacitinib", [us("5.2 Infections, viral reactivation")], "active"),
  ],
  advice: [
    {
      id: "deucravacitinib.info.no-boxed-warning",
      evidence: "label",
      sources: [us("Highlights; 1 Indications and Usage")],
      action: "info",
      advice:
        "Deucravacitinib is a TYK2 inhibitor: it carries no JAK boxed warning and its label sets no CBC thresholds.",
    },
    {
      id: "deucravacitinib.info.infections",
      evidence: "label",
      sources: [us("5.2 Infections")],
      action: "info",
      advice:
        "Infections: avoid starting deucravacitinib during an active or serious infection (the planner has no fact for one).",
      onTreatment:
        "Infections: if a serious infection develops, interrupt deucravacitinib and do not resume it until the infection resolves or is adequately treated.",
    },
    {
      id: "deucravacitinib.info.live-vaccines",
      evidence: "label",
      sources: [beforeStart, us("5.7 Immunizations")],
      action: "info",
      advice:
        "Consider completing all age-appropriate immunisations before starting; avoid live vaccines during treatment.",
    },
    {
      id: "deucravacitinib.info.triglycerides",
      evidence: "label",
      sources: [warnings],
      action: "info",
      advice:
        "Triglycerides: evaluate periodically during treatment according to clinical guidelines (the label gives no fixed date).",
    },
    {
      id: "deucravacitinib.info.ck",
      evidence: "label",
      sources: [warnings],
      action: "info",
      advice:
        "Creatine kinase: no routine monitoring; discontinue if CK is markedly elevated or myopathy is suspected.",
    },
    {
      id: "deucravacitinib.info.liver-disease",
      evidence: "label",
      sources: [warnings],
      action: "info",
      when: { riskFactor: ["chronic-liver-disease"] },
      advice:
        "Known or suspected liver disease: repeat liver enzymes during treatment according to routine patient management.",
    },
  ],
  zoster: {
    id: "deucravacitinib.vaccine.rzv",
    evidence: "consensus",
    sources: [
      { source: "acip-rzv-2022", section: "Background: two RZV doses recommended for all adults aged ≥50 years" },
    ],
    fromAgeYears: 50,
    why: "Recombinant zoster vaccine: ACIP recommends two doses for every adult aged 50 or over.",
  },
} as const satisfies DrugRules;
