import { oralJakAdvice, oralJakBaselineScreening, oralJakPatientRules, oralJakScreeningRules, oralJakZoster, type OralJakLabelSections } from "./class/oral-jak";
import type { DrugRules, SourceRef } from "./types";

const us = (section: string): SourceRef => ({ source: "xeljanz-us", section });
const eu = (section: string): SourceRef => ({ source: "xeljanz-eu", section });

const startLimits = us("2.2 General Considerations for Administration");
const modifications = us("2.3 Dosage Modifications due to Serious Infections and Cytopenias, Tables 1–3");
const laboratoryMonitoring = us("5 Warnings and Precautions, Laboratory Abnormalities (lymphocytes, neutrophils, haemoglobin, lipids, liver enzymes)");

const label: OralJakLabelSections = {
  boxedWarning: us("Boxed Warning"),
  euRiskGroups: eu("4.4 Special warnings and precautions for use"),
  screeningBeforeStart: us("2.1 and 5 Warnings and Precautions, Serious Infections (tuberculosis, viral reactivation)"),
  pregnancy: us("8.1 Pregnancy"),
  vaccinations: us("5 Warnings and Precautions, Vaccinations"),
};

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
      sources: [us("1 Indications and Usage")],
      indication: "psoriatic-arthritis",
      population: "Active psoriatic arthritis, adults.",
      minimumAgeYears: 18,
    },
  ],
  doses: [
    { doseMg: 10, regimen: "5 mg twice daily", indications: ["psoriatic-arthritis"], use: "Recommended dose (10 mg a day)." },
    { doseMg: 11, regimen: "11 mg once daily (extended release)", indications: ["psoriatic-arthritis"], use: "Extended-release alternative." },
  ],
  patientRules: oralJakPatientRules("tofacitinib", "tofacitinib", label),
  baselineTests: [
    { id: "tofacitinib.baseline.cbc", evidence: "label", sources: [startLimits, laboratoryMonitoring], item: "cbc", why: "Lymphocytes, neutrophils and haemoglobin at initiation: the start thresholds apply to them." },
    ...oralJakBaselineScreening("tofacitinib", label),
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
    { id: "tofacitinib.start.anc", evidence: "label", sources: [startLimits], test: "anc", below: { value: 1000, unit: "cells/uL" } },
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
      sources: [modifications],
      test: "alc",
      below: { value: 500, unit: "cells/uL" },
      action: "discontinue",
      confirmByRepeat: true,
      restartWhen: "Do not restart.",
    },
    {
      id: "tofacitinib.treatment.anc-below-500",
      evidence: "label",
      sources: [modifications],
      test: "anc",
      below: { value: 500, unit: "cells/uL" },
      action: "discontinue",
      confirmByRepeat: true,
      restartWhen: "Do not restart.",
    },
    {
      id: "tofacitinib.treatment.anc-500-1000",
      evidence: "label",
      sources: [modifications],
      test: "anc",
      below: { value: 1000, unit: "cells/uL" },
      action: "interrupt",
      confirmByRepeat: true,
      restartAbove: { value: 1000, unit: "cells/uL" },
      restartWhen: "If persistent, interrupt until ANC is above 1,000 cells/µL, then resume.",
    },
    {
      id: "tofacitinib.treatment.hemoglobin",
      evidence: "label",
      sources: [modifications],
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
      sources: [modifications],
      test: "hemoglobin",
      fallOfMoreThan: { value: 2, unit: "g/dL" },
      action: "interrupt",
      confirmByRepeat: true,
      restartWhen: "Interrupt until haemoglobin has normalised; a fall of 2 g/dL or less with haemoglobin 9 g/dL or more needs no change.",
    },
  ],
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
  screeningRules: oralJakScreeningRules("tofacitinib", "tofacitinib", label, {
    action: "caution",
    advice: "Positive viral hepatitis screen: assess for active infection (with a hepatologist if needed) before starting.",
  }),
  advice: oralJakAdvice("tofacitinib", "Tofacitinib", label),
  routineMonitoring: { id: "tofacitinib.routine", evidence: "label", sources: [laboratoryMonitoring], items: ["liver", "lipids"] },
  zoster: oralJakZoster("tofacitinib", label),
} as const satisfies DrugRules;
