import { oralJakClassRules, type OralJakLabel } from "./class/oral-jak";
import { liverInjuryRule } from "./class/liver-injury";
import type { DrugRules, SourceRef } from "./types";

// Current US PI: 2.1 (evaluations and start limits), 2.3 "Recommended Dosage in Adults with RA, PsA and
// AS" whose Table 1 holds the renal (creatinine clearance, Cockcroft–Gault), hepatic, interacting-medicine
// and cytopenia modifications, 2.4 (children 2 years and older, added 10/2025), 5.8 Laboratory
// Abnormalities, 7 Table 6 (interactions), 8.1–8.3. EU SmPC 4.2 (start limit, lymphopenia), 4.3, 4.4
// (lipids). rules/README.md records which were read in label text and which through a copy.
const us = (section: string): SourceRef => ({ source: "xeljanz-us", section });
const eu = (section: string): SourceRef => ({ source: "xeljanz-eu", section });
// Two EU steps were read only in a 2019 review's table of the SmPC (rules/README.md).
const euReviewTable = "a 2019 review's table of the SmPC (Ther Adv Gastroenterol), not the SmPC's own text";

const startLimits = us("2.1 Recommended Evaluations and Immunization Prior to Treatment Initiation");
const table1 = (row: string) => us(`2.3 Recommended Dosage in Adults with RA, PsA and AS, Table 1 (${row})`);
const laboratoryMonitoring = us(
  "5.8 Laboratory Abnormalities (lymphocytes, neutrophils, haemoglobin, lipids, liver enzymes)",
);
const onceDaily = "5 mg once daily (patients on 11 mg extended release switch to the 5 mg tablet once daily)";
const fromUsualDose = [
  { usualMg: 10, adjustedMg: 5 },
  { usualMg: 11, adjustedMg: 5 },
];

const label: OralJakLabel = {
  boxedWarning: us("Boxed Warning"),
  euRiskGroups: eu("4.4 Special warnings and precautions for use"),
  screeningBeforeStart: startLimits,
  vaccinations: us("5 Warnings and Precautions, Vaccinations"),
  thrombosis: us("5 Warnings and Precautions, Thrombosis"),
  hepatitis: "assess",
  pregnancy: {
    usPregnancy: us("8.1 Pregnancy"),
    contraception: {
      sources: [us("8.3 Females and Males of Reproductive Potential")],
      advice:
        "Advise effective contraception during treatment, as the label asks (check the label for how long after the last dose).",
    },
    usBreastfeeding: {
      source: us("8.2 Lactation"),
      advice:
        "the US label advises against breastfeeding during treatment and for a time after the last dose (section 8.2); this rules version has not confirmed that window, so check the label before starting.",
    },
    euPregnancyContraindication: eu("4.3 Contraindications"),
    euBreastfeeding: {
      source: eu("4.3 Contraindications"),
      contraindicated: true,
      advice: "the EU SmPC contraindicates tofacitinib.",
    },
    fetalHarmAdvice: "the label warns that tofacitinib may cause fetal harm. Discuss the risk before starting.",
  },
};

const classRules = oralJakClassRules("tofacitinib", "tofacitinib", label);

