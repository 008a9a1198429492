import { euHigherRiskOfVteMaceOrMalignancy, oralJakClassRules, type OralJakLabel } from "./class/oral-jak";
import { cytopeniaInterruptions, cytopeniaStartLimits } from "./class/cytopenia-limits";
import { liverInjuryRule } from "./class/liver-injury";
import type { DrugRules, SourceRef } from "./types";

// US PI: start limits and the dose modifications for renal or hepatic impairment and cytopenias in
// section 2 (2.5 in the copies read; the 2026 revision may have renumbered), 5.5 Thrombosis, 5
// Laboratory Abnormalities, 8.1–8.3. EU SmPC 4.2 (renal by creatinine clearance, OAT3 inhibitors, age 65
// or over), 4.3, 4.4, 4.6. The US alopecia areata renal and probenecid steps could not be read: the plan
// asks the clinician to check them rather than inventing doses (rules/README.md).
const us = (section: string): SourceRef => ({ source: "olumiant-us", section });
const eu = (section: string): SourceRef => ({ source: "olumiant-eu", section });

const beforeStart = us("2 Dosage and Administration, evaluations prior to treatment initiation");
const modifications = us(
  "2 Dosage and Administration, dosage modifications in patients with renal or hepatic impairment, or cytopenias",
);
const laboratoryAbnormalities = us("5 Warnings and Precautions, Laboratory Abnormalities");
const euPosology = (part: string) => eu(`4.2 Posology, ${part}`);
// The SmPC's 2 mg for a risk group is where to start, not a ceiling (the 2023 referral's wording),
// read in a national copy of the current text for rheumatoid arthritis and atopic dermatitis.
const postReferralCopy =
  "a national copy of the post-2023 text for rheumatoid arthritis and atopic dermatitis, not the SmPC itself";
const fourMgIfNotControlled =
  "4 mg once daily may be considered if disease activity is not adequately controlled on 2 mg.";

const label: OralJakLabel = {
  boxedWarning: us("Boxed Warning"),
  euRiskGroups: eu("4.4 Special warnings and precautions for use"),
  screeningBeforeStart: beforeStart,
  vaccinations: us("5 Warnings and Precautions, Vaccinations"),
  thrombosis: us("5.5 Thrombosis"),
  hepatitis: "assess",
  pregnancy: {
    usPregnancy: us("8.1 Pregnancy"),
    contraception: {
      sources: [us("8.1 Pregnancy"), eu("4.6 Fertility, pregnancy and lactation")],
      advice:
        "Advise effective contraception during treatment and, under the EU SmPC, for at least 1 week after the last dose.",
    },
    usBreastfeeding: {
      source: us("8.2 Lactation"),
      advice:
        "the US label advises on breastfeeding during treatment and after the last dose (section 8.2); this rules version has not confirmed its window, so check the label before starting.",
    },
    euPregnancyContraindication: eu("4.3 Contraindications"),
    euBreastfeeding: {
      source: eu("4.6 Fertility, pregnancy and lactation"),
      contraindicated: false,
      advice:
        "the EU SmPC says baricitinib must not be used during breastfeeding: decide between stopping breastfeeding and not giving baricitinib.",
    },
    fetalHarmAdvice: "the label warns that baricitinib may cause fetal harm. Discuss the risk before starting.",
  },
};

