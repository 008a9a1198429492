import { oralJakAdvice, oralJakBaselineScreening, oralJakPatientRules, oralJakScreeningRules, oralJakZoster, type OralJakLabelSections } from "./class/oral-jak";
import { cytopeniaInterruptions, cytopeniaStartLimits } from "./class/cytopenia-limits";
import type { DrugRules, SourceRef } from "./types";

const us = (section: string): SourceRef => ({ source: "rinvoq-us", section });

const beforeStart = us("2.1 Recommended Evaluations and Immunizations Prior to Treatment Initiation");
const interruption = us("2 Dosage and Administration, treatment interruption for laboratory abnormalities");
const laboratoryAbnormalities = us("5.8 Laboratory Abnormalities");

const label: OralJakLabelSections = {
  boxedWarning: us("Boxed Warning"),
  euRiskGroups: { source: "rinvoq-eu", section: "4.4 Special warnings and precautions for use" },
  screeningBeforeStart: beforeStart,
  pregnancy: us("8.1 Pregnancy; 8.3 Females and Males of Reproductive Potential"),
  vaccinations: us("5 Warnings and Precautions, Vaccinations"),
};

export const upadacitinib = {
  id: "upadacitinib",
  name: "upadacitinib",
  brand: "RINVOQ",
  route: "oral",
  mechanism: "JAK1 inhibitor",
  indications: [
    {
      id: "upadacitinib.indication.atopic-dermatitis",
      evidence: "label",
      sources: [us("1 Indications and Usage")],
      indication: "atopic-dermatitis",
      population: "Refractory moderate-to-severe atopic dermatitis, age 12 and over (and at least 40 kg).",
      minimumAgeYears: 12,
    },
    {
      id: "upadacitinib.indication.psoriatic-arthritis",
      evidence: "label",
      sources: [us("1 Indications and Usage")],
      indication: "psoriatic-arthritis",
      population: "Active psoriatic arthritis, adults.",
      minimumAgeYears: 18,
    },
  ],
  doses: [
    { doseMg: 15, regimen: "15 mg once daily", indications: ["atopic-dermatitis", "psoriatic-arthritis"], use: "Starting dose; the dose at age 65 and over and in severe renal impairment." },
    { doseMg: 30, regimen: "30 mg once daily", indications: ["atopic-dermatitis"], use: "Atopic dermatitis with an inadequate response, under age 65." },
  ],
  patientRules: [
    ...oralJakPatientRules("upadacitinib", "upadacitinib", label),
    {
      id: "upadacitinib.dose.age-65",
      evidence: "label",
      sources: [us("2 Dosage and Administration, recommended dosage in atopic dermatitis")],
      when: { allOf: [{ ageAtLeast: 65 }, { doseMgAbove: 15 }] },
      action: "reduce-dose",
      advice: "Age 65 or over: the label's atopic dermatitis dose is 15 mg once daily (30 mg is for patients under 65).",
    },
    {
      id: "upadacitinib.dose.renal-severe",
      evidence: "label",
      sources: [us("2 Dosage and Administration, dosage in renal impairment")],
      when: { allOf: [{ egfrAtLeast: 15 }, { egfrBelow: 30 }, { doseMgAbove: 15 }] },
      action: "reduce-dose",
      advice: "Severe renal impairment (eGFR 15–29): the label's dose is 15 mg once daily.",
    },
    {
      id: "upadacitinib.not-recommended.end-stage-renal",
      evidence: "label",
      sources: [us("2 Dosage and Administration, dosage in renal impairment")],
      when: { egfrBelow: 15 },
      action: "do-not-start",
      advice: "End-stage renal disease (eGFR below 15): upadacitinib is not recommended.",
    },
    {
      id: "upadacitinib.not-recommended.hepatic-severe",
      evidence: "label",
      sources: [us("2 Dosage and Administration, dosage in hepatic impairment")],
      when: { hepaticImpairment: ["severe"] },
      action: "do-not-start",
      advice: "Severe hepatic impairment (Child-Pugh C): upadacitinib is not recommended.",
    },
    {
      id: "upadacitinib.caution.contraception",
      evidence: "label",
      sources: [us("8.3 Females and Males of Reproductive Potential")],
      when: { canBecomePregnant: true },
      action: "caution",
      advice: "Effective contraception during treatment and for 4 weeks after the last dose.",
    },
  ],
  baselineTests: [
    { id: "upadacitinib.baseline.cbc", evidence: "label", sources: [beforeStart, laboratoryAbnormalities], item: "cbc", why: "CBC with differential before the first dose: the start thresholds apply to it." },
    { id: "upadacitinib.baseline.liver", evidence: "label", sources: [laboratoryAbnormalities], item: "liver", why: "Liver enzymes (ALT, AST) before the first dose." },
    ...oralJakBaselineScreening("upadacitinib", label),
  ],
  startThresholds: cytopeniaStartLimits("upadacitinib", beforeStart, ["alc", "anc", "hemoglobin"]),
  treatmentThresholds: cytopeniaInterruptions("upadacitinib", interruption, ["alc", "anc", "hemoglobin"]),
  followUps: [
    {
      id: "upadacitinib.followup.lipids.week12",
      evidence: "label",
      sources: [laboratoryAbnormalities],
      item: "lipids",
      anchor: "start",
      after: { weeks: 12 },
      why: "Lipid panel about 12 weeks after starting; then per hyperlipidaemia guidelines.",
      disagreement: "Lipid timing differs between JAK inhibitors: about 12 weeks for upadacitinib and baricitinib, 4 weeks for abrocitinib, 4–8 weeks for tofacitinib.",
    },
  ],
  screeningRules: oralJakScreeningRules("upadacitinib", "upadacitinib", label, {
    action: "do-not-start",
    advice: "Positive viral hepatitis screen: the label does not recommend upadacitinib in active hepatitis B or C; assess before starting.",
  }),
  advice: [
    ...oralJakAdvice("upadacitinib", "Upadacitinib", label),
    {
      id: "upadacitinib.info.liver-injury",
      evidence: "label",
      sources: [interruption],
      action: "info",
      advice: "CBC and liver enzymes are repeated periodically during treatment; interrupt if drug-induced liver injury is suspected.",
    },
  ],
  routineMonitoring: {
    id: "upadacitinib.routine",
    evidence: "label",
    sources: [laboratoryAbnormalities],
    items: ["cbc", "liver", "lipids"],
  },
  zoster: oralJakZoster("upadacitinib", label),
} as const satisfies DrugRules;
