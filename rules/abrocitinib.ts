import { euHigherRiskOfVteMaceOrMalignancy, oralJakClassRules, type OralJakLabel } from "./class/oral-jak";
import { cytopeniaInterruptions, cytopeniaStartLimits } from "./class/cytopenia-limits";
import type { DrugRules, SourceRef } from "./types";

// US PI sections cited: 2.1 (testing before initiation, start thresholds), 2.2 (dosage), 2.3 (renal and
// hepatic impairment, Table 1), 2.4 (CYP2C19 poor metabolizers), 2.5 and 7.1 Table 4 (interacting
// medicines), the Dosage and Administration laboratory-monitoring table, 4 (contraindications), 5.1
// (serious infections, TB), 5.6 (laboratory abnormalities), 5.7 (immunizations), 8.1–8.3. EU SmPC 4.2
// (posology, laboratory table), 4.3 (contraindications), 4.4. rules/README.md records which were read in
// the label text itself and which through a copy.
const us = (section: string): SourceRef => ({ source: "cibinqo-us", section });
const eu = (section: string): SourceRef => ({ source: "cibinqo-eu", section });

const labMonitoringTable = us("2 Dosage and Administration, laboratory monitoring table; 5.6 Laboratory Abnormalities");
const euLabTable = eu("4.2 Posology, Table 1 Laboratory measures and monitoring guidance");
const renal = us("2.3 Recommended Dosage in Patients with Renal Impairment or Hepatic Impairment, Table 1");
// Read in the manufacturer's Norwegian pages of the SmPC, not the SmPC's own text (rules/README.md).
const manufacturersEuPages = "the manufacturer's Norwegian pages for health professionals, not the SmPC's own text";
const euRenal: SourceRef = { ...eu("4.2 Posology, renal impairment"), readIn: manufacturersEuPages };
const interactions = us(
  "2.5 Dosage Modifications due to Drug Interactions; 7.1 Effects of Other Drugs on CIBINQO, Table 4",
);

const label: OralJakLabel = {
  boxedWarning: us("Boxed Warning"),
  euRiskGroups: eu("4.4 Special warnings and precautions for use"),
  screeningBeforeStart: us("2.1 Recommended Testing, Evaluations, and Procedures Prior to Treatment Initiation"),
  vaccinations: us(
    "2.1 Recommended Testing, Evaluations, and Procedures Prior to Treatment Initiation; 5.7 Immunizations",
  ),
  thrombosis: us("5 Warnings and Precautions, Thrombosis"),
  seriousInfectionStop: {
    usDiscontinue: us("5.1 Serious Infections"),
    euConsiderInterrupting: {
      ...eu("4.2 Posology, dose interruption"),
      readIn: "a prescribing reference's copy of the SmPC text (MIMS), not the SmPC itself",
    },
  },
  hepatitis: "active",
  tbRetesting: {
    source: us("5.1 Serious Infections, tuberculosis"),
    advice: "The US label suggests yearly TB screening for patients in highly endemic areas.",
  },
  pregnancy: {
    usPregnancy: us("8.1 Pregnancy"),
    contraception: {
      sources: [us("8.1 Pregnancy; 8.3 Females and Males of Reproductive Potential")],
      advice:
        "Advise effective contraception during treatment, as the label asks (check the label for how long after the last dose).",
    },
    usBreastfeeding: {
      source: us("8.2 Lactation"),
      advice:
        "the US label advises on breastfeeding during treatment and after the last dose (section 8.2); this rules version has not confirmed its window, so check the label before starting.",
    },
    euPregnancyContraindication: eu("4.3 Contraindications"),
    euBreastfeeding: {
      source: eu("4.3 Contraindications"),
      contraindicated: true,
      advice: "the EU SmPC contraindicates abrocitinib.",
    },
    fetalHarmAdvice:
      "the label warns that abrocitinib may cause fetal harm. Discuss the risk before starting (a pregnancy exposure registry is named in 8.1).",
  },
};

