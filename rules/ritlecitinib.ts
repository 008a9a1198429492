import { oralJakAdvice, oralJakBaselineScreening, oralJakPatientRules, oralJakScreeningRules, oralJakZoster, type OralJakLabelSections } from "./class/oral-jak";
import { cytopeniaInterruptions, cytopeniaStartLimits } from "./class/cytopenia-limits";
import type { DrugRules, SourceRef } from "./types";

const us = (section: string): SourceRef => ({ source: "litfulo-us", section });

const beforeStart = us("2.1 Recommended Evaluations and Immunizations Prior to Treatment Initiation");
const monitoringTable = us("2.4 Treatment Interruption or Discontinuation, Table 1 Laboratory Monitoring; 5.7 Laboratory Abnormalities");

const label: OralJakLabelSections = {
  boxedWarning: us("Boxed Warning"),
  euRiskGroups: { source: "litfulo-eu", section: "4.4 Special warnings and precautions for use" },
  screeningBeforeStart: beforeStart,
  pregnancy: us("8.1 Pregnancy"),
  vaccinations: us("2.1 Recommended Evaluations and Immunizations Prior to Treatment Initiation; 5.8 Vaccinations"),
};

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
  doses: [{ doseMg: 50, regimen: "50 mg once daily", indications: ["alopecia-areata"], use: "Recommended dose." }],
  patientRules: [
    ...oralJakPatientRules("ritlecitinib", "ritlecitinib", label),
    {
      id: "ritlecitinib.not-recommended.hepatic-severe",
      evidence: "label",
      sources: [us("2.3 Patients with Severe Hepatic Impairment")],
      when: { hepaticImpairment: ["severe"] },
      action: "do-not-start",
      advice: "Severe hepatic impairment (Child-Pugh C): ritlecitinib is not recommended.",
    },
  ],
  baselineTests: [
    { id: "ritlecitinib.baseline.cbc", evidence: "label", sources: [beforeStart, monitoringTable], item: "cbc", why: "ALC and platelet count before the first dose: the start thresholds apply to them." },
    ...oralJakBaselineScreening("ritlecitinib", label),
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
    ...cytopeniaInterruptions("ritlecitinib", monitoringTable, ["alc"]),
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
  screeningRules: oralJakScreeningRules("ritlecitinib", "ritlecitinib", label, {
    action: "do-not-start",
    advice: "Positive viral hepatitis screen: the label says not to start ritlecitinib in hepatitis B or C infection.",
  }),
  advice: [
    ...oralJakAdvice("ritlecitinib", "Ritlecitinib", label),
    {
      id: "ritlecitinib.info.short-interruptions",
      evidence: "label",
      sources: [us("2.4 Treatment Interruption or Discontinuation")],
      action: "info",
      advice: "An interruption of less than 6 weeks is not expected to lose regrown hair.",
    },
  ],
  routineMonitoring: { id: "ritlecitinib.routine", evidence: "label", sources: [monitoringTable], items: ["cbc"] },
  zoster: oralJakZoster("ritlecitinib", label),
} as const satisfies DrugRules;
