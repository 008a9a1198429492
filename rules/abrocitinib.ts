import { oralJakAdvice, oralJakBaselineScreening, oralJakPatientRules, oralJakScreeningRules, oralJakZoster, type OralJakLabelSections } from "./class/oral-jak";
import { cytopeniaInterruptions, cytopeniaStartLimits } from "./class/cytopenia-limits";
import type { DrugRules, SourceRef } from "./types";

// US PI sections cited: 2.1 (testing before initiation, start thresholds), 2.2 (dosage), 2.3 (renal and
// hepatic impairment, Table 1), the Dosage and Administration laboratory-monitoring table, 4
// (contraindications), 5.6 (laboratory abnormalities), 5.7 (immunizations). rules/README.md records which
// were read in the label text itself and which through the manufacturer's monitoring table.
const us = (section: string): SourceRef => ({ source: "cibinqo-us", section });
const eu = (section: string): SourceRef => ({ source: "cibinqo-eu", section });

const labMonitoringTable = us("2 Dosage and Administration, laboratory monitoring table; 5.6 Laboratory Abnormalities");

const label: OralJakLabelSections = {
  boxedWarning: us("Boxed Warning"),
  euRiskGroups: eu("4.4 Special warnings and precautions for use"),
  screeningBeforeStart: us("2.1 Recommended Testing, Evaluations, and Procedures Prior to Treatment Initiation"),
  pregnancy: us("8.1 Pregnancy; 8.3 Females and Males of Reproductive Potential"),
  vaccinations: us("2.1 Recommended Testing, Evaluations, and Procedures Prior to Treatment Initiation; 5.7 Immunizations"),
};