const classRules = oralJakClassRules("abrocitinib", "abrocitinib", label);

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
    {
      id: "abrocitinib.dose.50mg",
      evidence: "label",
      sources: [renal, us("2.4 Recommended Dosage in CYP2C19 Poor Metabolizers"), interactions],
      doseMg: 50,
      regimen: "50 mg once daily",
      indications: ["atopic-dermatitis"],
      use: "Moderate renal impairment, CYP2C19 poor metabolizer, or a strong CYP2C19 inhibitor with 100 mg.",
    },
    {
      id: "abrocitinib.dose.100mg",
      evidence: "label",
      sources: [us("2.2 Recommended Dosage")],
      doseMg: 100,
      regimen: "100 mg once daily",
      indications: ["atopic-dermatitis"],
      use: "Recommended starting dose.",
      startingFor: ["atopic-dermatitis"],
    },
    {
      id: "abrocitinib.dose.200mg",
      evidence: "label",
      sources: [us("2.2 Recommended Dosage")],
      doseMg: 200,
      regimen: "200 mg once daily",
      indications: ["atopic-dermatitis"],
      use: "If 100 mg gives an inadequate response.",
    },
  ],
  patientRules: [
    ...classRules.patientRules,
    {
      id: "abrocitinib.contraindication.antiplatelet",
      evidence: "label",
      sources: [us("4 Contraindications")],
      region: "US",
      when: { allOf: [{ antiplatelet: ["other"] }, { monthsOnTreatmentBelow: 3 }] },
      action: "do-not-start",
      advice:
        "Antiplatelet therapy other than low-dose aspirin (81 mg a day or less) is contraindicated during the first 3 months of abrocitinib.",
      // Taken together within the 3 months, the contraindication is already broken: one of the two stops now.
      onTreatment:
        "Antiplatelet therapy other than low-dose aspirin (81 mg a day or less) is contraindicated during the first 3 months of abrocitinib, and this patient is within them: the two must not be taken together. Stop abrocitinib unless the antiplatelet's prescriber stops or changes it.",
      onTreatmentAction: "discontinue",
      disagreement: "The EU SmPC lists no antiplatelet contraindication.",
    },
    {
      id: "abrocitinib.caution.antiplatelet-after-3-months",
      evidence: "label",
      sources: [us("4 Contraindications")],
      region: "US",
      when: { allOf: [{ antiplatelet: ["other"] }, { monthsOnTreatmentAtLeast: 3 }] },
      action: "caution",
      advice:
        "Antiplatelet therapy other than low-dose aspirin: the label's contraindication covers the first 3 months of abrocitinib only; after them, watch for bleeding and low platelets.",
    },
    {
      id: "abrocitinib.not-recommended.renal-severe",
      evidence: "label",
      sources: [renal],
      region: "US",
      when: { egfrBelow: 30 },
      action: "do-not-start",
      advice: "Severe renal impairment (eGFR below 30): abrocitinib is not recommended.",
      disagreement:
        "The EU SmPC allows a 50 mg starting dose in severe renal impairment (at most 100 mg a day); this rule applies only under the US label.",
    },
    {
      id: "abrocitinib.not-recommended.hepatic-severe",
      evidence: "label",
      sources: [
        us("2.3 Recommended Dosage in Patients with Renal Impairment or Hepatic Impairment"),
        eu("4.3 Contraindications"),
      ],
      when: { hepaticImpairment: ["severe"] },
      action: "do-not-start",
      advice:
        "Severe hepatic impairment (Child-Pugh C): abrocitinib is not recommended (US label) and contraindicated (EU SmPC).",
    },
    {
      id: "abrocitinib.avoid.cyp2c19-and-cyp2c9-inhibitor",
      evidence: "label",
      sources: [us("7.1 Effects of Other Drugs on CIBINQO, Table 4")],
      region: "US",
      when: { interactingMedicine: ["cyp2c19-and-cyp2c9-inhibitor"] },
      action: "caution",
      advice:
        "A moderate or strong inhibitor of both CYP2C19 and CYP2C9 (e.g. fluconazole): the label says to avoid it with abrocitinib (it raises abrocitinib exposure).",
    },
    {
      // The combined class counts as a strong CYP2C19 inhibitor (the dose step), but its example is
      // fluconazole, which this rule's neighbour tells to avoid: the reduced dose is not a go-ahead.
      id: "abrocitinib.avoid.fluconazole-class",
      evidence: "label",
      sources: [us("7.1 Effects of Other Drugs on CIBINQO, Table 4")],
      region: "US",
      when: { interactingMedicine: ["moderate-cyp3a4-and-strong-cyp2c19-inhibitor"] },
      action: "caution",
      advice:
        "A moderate CYP3A4 inhibitor taken with a strong CYP2C19 inhibitor: if it is fluconazole, which also inhibits CYP2C9, the label says to avoid it with abrocitinib (an inhibitor of both CYP2C19 and CYP2C9), not only to lower the dose.",
    },
    {
      id: "abrocitinib.avoid.cyp2c19-or-cyp2c9-inducer",
      evidence: "label",
      sources: [us("7.1 Effects of Other Drugs on CIBINQO, Table 4")],
      region: "US",
      when: { interactingMedicine: ["strong-cyp2c19-or-cyp2c9-inducer"] },
      action: "caution",
      advice:
        "A strong CYP2C19 or CYP2C9 inducer (e.g. rifampicin): the label says to avoid it with abrocitinib (it lowers abrocitinib exposure).",
    },
    {
      id: "abrocitinib.caution.adolescent-eu",
      evidence: "label",
      sources: [eu("4.1 Therapeutic indications; 4.2 Posology, paediatric population")],
      region: "EU",
      when: { ageBelow: 18 },
      action: "caution",
      advice:
        "Adolescent under the EU SmPC: the copies of the SmPC this rules version read disagree on whether adolescents are included and on their starting dose. Check the current SmPC (4.1, 4.2) before planning.",
    },
  ],
  doseAdjustments: [
    {
      id: "abrocitinib.dose.renal-moderate",
      evidence: "label",
      sources: [renal],
      region: "US",
      when: { allOf: [{ egfrAtLeast: 30 }, { egfrBelow: 60 }] },
      maxDoseMg: 50,
      mayIncrease: { afterWeeks: 12, toMaxDoseMg: 100 },
      advice:
        "Moderate renal impairment (eGFR 30–59): the US label's dose is 50 mg once daily, which may be raised to 100 mg after 12 weeks if the response is inadequate.",
      disagreement: "The EU SmPC halves the usual dose instead (200 → 100 mg, 100 → 50 mg).",
    },
    {
      id: "abrocitinib.dose.cyp2c19-poor-metabolizer",
      evidence: "label",
      sources: [us("2.4 Recommended Dosage in CYP2C19 Poor Metabolizers")],
      region: "US",
      when: { cyp2c19PoorMetabolizer: true },
      maxDoseMg: 50,
      mayIncrease: { afterWeeks: 12, toMaxDoseMg: 100 },
      advice:
        "CYP2C19 poor metabolizer: the label's dose is 50 mg once daily, which may be raised to 100 mg after 12 weeks if the response is inadequate.",
    },
    {
      id: "abrocitinib.dose.strong-cyp2c19-inhibitor",
      evidence: "label",
      sources: [interactions],
      region: "US",
      when: { interactingMedicine: ["strong-cyp2c19-inhibitor"] },
      maxDoseMg: 100,
      adjusted: [
        { usualMg: 100, adjustedMg: 50 },
        { usualMg: 200, adjustedMg: 100 },
      ],
      advice:
        "With a strong CYP2C19 inhibitor (e.g. fluvoxamine, fluoxetine, ticlopidine) the label lowers the dose: 100 mg → 50 mg, 200 mg → 100 mg once daily.",
    },
    {
      id: "abrocitinib.dose.renal-moderate-eu",
      evidence: "label",
      sources: [euRenal],
      region: "EU",
      when: { allOf: [{ egfrAtLeast: 30 }, { egfrBelow: 60 }] },
      maxDoseMg: 100,
      adjusted: [
        { usualMg: 200, adjustedMg: 100 },
        { usualMg: 100, adjustedMg: 50 },
      ],
      advice:
        "Moderate renal impairment (eGFR 30 to below 60): the EU SmPC halves the dose (200 → 100 mg, 100 → 50 mg once daily).",
      disagreement: "The US label gives 50 mg once daily (100 mg after 12 weeks if needed).",
    },
    {
      id: "abrocitinib.dose.renal-severe-eu-start",
      evidence: "label",
      sources: [euRenal],
      region: "EU",
      when: { egfrBelow: 30 },
      maxDoseMg: 50,
      startingDoseOnly: true,
      advice: "Severe renal impairment (eGFR below 30): the EU SmPC's starting dose is 50 mg once daily.",
      disagreement: "The US label does not recommend abrocitinib below eGFR 30.",
    },
    {
      id: "abrocitinib.dose.renal-severe-eu-maximum",
      evidence: "label",
      sources: [euRenal],
      region: "EU",
      when: { egfrBelow: 30 },
      maxDoseMg: 100,
      advice: "Severe renal impairment (eGFR below 30): the EU SmPC's maximum is 100 mg once daily.",
    },
    {
      id: "abrocitinib.dose.age-65-eu",
      evidence: "label",
      sources: [{ ...eu("4.2 Posology, elderly"), readIn: manufacturersEuPages }],
      region: "EU",
      when: { ageAtLeast: 65 },
      maxDoseMg: 100,
      startingDoseOnly: true,
      advice:
        "Age 65 or over: the EU SmPC's starting dose is 100 mg once daily; it may be raised to 200 mg once daily if the response is inadequate.",
    },
    {
      id: "abrocitinib.dose.higher-risk-eu",
      evidence: "label",
      sources: [
        { ...eu("4.2 Posology"), readIn: manufacturersEuPages },
        eu("4.4 Special warnings and precautions for use"),
      ],
      region: "EU",
      when: euHigherRiskOfVteMaceOrMalignancy,
      maxDoseMg: 100,
      startingDoseOnly: true,
      advice:
        "Higher risk of VTE, MACE or malignancy (a cardiovascular, malignancy or VTE risk factor, or a current or past smoker: the SmPC names long-time smokers, and this planner counts every past smoker): the EU SmPC's starting dose is 100 mg once daily; it may be raised to 200 mg once daily if the response is inadequate.",
      disagreement: "The US label's starting dose is 100 mg for every patient, whatever the risk group.",
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
    ...classRules.baselineTests,
  ],
  startThresholds: [
    {
      id: "abrocitinib.start.platelets",
      evidence: "label",
      sources: [label.screeningBeforeStart],
      test: "platelets",
      below: { value: 150000, unit: "cells/uL" },
    },
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
      sources: [euLabTable],
      region: "EU",
      test: "anc",
      below: { value: 1.2, unit: "10^9/L" },
      disagreement: "The US label's starting limit is lower: ANC below 1,000 cells/µL.",
    },
    {
      id: "abrocitinib.start.hemoglobin-eu",
      evidence: "label",
      sources: [euLabTable],
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
      sources: [labMonitoringTable, euLabTable],
      test: "platelets",
      below: { value: 50000, unit: "cells/uL" },
      action: "discontinue",
      restartWhen: "Do not restart; follow the CBC until platelets are above 100,000 cells/µL.",
      followUntilAbove: { value: 100000, unit: "cells/uL" },
    },
    ...cytopeniaInterruptions("abrocitinib", labMonitoringTable, ["alc", "anc", "hemoglobin"], "above"),
    {
      id: "abrocitinib.treatment.alc-confirmed-eu",
      evidence: "label",
      sources: [euLabTable],
      region: "EU",
      test: "alc",
      below: { value: 0.5, unit: "10^9/L" },
      action: "discontinue",
      confirmByRepeat: true,
      restartWhen: "Do not restart.",
      disagreement:
        "The US label interrupts at ALC below 500 cells/µL and restarts above it; it does not discontinue on a confirmed result.",
    },
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
      disagreement:
        "Only the US label asks for this check; the EU SmPC table has no check after a dose increase. This plan follows the label region chosen.",
    },
    {
      id: "abrocitinib.followup.lipids.week4",
      evidence: "label",
      sources: [labMonitoringTable],
      item: "lipids",
      anchor: "start",
      after: { weeks: 4 },
      why: "Lipid panel 4 weeks after starting; then per hyperlipidaemia guidelines.",
      disagreement:
        "Lipid timing differs between JAK inhibitors: 4 weeks for abrocitinib, about 12 weeks for upadacitinib and baricitinib, 4–8 weeks for tofacitinib.",
    },
  ],
  screeningRules: classRules.screeningRules,
  advice: classRules.advice,
  routineMonitoring: {
    id: "abrocitinib.routine",
    evidence: "label",
    sources: [labMonitoringTable],
    items: ["cbc", "lipids"],
  },
  zoster: classRules.zoster,
} as const satisfies DrugRules;
