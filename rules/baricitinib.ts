import { oralJakAdvice, oralJakBaselineScreening, oralJakPatientRules, oralJakScreeningRules, oralJakZoster, type OralJakLabelSections } from "./class/oral-jak";
import { cytopeniaInterruptions, cytopeniaStartLimits } from "./class/cytopenia-limits";
import type { DrugRules, SourceRef } from "./types";

const us = (section: string): SourceRef => ({ source: "olumiant-us", section });
const eu = (section: string): SourceRef => ({ source: "olumiant-eu", section });

const beforeStart = us("2 Dosage and Administration, evaluations prior to treatment initiation");
const cytopenias = us("2 Dosage and Administration, dosage modifications in renal or hepatic impairment, or cytopenias");
const laboratoryAbnormalities = us("5 Warnings and Precautions, Laboratory Abnormalities");

const label: OralJakLabelSections = {
  boxedWarning: us("Boxed Warning"),
  euRiskGroups: eu("4.4 Special warnings and precautions for use"),
  screeningBeforeStart: beforeStart,
  pregnancy: us("8.1 Pregnancy"),
  vaccinations: us("5 Warnings and Precautions, Vaccinations"),
};

export const baricitinib = {
  id: "baricitinib",
  name: "baricitinib",
  brand: "OLUMIANT",
  route: "oral",
  mechanism: "JAK1/JAK2 inhibitor",
  indications: [
    {
      id: "baricitinib.indication.alopecia-areata",
      evidence: "label",
      sources: [us("1 Indications and Usage")],
      indication: "alopecia-areata",
      population: "Severe alopecia areata, adults.",
      minimumAgeYears: 18,
    },
    {
      id: "baricitinib.indication.atopic-dermatitis",
      evidence: "label",
      sources: [eu("4.1 Therapeutic indications")],
      region: "EU",
      indication: "atopic-dermatitis",
      population: "Moderate-to-severe atopic dermatitis in adults who are candidates for systemic therapy (EU only).",
      minimumAgeYears: 18,
      disagreement: "Approved for atopic dermatitis in the EU, not in the US.",
    },
  ],
  doses: [
    { doseMg: 2, regimen: "2 mg once daily", indications: ["alopecia-areata", "atopic-dermatitis"], use: "Alopecia areata starting dose; EU atopic dermatitis at 65 or over or with higher VTE, MACE or malignancy risk, or chronic or recurrent infections." },
    { doseMg: 4, regimen: "4 mg once daily", indications: ["alopecia-areata", "atopic-dermatitis"], use: "Alopecia areata with an inadequate response or near-complete or complete scalp hair loss; EU atopic dermatitis dose." },
  ],
  patientRules: [
    ...oralJakPatientRules("baricitinib", "baricitinib", label),
    {
      id: "baricitinib.caution.renal",
      evidence: "label",
      sources: [cytopenias],
      region: "US",
      when: { egfrBelow: 60 },
      action: "caution",
      advice: "eGFR below 60: the label lowers the dose for eGFR 30–59 and limits use below 30. Check the label's renal dosage table before choosing the dose.",
    },
    {
      id: "baricitinib.caution.renal-eu",
      evidence: "label",
      sources: [eu("4.2 Posology, renal impairment")],
      region: "EU",
      when: { egfrBelow: 60 },
      action: "caution",
      advice: "Reduced renal function: the EU SmPC gives 2 mg once daily for creatinine clearance 30–60 mL/min and does not recommend baricitinib below 30. It uses creatinine clearance, not eGFR: calculate it before choosing the dose.",
    },
    {
      id: "baricitinib.dose.age-65-eu",
      evidence: "label",
      sources: [eu("4.2 Posology, atopic dermatitis")],
      region: "EU",
      when: { allOf: [{ indication: ["atopic-dermatitis"] }, { ageAtLeast: 65 }, { doseMgAbove: 2 }] },
      action: "reduce-dose",
      advice: "Atopic dermatitis at age 65 or over: the EU SmPC recommends 2 mg once daily.",
    },
  ],
  baselineTests: [
    { id: "baricitinib.baseline.cbc", evidence: "label", sources: [beforeStart], item: "cbc", why: "CBC with differential before the first dose: the start thresholds apply to it." },
    { id: "baricitinib.baseline.liver", evidence: "label", sources: [beforeStart], item: "liver", why: "Liver function before the first dose." },
    { id: "baricitinib.baseline.renal", evidence: "label", sources: [beforeStart], item: "renal", why: "Renal function before the first dose: the dose depends on it." },
    ...oralJakBaselineScreening("baricitinib", label),
  ],
  startThresholds: cytopeniaStartLimits("baricitinib", cytopenias, ["alc", "anc", "hemoglobin"]),
  treatmentThresholds: cytopeniaInterruptions("baricitinib", cytopenias, ["alc", "anc", "hemoglobin"]),
  followUps: [
    {
      id: "baricitinib.followup.lipids.week12",
      evidence: "label",
      sources: [laboratoryAbnormalities, eu("4.4 Special warnings and precautions for use, lipids")],
      item: "lipids",
      anchor: "start",
      after: { weeks: 12 },
      why: "Lipid panel about 12 weeks after starting — the only dated follow-up lab in the US label.",
      disagreement: "Lipid timing differs between JAK inhibitors: about 12 weeks for baricitinib and upadacitinib, 4 weeks for abrocitinib, 4–8 weeks for tofacitinib.",
    },
  ],
  screeningRules: oralJakScreeningRules("baricitinib", "baricitinib", label, {
    action: "caution",
    advice: "Positive viral hepatitis screen: assess for active infection (with a hepatologist if needed) before starting.",
  }),
  advice: oralJakAdvice("baricitinib", "Baricitinib", label),
  routineMonitoring: { id: "baricitinib.routine", evidence: "label", sources: [laboratoryAbnormalities], items: ["cbc", "lipids"] },
  zoster: oralJakZoster("baricitinib", label),
} as const satisfies DrugRules;
