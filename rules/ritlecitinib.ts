import { oralJakClassRules, type OralJakLabel } from "./class/oral-jak";
import { cytopeniaInterruptions, cytopeniaStartLimits } from "./class/cytopenia-limits";
import type { DrugRules, SourceRef } from "./types";

// US PI (the 6/2023 text; a 2026 revision was not read): 2.1 (evaluations, start limits, TB and
// hepatitis), 2.3 (hepatic), 2.4 Table 1 (laboratory monitoring), 7.1–7.2 (interactions), 8.1.
// EU SmPC 4.2 Table 1 and 4.3 (read in copies of the EMA text).
const us = (section: string): SourceRef => ({ source: "litfulo-us", section });
const eu = (section: string): SourceRef => ({ source: "litfulo-eu", section });

const beforeStart = us("2.1 Recommended Evaluations and Immunizations Prior to Treatment Initiation");
const monitoringTable = us(
  "2.4 Treatment Interruption or Discontinuation, Table 1 Laboratory Monitoring; 5.7 Laboratory Abnormalities",
);

const label: OralJakLabel = {
  boxedWarning: us("Boxed Warning"),
  euRiskGroups: eu("4.4 Special warnings and precautions for use"),
  screeningBeforeStart: beforeStart,
  vaccinations: us("2.1 Recommended Evaluations and Immunizations Prior to Treatment Initiation; 5.8 Vaccinations"),
  thrombosis: us("5 Warnings and Precautions, Thrombosis"),
  hepatitis: "any",
  pregnancy: {
    usPregnancy: us("8.1 Pregnancy"),
    contraception: {
      sources: [us("8.1 Pregnancy; 17 Patient Counseling Information")],
      advice:
        "Advise effective contraception during treatment, as the labels ask (check the label for how long after the last dose).",
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
      advice: "the EU SmPC contraindicates ritlecitinib.",
    },
    fetalHarmAdvice: "the label warns that ritlecitinib may cause fetal harm. Discuss the risk before starting.",
  },
};

const classRules = oralJakClassRules("ritlecitinib", "ritlecitinib", label);

export const ritlecitinib = {
  id: "ritlecitinib",
  name: "ritlecitinib",
  brand: "LITFULO",
  route: "oral",
  mechanism: "JAK3/TEC family kinase inhibitor",
  indications: [
    {
      id: "ritlecitinib.indication.alopecia-areata",
      evidence: "label",
      sources: [us("1 Indications and Usage")],
      indication: "alopecia-areata",
      population: "Severe alopecia areata, age 12 and over.",
      minimumAgeYears: 12,
    },
  ],
  doses: [
    {
      id: "ritlecitinib.dose.50mg",
      evidence: "label",
      sources: [us("2.2 Recommended Dosage")],
      doseMg: 50,
      regimen: "50 mg once daily",
      indications: ["alopecia-areata"],
      use: "Recommended dose.",
      startingFor: ["alopecia-areata"],
    },
  ],
  patientRules: [
    ...classRules.patientRules,
    {
      id: "ritlecitinib.not-recommended.hepatic-severe",
      evidence: "label",
      sources: [us("2.3 Patients with Severe Hepatic Impairment"), eu("4.3 Contraindications")],
      when: { hepaticImpairment: ["severe"] },
      action: "do-not-start",
      advice:
        "Severe hepatic impairment (Child-Pugh C): ritlecitinib is not recommended (US label) and contraindicated (EU SmPC).",
    },
    {
      id: "ritlecitinib.not-recommended.strong-cyp3a-inducer",
      evidence: "label",
      sources: [us("7.2 Effects of Other Drugs on LITFULO, Table 4")],
      when: { interactingMedicine: ["strong-cyp3a4-inducer"] },
      action: "caution",
      advice:
        "A strong CYP3A inducer (e.g. rifampicin): the label does not recommend it with ritlecitinib (loss of response).",
    },
  ],
  baselineTests: [
    {
      id: "ritlecitinib.baseline.cbc",
      evidence: "label",
      sources: [beforeStart, monitoringTable],
      item: "cbc",
      why: "ALC and platelet count before the first dose: the start thresholds apply to them.",
    },
    ...classRules.baselineTests,
  ],
  startThresholds: [
    ...cytopeniaStartLimits("ritlecitinib", beforeStart, ["alc"]),
    {
      id: "ritlecitinib.start.platelets",
      evidence: "label",
      sources: [beforeStart],
      test: "platelets",
      below: { value: 100000, unit: "cells/uL" },
      disagreement: "Starting platelet limits differ: 100,000 cells/µL for ritlecitinib, 150,000 for abrocitinib.",
    },
  ],
  treatmentThresholds: [
    {
      id: "ritlecitinib.treatment.platelets",
      evidence: "label",
      sources: [monitoringTable],
      test: "platelets",
      below: { value: 50000, unit: "cells/uL" },
      action: "discontinue",
      restartWhen: "Do not restart.",
    },
    ...cytopeniaInterruptions("ritlecitinib", monitoringTable, ["alc"], "above"),
  ],
  followUps: [
    {
      id: "ritlecitinib.followup.cbc.week4",
      evidence: "label",
      sources: [monitoringTable],
      item: "cbc",
      anchor: "start",
      after: { weeks: 4 },
      why: "ALC and platelet count 4 weeks after starting.",
    },
  ],
  screeningRules: classRules.screeningRules,
  advice: [
    ...classRules.advice,
    {
      id: "ritlecitinib.info.cyp3a-cyp1a2-substrates",
      evidence: "label",
      sources: [us("7.1 Effects of LITFULO on Other Drugs, Table 3")],
      action: "info",
      advice:
        "Ritlecitinib inhibits CYP3A and CYP1A2: for medicines metabolised by them where small changes in concentration matter, monitor more and adjust their dose as their own labels say.",
    },
    {
      id: "ritlecitinib.info.short-interruptions",
      evidence: "label",
      sources: [us("2.4 Treatment Interruption or Discontinuation")],
      action: "info",
      advice: "An interruption of less than 6 weeks is not expected to lose regrown hair.",
    },
  ],
  routineMonitoring: { id: "ritlecitinib.routine", evidence: "label", sources: [monitoringTable], items: ["cbc"] },
  zoster: classRules.zoster,
} as const satisfies DrugRules;