export const tofacitinib = {
  id: "tofacitinib",
  name: "tofacitinib",
  brand: "XELJANZ",
  route: "oral",
  mechanism: "JAK1/JAK3 inhibitor",
  indications: [
    {
      id: "tofacitinib.indication.psoriatic-arthritis",
      evidence: "label",
      sources: [us("1.2 Psoriatic Arthritis; 2.4 Recommended Dosage in Pediatric Patients 2 Years of Age and Older")],
      indication: "psoriatic-arthritis",
      population:
        "Active psoriatic arthritis in adults and, since October 2025, in children 2 years of age and older (children: weight-based dosing in 2.4).",
      minimumAgeYears: 2,
    },
  ],
  doses: [
    {
      id: "tofacitinib.dose.5mg",
      evidence: "label",
      sources: [table1("renal and hepatic impairment, interacting medicines")],
      doseMg: 5,
      regimen: "5 mg once daily",
      indications: ["psoriatic-arthritis"],
      use: "Moderate or severe renal impairment, moderate hepatic impairment, or a strong CYP3A4 inhibitor.",
    },
    {
      id: "tofacitinib.dose.10mg",
      evidence: "label",
      sources: [us("2.3 Recommended Dosage in Adults with RA, PsA and AS")],
      doseMg: 10,
      regimen: "5 mg twice daily",
      indications: ["psoriatic-arthritis"],
      use: "Recommended dose (10 mg a day).",
      startingFor: ["psoriatic-arthritis"],
    },
    {
      id: "tofacitinib.dose.11mg",
      evidence: "label",
      sources: [us("2.3 Recommended Dosage in Adults with RA, PsA and AS")],
      doseMg: 11,
      regimen: "11 mg once daily (extended release)",
      indications: ["psoriatic-arthritis"],
      use: "Extended-release alternative.",
    },
  ],
  patientRules: [
    ...classRules.patientRules,
    {
      id: "tofacitinib.caution.child",
      evidence: "label",
      sources: [us("2.4 Recommended Dosage in Pediatric Patients 2 Years of Age and Older")],
      when: { ageBelow: 18 },
      action: "caution",
      advice:
        "Child: the label doses children by body weight (2.4); the doses this planner offers are the adult doses. Check the label's paediatric dosing.",
    },
    {
      id: "tofacitinib.not-recommended.hepatic-severe",
      evidence: "label",
      sources: [table1("hepatic impairment"), eu("4.3 Contraindications")],
      when: { hepaticImpairment: ["severe"] },
      action: "do-not-start",
      advice:
        "Severe hepatic impairment (Child-Pugh C): tofacitinib is not recommended (US label) and contraindicated (EU SmPC).",
    },
    {
      id: "tofacitinib.not-recommended.strong-cyp3a4-inducer",
      evidence: "label",
      sources: [us("7 Drug Interactions, Table 6, strong CYP3A4 inducers")],
      when: { interactingMedicine: ["strong-cyp3a4-inducer"] },
      action: "caution",
      advice:
        "A strong CYP3A4 inducer (e.g. rifampicin): the label does not recommend it with tofacitinib (it lowers tofacitinib exposure).",
    },
  ],
  doseAdjustments: [
    {
      id: "tofacitinib.dose.renal-moderate-severe",
      evidence: "label",
      sources: [table1("renal impairment")],
      region: "US",
      when: { crclAtMost: 50 },
      maxDoseMg: 5,
      adjusted: fromUsualDose,
      advice: `Moderate or severe renal impairment (creatinine clearance 50 mL/min or less, Cockcroft–Gault): the label's dose is ${onceDaily}. On haemodialysis, give the dose after dialysis.`,
      disagreement:
        "The EU SmPC lowers the dose only in severe renal impairment (creatinine clearance below 30 mL/min).",
    },
    {
      id: "tofacitinib.dose.renal-severe-eu",
      evidence: "label",
      sources: [{ ...eu("4.2 Posology, renal impairment"), readIn: euReviewTable }],
      region: "EU",
      when: { crclBelow: 30 },
      maxDoseMg: 5,
      adjusted: fromUsualDose,
      advice:
        "Severe renal impairment (creatinine clearance below 30 mL/min, Cockcroft–Gault): the EU SmPC's dose is 5 mg once daily, kept after haemodialysis. Mild and moderate impairment need no change.",
      disagreement: "The US label lowers the dose from 50 mL/min (moderate impairment) too.",
    },
    {
      id: "tofacitinib.dose.hepatic-moderate",
      evidence: "label",
      sources: [table1("hepatic impairment")],
      when: { hepaticImpairment: ["moderate"] },
      maxDoseMg: 5,
      adjusted: fromUsualDose,
      advice: `Moderate hepatic impairment (Child-Pugh B): the label's dose is ${onceDaily}.`,
    },
    {
      id: "tofacitinib.dose.cyp3a4-inhibitor",
      evidence: "label",
      sources: [table1("CYP3A4 and CYP2C19 inhibitors"), us("7 Drug Interactions, Table 6")],
      when: { interactingMedicine: ["strong-cyp3a4-inhibitor", "moderate-cyp3a4-and-strong-cyp2c19-inhibitor"] },
      maxDoseMg: 5,
      adjusted: fromUsualDose,
      advice: `A strong CYP3A4 inhibitor (e.g. ketoconazole), or a moderate CYP3A4 inhibitor with a strong CYP2C19 inhibitor (e.g. fluconazole): the label's dose is ${onceDaily}.`,
    },
  ],
  baselineTests: [
    {
      id: "tofacitinib.baseline.cbc",
      evidence: "label",
      sources: [startLimits, laboratoryMonitoring],
      item: "cbc",
      why: "Lymphocytes, neutrophils and haemoglobin at initiation: the start thresholds apply to them.",
    },
    ...classRules.baselineTests,
  ],
  startThresholds: [
    {
      id: "tofacitinib.start.alc",
      evidence: "label",
      sources: [startLimits],
      region: "US",
      test: "alc",
      below: { value: 500, unit: "cells/uL" },
      disagreement: "The EU SmPC sets the starting limit higher: ALC below 0.75 ×10⁹/L.",
    },
    {
      id: "tofacitinib.start.alc-eu",
      evidence: "label",
      sources: [eu("4.2 Posology; 4.4 Lymphocytes")],
      region: "EU",
      test: "alc",
      below: { value: 0.75, unit: "10^9/L" },
      disagreement: "The US label's starting limit is lower: ALC below 500 cells/µL.",
    },
    {
      id: "tofacitinib.start.anc",
      evidence: "label",
      sources: [startLimits],
      test: "anc",
      below: { value: 1000, unit: "cells/uL" },
    },
    {
      id: "tofacitinib.start.hemoglobin",
      evidence: "label",
      sources: [startLimits],
      test: "hemoglobin",
      below: { value: 9, unit: "g/dL" },
      disagreement: "Tofacitinib's starting haemoglobin limit is 9 g/dL, not the 8 g/dL of the other JAK inhibitors.",
    },
  ],
  treatmentThresholds: [
    {
      id: "tofacitinib.treatment.alc",
      evidence: "label",
      sources: [table1("lymphopenia")],
      test: "alc",
      below: { value: 500, unit: "cells/uL" },
      action: "discontinue",
      confirmByRepeat: true,
      restartWhen: "Do not restart.",
    },
    {
      id: "tofacitinib.treatment.alc-500-750-eu",
      evidence: "label",
      sources: [{ ...eu("4.2 Posology, lymphopenia"), readIn: euReviewTable }],
      region: "EU",
      test: "alc",
      below: { value: 0.75, unit: "10^9/L" },
      action: "interrupt",
      confirmByRepeat: true,
      restartAtLeast: { value: 0.75, unit: "10^9/L" },
      restartWhen:
        "A persistent ALC of 0.5–0.75 ×10⁹/L: the EU SmPC reduces 10 mg twice daily to 5 mg twice daily and interrupts 5 mg twice daily (the psoriatic arthritis dose) until ALC is back to 0.75 ×10⁹/L or more.",
      disagreement: "The US label acts on lymphocytes only below 500 cells/µL.",
    },
    {
      id: "tofacitinib.treatment.anc-below-500",
      evidence: "label",
      sources: [table1("neutropenia")],
      test: "anc",
      below: { value: 500, unit: "cells/uL" },
      action: "discontinue",
      confirmByRepeat: true,
      untilConfirmed: "interrupt",
      restartWhen: "Do not restart.",
    },
    {
      id: "tofacitinib.treatment.anc-500-1000",
      evidence: "label",
      sources: [table1("neutropenia")],
      test: "anc",
      below: { value: 1000, unit: "cells/uL" },
      inclusive: true,
      action: "interrupt",
      confirmByRepeat: true,
      restartAbove: { value: 1000, unit: "cells/uL" },
      restartWhen: "If persistent, interrupt until ANC is above 1,000 cells/µL, then resume.",
    },
    {
      id: "tofacitinib.treatment.hemoglobin",
      evidence: "label",
      sources: [table1("anemia")],
      test: "hemoglobin",
      below: { value: 8, unit: "g/dL" },
      action: "interrupt",
      confirmByRepeat: true,
      restartWhen: "Interrupt until haemoglobin has normalised.",
    },
  ],
  trendRules: [
    {
      id: "tofacitinib.treatment.hemoglobin-fall",
      evidence: "label",
      sources: [table1("anemia")],
      test: "hemoglobin",
      fallOfMoreThan: { value: 2, unit: "g/dL" },
      action: "interrupt",
      confirmByRepeat: true,
      restartWhen:
        "Interrupt until haemoglobin has normalised; a fall of 2 g/dL or less with haemoglobin 9 g/dL or more needs no change.",
    },
  ],
  liverInjury: liverInjuryRule("tofacitinib", "tofacitinib", laboratoryMonitoring),
  followUps: [
    {
      id: "tofacitinib.followup.cbc.week4-8",
      evidence: "label",
      sources: [laboratoryMonitoring],
      item: "cbc",
      anchor: "start",
      after: { weeks: 4 },
      latest: { weeks: 8 },
      thenEvery: { months: 3 },
      why: "Lymphocytes, neutrophils and haemoglobin 4 to 8 weeks after starting, then every 3 months.",
    },
    {
      id: "tofacitinib.followup.lipids.week4-8",
      evidence: "label",
      sources: [laboratoryMonitoring],
      region: "US",
      item: "lipids",
      anchor: "start",
      after: { weeks: 4 },
      latest: { weeks: 8 },
      why: "Lipid panel 4 to 8 weeks after starting.",
      disagreement: "The EU SmPC checks lipids 8 weeks after starting; the US label gives 4 to 8 weeks.",
    },
    {
      id: "tofacitinib.followup.lipids.week8-eu",
      evidence: "label",
      sources: [eu("4.4 Lipids")],
      region: "EU",
      item: "lipids",
      anchor: "start",
      after: { weeks: 8 },
      why: "Lipid panel 8 weeks after starting.",
      disagreement: "The US label gives 4 to 8 weeks after starting.",
    },
  ],
  screeningRules: classRules.screeningRules,
  advice: classRules.advice,
  routineMonitoring: {
    id: "tofacitinib.routine",
    evidence: "label",
    sources: [laboratoryMonitoring],
    items: ["liver", "lipids"],
  },
  zoster: classRules.zoster,
} as const satisfies DrugRules;