const classRules = oralJakClassRules("baricitinib", "baricitinib", label);

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
      sources: [us("1 Indications and Usage"), eu("4.1 Therapeutic indications")],
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
    {
      id: "baricitinib.dose.2mg",
      evidence: "label",
      sources: [us("2 Dosage and Administration, recommended dosage in alopecia areata"), eu("4.2 Posology")],
      doseMg: 2,
      regimen: "2 mg once daily",
      indications: ["alopecia-areata", "atopic-dermatitis"],
      use: "US alopecia areata starting dose; EU at 65 or over, with reduced renal function or probenecid, or at higher VTE, MACE or malignancy risk.",
      startingFor: ["alopecia-areata"],
    },
    {
      id: "baricitinib.dose.4mg",
      evidence: "label",
      sources: [us("2 Dosage and Administration, recommended dosage in alopecia areata"), eu("4.2 Posology")],
      doseMg: 4,
      regimen: "4 mg once daily",
      indications: ["alopecia-areata", "atopic-dermatitis"],
      use: "US alopecia areata with near-complete or complete scalp hair loss, or an inadequate response to 2 mg; EU starting dose.",
      startingFor: ["atopic-dermatitis"],
    },
  ],
  patientRules: [
    ...classRules.patientRules,
    {
      id: "baricitinib.not-recommended.renal-severe",
      evidence: "label",
      sources: [modifications],
      region: "US",
      when: { egfrBelow: 30 },
      action: "do-not-start",
      advice: "Severe renal impairment (eGFR below 30): baricitinib is not recommended.",
      disagreement: "The EU SmPC grades renal function by creatinine clearance (not recommended below 30 mL/min).",
    },
    {
      id: "baricitinib.caution.renal-moderate",
      evidence: "label",
      sources: [modifications],
      region: "US",
      when: { allOf: [{ egfrAtLeast: 30 }, { egfrBelow: 60 }] },
      action: "caution",
      advice:
        "eGFR 30–59: the US label lowers the dose in moderate renal impairment. This rules version has not confirmed the alopecia areata dose steps: check the label's renal table before choosing the dose.",
    },
    {
      id: "baricitinib.not-recommended.renal-severe-eu",
      evidence: "label",
      sources: [euPosology("renal impairment")],
      region: "EU",
      when: { crclBelow: 30 },
      action: "do-not-start",
      advice: "Creatinine clearance below 30 mL/min: the EU SmPC does not recommend baricitinib.",
      disagreement: "The US label grades renal function by eGFR (not recommended below 30).",
    },
    {
      id: "baricitinib.not-recommended.hepatic-severe",
      evidence: "label",
      sources: [modifications, euPosology("hepatic impairment")],
      when: { hepaticImpairment: ["severe"] },
      action: "do-not-start",
      advice: "Severe hepatic impairment: baricitinib is not recommended.",
    },
    {
      id: "baricitinib.caution.oat3-inhibitor",
      evidence: "label",
      sources: [modifications],
      region: "US",
      when: { interactingMedicine: ["strong-oat3-inhibitor"] },
      action: "caution",
      advice:
        "A strong OAT3 inhibitor (e.g. probenecid): the US label lowers the baricitinib dose. This rules version has not confirmed the alopecia areata step: check the label before choosing the dose.",
      disagreement: "The EU SmPC gives 2 mg once daily with a strong OAT3 inhibitor.",
    },
  ],
  doseAdjustments: [
    {
      id: "baricitinib.dose.renal-eu",
      evidence: "label",
      sources: [euPosology("renal impairment")],
      region: "EU",
      when: { allOf: [{ crclAtLeast: 30 }, { crclAtMost: 60 }] },
      maxDoseMg: 2,
      advice: "Creatinine clearance 30–60 mL/min: the EU SmPC's dose is 2 mg once daily.",
    },
    {
      id: "baricitinib.dose.oat3-inhibitor-eu",
      evidence: "label",
      sources: [euPosology("interactions (strong OAT3 inhibitors)")],
      region: "EU",
      when: { interactingMedicine: ["strong-oat3-inhibitor"] },
      maxDoseMg: 2,
      advice: "A strong OAT3 inhibitor (e.g. probenecid): the EU SmPC's dose is 2 mg once daily.",
    },
    {
      id: "baricitinib.dose.age-65-eu",
      evidence: "label",
      sources: [{ ...euPosology("elderly"), readIn: postReferralCopy }],
      region: "EU",
      when: { ageAtLeast: 65 },
      maxDoseMg: 2,
      startingDoseOnly: true,
      advice: `Age 65 or over: the EU SmPC recommends 2 mg once daily; ${fourMgIfNotControlled}`,
    },
    {
      id: "baricitinib.dose.higher-risk-eu",
      evidence: "label",
      sources: [
        { ...euPosology("higher risk of VTE, MACE and malignancy"), readIn: postReferralCopy },
        eu("4.4 Special warnings and precautions for use"),
      ],
      region: "EU",
      when: euHigherRiskOfVteMaceOrMalignancy,
      maxDoseMg: 2,
      startingDoseOnly: true,
      advice: `Higher risk of VTE, MACE or malignancy (a cardiovascular, malignancy or VTE risk factor, or a current or past smoker: the SmPC names long-time smokers, and this planner counts every past smoker): the EU SmPC recommends 2 mg once daily; ${fourMgIfNotControlled}`,
      disagreement: "The US label sets no dose by risk group.",
    },
  ],
  baselineTests: [
    {
      id: "baricitinib.baseline.cbc",
      evidence: "label",
      sources: [beforeStart],
      item: "cbc",
      why: "CBC with differential before the first dose: the start thresholds apply to it.",
    },
    {
      id: "baricitinib.baseline.liver",
      evidence: "label",
      sources: [beforeStart],
      item: "liver",
      why: "Liver function before the first dose.",
    },
    {
      id: "baricitinib.baseline.renal",
      evidence: "label",
      sources: [beforeStart],
      item: "renal",
      why: "Renal function before the first dose: the dose depends on it.",
    },
    ...classRules.baselineTests,
  ],
  startThresholds: cytopeniaStartLimits("baricitinib", modifications, ["alc", "anc", "hemoglobin"]),
  treatmentThresholds: cytopeniaInterruptions("baricitinib", modifications, ["alc", "anc", "hemoglobin"], "at-least"),
  liverInjury: liverInjuryRule("baricitinib", "baricitinib", laboratoryAbnormalities),
  followUps: [
    {
      id: "baricitinib.followup.lipids.week12",
      evidence: "label",
      sources: [laboratoryAbnormalities, eu("4.4 Special warnings and precautions for use, lipids")],
      item: "lipids",
      anchor: "start",
      after: { weeks: 12 },
      why: "Lipid panel about 12 weeks after starting — the only dated follow-up lab in the US label.",
      disagreement:
        "Lipid timing differs between JAK inhibitors: about 12 weeks for baricitinib and upadacitinib, 4 weeks for abrocitinib, 4–8 weeks for tofacitinib.",
    },
  ],
  screeningRules: classRules.screeningRules,
  advice: classRules.advice,
  routineMonitoring: {
    id: "baricitinib.routine",
    evidence: "label",
    sources: [laboratoryAbnormalities],
    items: ["cbc", "lipids"],
  },
  zoster: classRules.zoster,
} as const satisfies DrugRules;
