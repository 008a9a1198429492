import { oralJakAdvice, oralJakBaselineScreening, oralJakPatientRules, oralJakScreeningRules, oralJakZoster, type OralJakLabelSections } from "./class/oral-jak";
import { cytopeniaInterruptions, cytopeniaStartLimits } from "./class/cytopenia-limits";
import type { DrugRules, SourceRef } from "./types";

// The US PI was read through drug monographs that reproduce section 2; the follow-up timing
// of CBC and lipids (section 5, Laboratory Abnormalities) could not be confirmed and is left
// out (see rules/README.md), so the plan says so instead of inventing a date.
const us = (section: string): SourceRef => ({ source: "leqselvi-us", section });

const beforeStart = us("2 Dosage and Administration, evaluations prior to initiation");
const dosage = us("2 Dosage and Administration, recommended dosage and dosage modifications");

const label: OralJakLabelSections = {
  boxedWarning: us("Boxed Warning"),
  screeningBeforeStart: beforeStart,
  pregnancy: us("8.1 Pregnancy"),
  vaccinations: us("5 Warnings and Precautions, Vaccinations"),
};

export const deuruxolitinib = {
  id: "deuruxolitinib",
  name: "deuruxolitinib",
  brand: "LEQSELVI",
  route: "oral",
  mechanism: "JAK1/JAK2 inhibitor",
  indications: [
    {
      id: "deuruxolitinib.indication.alopecia-areata",
      evidence: "label",
      sources: [us("1 Indications and Usage")],
      indication: "alopecia-areata",
      population: "Severe alopecia areata, adults.",
      minimumAgeYears: 18,
    },
  ],
  doses: [{ doseMg: 16, regimen: "8 mg twice daily", indications: ["alopecia-areata"], use: "Recommended dose (16 mg a day)." }],
  patientRules: [
    ...oralJakPatientRules("deuruxolitinib", "deuruxolitinib", label),
    {
      id: "deuruxolitinib.missing.cyp2c9-genotype",
      evidence: "label",
      sources: [beforeStart],
      when: { cyp2c9Unknown: true },
      action: "missing",
      advice: "CYP2C9 genotype is needed before starting deuruxolitinib: it must not be used in CYP2C9 poor metabolizers.",
    },
    {
      id: "deuruxolitinib.contraindication.cyp2c9-poor-metabolizer",
      evidence: "label",
      sources: [beforeStart],
      when: { cyp2c9PoorMetabolizer: true },
      action: "do-not-start",
      advice: "CYP2C9 poor metabolizer: do not use deuruxolitinib.",
    },
    {
      id: "deuruxolitinib.not-recommended.renal-severe",
      evidence: "label",
      sources: [dosage],
      when: { egfrBelow: 30 },
      action: "do-not-start",
      advice: "Severe renal impairment or end-stage renal disease (eGFR below 30): deuruxolitinib is not recommended.",
    },
    {
      id: "deuruxolitinib.not-recommended.hepatic-severe",
      evidence: "label",
      sources: [dosage],
      when: { hepaticImpairment: ["severe"] },
      action: "do-not-start",
      advice: "Severe hepatic impairment (Child-Pugh C): deuruxolitinib is not recommended.",
    },
  ],
  baselineTests: [
    { id: "deuruxolitinib.baseline.cbc", evidence: "label", sources: [beforeStart], item: "cbc", why: "CBC with differential before the first dose: the start thresholds apply to it." },
    ...oralJakBaselineScreening("deuruxolitinib", label),
  ],
  startThresholds: cytopeniaStartLimits("deuruxolitinib", dosage, ["alc", "anc", "hemoglobin"]),
  treatmentThresholds: cytopeniaInterruptions("deuruxolitinib", dosage, ["alc", "anc", "hemoglobin"]),
  followUps: [],
  screeningRules: oralJakScreeningRules("deuruxolitinib", "deuruxolitinib", label, {
    action: "caution",
    advice: "Positive viral hepatitis screen: assess for active infection (with a hepatologist if needed) before starting.",
  }),
  advice: [
    ...oralJakAdvice("deuruxolitinib", "Deuruxolitinib", label),
    {
      id: "deuruxolitinib.info.follow-up-timing-unconfirmed",
      evidence: "label",
      sources: [us("5 Warnings and Precautions, Laboratory Abnormalities")],
      action: "info",
      advice: "This rules version schedules no dated follow-up labs for deuruxolitinib: the label's timing for repeat CBC and lipids could not be confirmed. Check the current label before planning them.",
    },
  ],
  zoster: oralJakZoster("deuruxolitinib", label),
} as const satisfies DrugRules;