export const abrocitinib = {
  id: "abrocitinib",
  name: "abrocitinib",
  brand: "CIBINQO",
  route: "oral",
  mechanism: "JAK1 inhibitor",
  indications: [
    {
      id: "abrocitinib.indication.atopic-dermatitis",
      evidence: "label",
      sources: [us("1 Indications and Usage")],
      indication: "atopic-dermatitis",
      population: "Refractory moderate-to-severe atopic dermatitis, age 12 and over.",
      minimumAgeYears: 12,
    },
  ],
  doses: [
    { doseMg: 50, regimen: "50 mg once daily", indications: ["atopic-dermatitis"], use: "Moderate renal impairment, or CYP2C19 poor metabolizer (may go to 100 mg after 12 weeks)." },
    { doseMg: 100, regimen: "100 mg once daily", indications: ["atopic-dermatitis"], use: "Recommended starting dose." },
    { doseMg: 200, regimen: "200 mg once daily", indications: ["atopic-dermatitis"], use: "If 100 mg gives an inadequate response." },
  ],
  patientRules: [
    ...oralJakPatientRules("abrocitinib", "abrocitinib", label),
    {
      id: "abrocitinib.contraindication.antiplatelet",
      evidence: "label",
      sources: [us("4 Contraindications")],
      when: { antiplatelet: ["other"] },
      action: "do-not-start",
      advice: "Antiplatelet therapy other than low-dose aspirin (81 mg a day or less) is contraindicated during the first 3 months of abrocitinib.",
    },
    {
      id: "abrocitinib.dose.renal-moderate",
      evidence: "label",
      sources: [us("2.3 Recommended Dosage in Patients with Renal Impairment or Hepatic Impairment, Table 1")],
      region: "US",
      when: { allOf: [{ egfrAtLeast: 30 }, { egfrBelow: 60 }, { doseMgAbove: 50 }] },
      action: "reduce-dose",
      advice: "Moderate renal impairment (eGFR 30–59): the label's dose is 50 mg once daily.",
    },
    {
      id: "abrocitinib.not-recommended.renal-severe",
      evidence: "label",
      sources: [us("2.3 Recommended Dosage in Patients with Renal Impairment or Hepatic Impairment, Table 1")],
      region: "US",
      when: { egfrBelow: 30 },
      action: "do-not-start",
      advice: "Severe renal impairment (eGFR below 30): abrocitinib is not recommended.",
      disagreement: "The EU SmPC allows a 50 mg starting dose in severe renal impairment; this rule applies only under the US label.",
    },
    {
      id: "abrocitinib.dose.cyp2c19-poor-metabolizer",
      evidence: "label",
      sources: [us("2 Dosage and Administration (2.2–2.5), dosage in CYP2C19 poor metabolizers")],
      when: { allOf: [{ cyp2c19PoorMetabolizer: true }, { doseMgAbove: 50 }] },
      action: "reduce-dose",
      advice: "CYP2C19 poor metabolizer: the label's dose is 50 mg once daily (may go to 100 mg after 12 weeks if the response is inadequate).",
    },
    {
      id: "abrocitinib.not-recommended.hepatic-severe",
      evidence: "label",
      sources: [us("2.3 Recommended Dosage in Patients with Renal Impairment or Hepatic Impairment")],
      when: { hepaticImpairment: ["severe"] },
      action: "do-not-start",
      advice: "Severe hepatic impairment (Child-Pugh C): abrocitinib is not recommended.",
    },
  ],
  baselineTests: [
    {
      id: "abrocitinib.baseline.cbc",
      evidence: "label",
      sources: [label.screeningBeforeStart, labMonitoringTable],
      item: "cbc",
      why: "CBC with platelets and differential before the first dose: the start thresholds apply to it.",
    },
    {
      id: "abrocitinib.baseline.lipids",
      evidence: "label",
      sources: [labMonitoringTable],
      item: "lipids",
      why: "Lipid panel before the first dose, as a baseline for the week-4 check.",
    },
    ...oralJakBaselineScreening("abrocitinib", label),
  ],
  startThresholds: [
    { id: "abrocitinib.start.platelets", evidence: "label", sources: [label.screeningBeforeStart], test: "platelets", below: { value: 150000, unit: "cells/uL" } },
    ...cytopeniaStartLimits("abrocitinib", label.screeningBeforeStart, ["alc"]),
    {
      id: "abrocitinib.start.anc",
      evidence: "label",
      sources: [label.screeningBeforeStart],
      region: "US",
      test: "anc",
      below: { value: 1000, unit: "cells/uL" },
      disagreement: "The EU SmPC sets the starting limit higher: ANC below 1.2 ×10⁹/L.",
    },
    {
      id: "abrocitinib.start.hemoglobin",
      evidence: "label",
      sources: [label.screeningBeforeStart],
      region: "US",
      test: "hemoglobin",
      below: { value: 8, unit: "g/dL" },
      disagreement: "The EU SmPC sets the starting limit higher: haemoglobin below 10 g/dL.",
    },
    {
      id: "abrocitinib.start.anc-eu",
      evidence: "label",
      sources: [eu("4.2 Posology, laboratory monitoring table")],
      region: "EU",
      test: "anc",
      below: { value: 1.2, unit: "10^9/L" },
      disagreement: "The US label's starting limit is lower: ANC below 1,000 cells/µL.",
    },
    {
      id: "abrocitinib.start.hemoglobin-eu",
      evidence: "label",
      sources: [eu("4.2 Posology, laboratory monitoring table")],
      region: "EU",
      test: "hemoglobin",
      below: { value: 10, unit: "g/dL" },
      disagreement: "The US label's starting limit is lower: haemoglobin below 8 g/dL.",
    },
  ],
  treatmentThresholds: [
    {
      id: "abrocitinib.treatment.platelets",
      evidence: "label",
      sources: [labMonitoringTable],
      test: "platelets",
      below: { value: 50000, unit: "cells/uL" },
      action: "discontinue",
      restartWhen: "Do not restart; follow the CBC until platelets are above 100,000 cells/µL.",
    },
    ...cytopeniaInterruptions("abrocitinib", labMonitoringTable, ["alc", "anc", "hemoglobin"]),
  ],
  followUps: [
    {
      id: "abrocitinib.followup.cbc.week4",
      evidence: "label",
      sources: [labMonitoringTable],
      item: "cbc",
      anchor: "start",
      after: { weeks: 4 },
      why: "CBC with platelets and differential 4 weeks after starting.",
    },
    {
      id: "abrocitinib.followup.cbc.dose-increase",
      evidence: "label",
      sources: [labMonitoringTable],
      region: "US",
      item: "cbc",
      anchor: "dose-increase",
      after: { weeks: 4 },
      why: "CBC with platelets and differential 4 weeks after a dose increase.",
      disagreement: "Only the US label asks for this check; the EU SmPC table has no check after a dose increase. This plan follows the label region chosen.",
    },
    {
      id: "abrocitinib.followup.lipids.week4",
      evidence: "label",
      sources: [labMonitoringTable],
      item: "lipids",
      anchor: "start",
      after: { weeks: 4 },
      why: "Lipid panel 4 weeks after starting; then per hyperlipidaemia guidelines.",
      disagreement: "Lipid timing differs between JAK inhibitors: 4 weeks for abrocitinib, about 12 weeks for upadacitinib and baricitinib, 4–8 weeks for tofacitinib.",
    },
  ],
  screeningRules: oralJakScreeningRules("abrocitinib", "abrocitinib", label, {
    action: "caution",
    advice: "Positive viral hepatitis screen: assess for active infection (with a hepatologist if needed) before starting.",
  }),
  advice: oralJakAdvice("abrocitinib", "Abrocitinib", label),
  routineMonitoring: {
    id: "abrocitinib.routine",
    evidence: "label",
    sources: [labMonitoringTable],
    items: ["cbc", "lipids"],
  },
  zoster: oralJakZoster("abrocitinib", label),
} as const satisfies DrugRules;
