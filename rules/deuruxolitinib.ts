import { oralJakClassRules, type OralJakLabel } from "./class/oral-jak";
import { cytopeniaInterruptions, cytopeniaStartLimits } from "./class/cytopenia-limits";
import type { DrugRules, SourceRef } from "./types";

// The US PI was read through drug monographs that reproduce section 2; the follow-up timing
// of CBC and lipids (section 5, Laboratory Abnormalities) could not be confirmed and is left
// out (see rules/README.md), so the plan says so instead of inventing a date.
const us = (section: string): SourceRef => ({ source: "leqselvi-us", section });
const monographs = "drug monographs that reproduce section 2, not the label's own text";

const beforeStart: SourceRef = {
  ...us("2 Dosage and Administration, evaluations prior to initiation"),
  readIn: monographs,
};
const dosage: SourceRef = {
  ...us("2 Dosage and Administration, recommended dosage and dosage modifications"),
  readIn: monographs,
};

const label: OralJakLabel = {
  boxedWarning: us("Boxed Warning"),
  screeningBeforeStart: beforeStart,
  vaccinations: us("5 Warnings and Precautions, Vaccinations"),
  thrombosis: us("5 Warnings and Precautions, Thrombosis"),
  hepatitis: "assess",
  pregnancy: {
    usPregnancy: us("8.1 Pregnancy"),
    contraception: {
      sources: [us("8.1 Pregnancy; 8.3 Females and Males of Reproductive Potential")],
      advice: "Advise effective contraception during treatment (check the label for how long after the last dose).",
    },
    usBreastfeeding: {
      source: us("8.2 Lactation"),
      advice:
        "this rules version has not confirmed the US label's advice on breastfeeding (section 8.2): check the label before starting.",
    },
    fetalHarmAdvice: "the label warns that deuruxolitinib may cause fetal harm. Discuss the risk before starting.",
  },
};

const classRules = oralJakClassRules("deuruxolitinib", "deuruxolitinib", label);

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
      region: "US",
      indication: "alopecia-areata",
      population: "Severe alopecia areata, adults (approved in the US only).",
      minimumAgeYears: 18,
      disagreement: "Deuruxolitinib has no EU marketing authorisation: under the EU it is off-label.",
    },
  ],
  doses: [
    {
      id: "deuruxolitinib.dose.16mg",
      evidence: "label",
      sources: [dosage],
      doseMg: 16,
      regimen: "8 mg twice daily",
      indications: ["alopecia-areata"],
      use: "Recommended dose (16 mg a day).",
      startingFor: ["alopecia-areata"],
    },
  ],
  patientRules: [
    ...classRules.patientRules,
    {
      id: "deuruxolitinib.contraindication.cyp2c9-poor-metabolizer",
      evidence: "label",
      sources: [beforeStart],
      when: { cyp2c9PoorMetabolizer: true },
      action: "do-not-start",
      advice: "CYP2C9 poor metabolizer: do not use deuruxolitinib (the genotype is needed before starting).",
    },
    {
      id: "deuruxolitinib.contraindication.cyp2c9-inhibitor",
      evidence: "label",
      sources: [
        {
          ...us("4 Contraindications; 7 Drug Interactions"),
          readIn: "a clinical summary of the label; section 4's own text, and its list of inhibitors, not yet read",
        },
      ],
      when: { interactingMedicine: ["moderate-or-strong-cyp2c9-inhibitor", "cyp2c19-and-cyp2c9-inhibitor"] },
      action: "do-not-start",
      advice:
        "A moderate or strong CYP2C9 inhibitor (e.g. fluconazole, amiodarone): contraindicated with deuruxolitinib, which it raises to unsafe exposure. Check the label's list of inhibitors against the patient's medicines.",
      onTreatment:
        "A moderate or strong CYP2C9 inhibitor (e.g. fluconazole, amiodarone): contraindicated with deuruxolitinib; the two must not be taken together. Stop deuruxolitinib unless the inhibitor's prescriber stops or changes it.",
      onTreatmentAction: "discontinue",
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
    {
      id: "deuruxolitinib.baseline.cbc",
      evidence: "label",
      sources: [beforeStart],
      item: "cbc",
      why: "CBC with differential before the first dose: the start thresholds apply to it.",
    },
    ...classRules.baselineTests,
  ],
  startThresholds: cytopeniaStartLimits("deuruxolitinib", dosage, ["alc", "anc", "hemoglobin"]),
  treatmentThresholds: cytopeniaInterruptions("deuruxolitinib", dosage, ["alc", "anc", "hemoglobin"], "at-least"),
  followUps: [],
  screeningRules: classRules.screeningRules,
  advice: [
    ...classRules.advice,
    {
      id: "deuruxolitinib.info.follow-up-timing-unconfirmed",
      evidence: "label",
      sources: [us("5 Warnings and Precautions, Laboratory Abnormalities")],
      action: "info",
      advice:
        "This rules version schedules no dated follow-up labs for deuruxolitinib: the label's timing for repeat CBC and lipids could not be confirmed. Check the current label before planning them.",
    },
  ],
  zoster: classRules.zoster,
} as const satisfies DrugRules;
