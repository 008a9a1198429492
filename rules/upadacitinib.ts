import { oralJakClassRules, type OralJakLabel } from "./class/oral-jak";
import { cytopeniaInterruptions, cytopeniaStartLimits } from "./class/cytopenia-limits";
import { liverInjuryRule } from "./class/liver-injury";
import type { DrugRules, SourceRef } from "./types";

// US PI: 2.1 (evaluations before starting, start limits, hepatic), section 2 dosage (atopic dermatitis,
// renal impairment, interruption for laboratory abnormalities), 5.5 Thrombosis, 5.8 Laboratory
// Abnormalities, 7 (strong CYP3A4 inducers), 8.1–8.3. EU SmPC 4.3 and 4.6 (read through national
// copies). The atopic-dermatitis step with strong CYP3A4 inhibitors could not be read in label text: the
// plan asks the clinician to check it (rules/README.md).
const us = (section: string): SourceRef => ({ source: "rinvoq-us", section });
const eu = (section: string): SourceRef => ({ source: "rinvoq-eu", section });

const beforeStart = us("2.1 Recommended Evaluations and Immunizations Prior to Treatment Initiation");
const interruption = us("2 Dosage and Administration, treatment interruption for laboratory abnormalities");
const laboratoryAbnormalities = us("5.8 Laboratory Abnormalities");
const atopicDermatitisDose = us("2 Dosage and Administration, recommended dosage in atopic dermatitis");
const euAdolescentDose: SourceRef = {
  ...eu("4.2 Posology, atopic dermatitis, adolescents (from 12 to 17 years of age)"),
  readIn:
    "the manufacturer's UK pages for health professionals and a Singapore (HSA) copy of section 4.2, not the EU SmPC's own text",
};

const label: OralJakLabel = {
  boxedWarning: us("Boxed Warning"),
  euRiskGroups: eu("4.4 Special warnings and precautions for use"),
  screeningBeforeStart: beforeStart,
  vaccinations: us("5 Warnings and Precautions, Vaccinations"),
  thrombosis: us("5.5 Thrombosis"),
  hepatitis: "active",
  pregnancy: {
    usPregnancy: us("8.1 Pregnancy"),
    contraception: {
      sources: [us("8.3 Females and Males of Reproductive Potential")],
      advice: "Advise effective contraception during treatment and for 4 weeks after the last dose.",
    },
    usBreastfeeding: {
      source: us("8.2 Lactation"),
      advice:
        "the US label advises against breastfeeding during treatment and for a time after the last dose (section 8.2); this rules version has not confirmed that window, so check the label before starting.",
    },
    euPregnancyContraindication: eu("4.3 Contraindications"),
    euBreastfeeding: {
      source: eu("4.6 Fertility, pregnancy and lactation"),
      contraindicated: false,
      advice:
        "the EU SmPC says upadacitinib must not be used during breastfeeding: decide between stopping breastfeeding and not giving upadacitinib.",
    },
    fetalHarmAdvice: "the label warns that upadacitinib may cause fetal harm. Discuss the risk before starting.",
  },
};

const classRules = oralJakClassRules("upadacitinib", "upadacitinib", label);

export const upadacitinib = {
  id: "upadacitinib",
  name: "upadacitinib",
  brand: "RINVOQ",
  route: "oral",
  mechanism: "JAK1 inhibitor",
  indications: [
    {
      id: "upadacitinib.indication.atopic-dermatitis",
      evidence: "label",
      sources: [us("1 Indications and Usage")],
      indication: "atopic-dermatitis",
      population: "Refractory moderate-to-severe atopic dermatitis, age 12 and over (and at least 40 kg).",
      minimumAgeYears: 12,
    },
    {
      id: "upadacitinib.indication.psoriatic-arthritis",
      evidence: "label",
      sources: [us("1 Indications and Usage")],
      indication: "psoriatic-arthritis",
      population:
        "Active psoriatic arthritis in adults and in children 2 years of age and older (children: weight-based dosing in the label).",
      minimumAgeYears: 2,
    },
  ],
  doses: [
    {
      id: "upadacitinib.dose.15mg",
      evidence: "label",
      sources: [us("2 Dosage and Administration, recommended dosage in atopic dermatitis and psoriatic arthritis")],
      doseMg: 15,
      regimen: "15 mg once daily",
      indications: ["atopic-dermatitis", "psoriatic-arthritis"],
      use: "Starting dose; the dose at age 65 and over and in severe renal impairment.",
      startingFor: ["atopic-dermatitis", "psoriatic-arthritis"],
    },
    {
      id: "upadacitinib.dose.30mg",
      evidence: "label",
      sources: [atopicDermatitisDose],
      doseMg: 30,
      regimen: "30 mg once daily",
      indications: ["atopic-dermatitis"],
      use: "Atopic dermatitis with an inadequate response, under age 65.",
    },
  ],
  patientRules: [
    ...classRules.patientRules,
    {
      id: "upadacitinib.caution.child-psoriatic-arthritis",
      evidence: "label",
      sources: [us("2 Dosage and Administration, recommended dosage in psoriatic arthritis, pediatric patients")],
      when: { allOf: [{ indication: ["psoriatic-arthritis"] }, { ageBelow: 18 }] },
      action: "caution",
      advice:
        "Child with psoriatic arthritis: the label doses children by body weight; the doses this planner offers are the adult doses. Check the label's paediatric dosing.",
    },
    {
      id: "upadacitinib.caution.adolescent-under-40-kg",
      evidence: "label",
      sources: [us("1 Indications and Usage"), atopicDermatitisDose],
      region: "US",
      when: { allOf: [{ indication: ["atopic-dermatitis"] }, { ageBelow: 18 }, { weightBelow: 40 }] },
      action: "caution",
      advice:
        "Adolescent weighing less than 40 kg: the US label's atopic dermatitis population is patients aged 12 and over who weigh at least 40 kg; an adolescent under 40 kg is outside it.",
      disagreement: "The EU SmPC doses adolescents who weigh at least 30 kg.",
    },
    {
      id: "upadacitinib.caution.adolescent-under-30-kg-eu",
      evidence: "label",
      sources: [euAdolescentDose],
      region: "EU",
      when: { allOf: [{ indication: ["atopic-dermatitis"] }, { ageBelow: 18 }, { weightBelow: 30 }] },
      action: "caution",
      advice:
        "Adolescent weighing less than 30 kg: the EU SmPC gives the atopic dermatitis dose for adolescents who weigh at least 30 kg; one under 30 kg is outside it.",
      disagreement: "The US label's atopic dermatitis population starts at 40 kg.",
    },
    {
      id: "upadacitinib.caution.child-psoriatic-arthritis-eu",
      evidence: "label",
      sources: [eu("4.1 Therapeutic indications")],
      region: "EU",
      when: { allOf: [{ indication: ["psoriatic-arthritis"] }, { ageBelow: 18 }] },
      action: "caution",
      advice:
        "Under 18 with psoriatic arthritis: the EU SmPC copies this rules version read approve upadacitinib for psoriatic arthritis in adults; whether the current SmPC covers children is not confirmed. Check section 4.1 before starting.",
      disagreement: "The US label approves it from age 2, with weight-based doses for children.",
    },
    {
      id: "upadacitinib.not-recommended.end-stage-renal",
      evidence: "label",
      sources: [us("2 Dosage and Administration, dosage in renal impairment")],
      when: { egfrBelow: 15 },
      action: "do-not-start",
      advice: "End-stage renal disease (eGFR below 15): upadacitinib is not recommended.",
    },
    {
      id: "upadacitinib.not-recommended.hepatic-severe",
      evidence: "label",
      sources: [beforeStart, eu("4.3 Contraindications")],
      when: { hepaticImpairment: ["severe"] },
      action: "do-not-start",
      advice:
        "Severe hepatic impairment (Child-Pugh C): upadacitinib is not recommended (US label) and contraindicated (EU SmPC).",
    },
    {
      id: "upadacitinib.caution.strong-cyp3a4-inhibitor",
      evidence: "label",
      sources: [us("2 Dosage and Administration; 7 Drug Interactions, strong CYP3A4 inhibitors")],
      when: { interactingMedicine: ["strong-cyp3a4-inhibitor", "moderate-cyp3a4-and-strong-cyp2c19-inhibitor"] },
      action: "caution",
      advice:
        "A strong CYP3A4 inhibitor (e.g. ketoconazole, itraconazole, clarithromycin): it raises upadacitinib exposure and the label adjusts the dose. This rules version has not confirmed the atopic dermatitis step: check the label before choosing the dose.",
    },
    {
      id: "upadacitinib.not-recommended.strong-cyp3a4-inducer",
      evidence: "label",
      sources: [
        {
          ...us("7 Drug Interactions, strong CYP3A4 inducers"),
          readIn: "the manufacturer's 2023 summary of the prescribing information, not the label's own text",
        },
      ],
      when: { interactingMedicine: ["strong-cyp3a4-inducer"] },
      action: "caution",
      advice:
        "A strong CYP3A4 inducer (e.g. rifampicin, carbamazepine, phenytoin): the label does not recommend it with upadacitinib (it lowers upadacitinib exposure).",
    },
  ],
  doseAdjustments: [
    {
      id: "upadacitinib.dose.adolescent-eu",
      evidence: "label",
      sources: [euAdolescentDose],
      region: "EU",
      when: { allOf: [{ indication: ["atopic-dermatitis"] }, { ageBelow: 18 }] },
      maxDoseMg: 15,
      advice:
        "Adolescent (12 to 17): the EU SmPC's atopic dermatitis dose is 15 mg once daily; 30 mg is for adults under 65.",
      disagreement: "The US label allows 30 mg for adolescents of at least 40 kg with an inadequate response to 15 mg.",
    },
    {
      id: "upadacitinib.dose.age-65",
      evidence: "label",
      sources: [atopicDermatitisDose],
      when: { allOf: [{ indication: ["atopic-dermatitis"] }, { ageAtLeast: 65 }] },
      maxDoseMg: 15,
      advice:
        "Age 65 or over: the label's atopic dermatitis dose is 15 mg once daily (30 mg is for patients under 65).",
    },
    {
      id: "upadacitinib.dose.renal-severe",
      evidence: "label",
      sources: [us("2 Dosage and Administration, dosage in renal impairment")],
      when: { allOf: [{ egfrAtLeast: 15 }, { egfrBelow: 30 }] },
      maxDoseMg: 15,
      advice: "Severe renal impairment (eGFR 15–29): the label's dose is 15 mg once daily.",
    },
  ],
  baselineTests: [
    {
      id: "upadacitinib.baseline.cbc",
      evidence: "label",
      sources: [beforeStart, laboratoryAbnormalities],
      item: "cbc",
      why: "CBC with differential before the first dose: the start thresholds apply to it.",
    },
    {
      id: "upadacitinib.baseline.liver",
      evidence: "label",
      sources: [laboratoryAbnormalities],
      item: "liver",
      why: "Liver enzymes (ALT, AST) before the first dose.",
    },
    ...classRules.baselineTests,
  ],
  startThresholds: cytopeniaStartLimits("upadacitinib", beforeStart, ["alc", "anc", "hemoglobin"]),
  treatmentThresholds: cytopeniaInterruptions("upadacitinib", interruption, ["alc", "anc", "hemoglobin"], "above"),
  liverInjury: liverInjuryRule("upadacitinib", "upadacitinib", interruption),
  followUps: [
    {
      id: "upadacitinib.followup.lipids.week12",
      evidence: "label",
      sources: [laboratoryAbnormalities],
      item: "lipids",
      anchor: "start",
      after: { weeks: 12 },
      why: "Lipid panel about 12 weeks after starting; then per hyperlipidaemia guidelines.",
      disagreement:
        "Lipid timing differs between JAK inhibitors: about 12 weeks for upadacitinib and baricitinib, 4 weeks for abrocitinib, 4–8 weeks for tofacitinib.",
    },
  ],
  screeningRules: classRules.screeningRules,
  advice: [
    ...classRules.advice,
    {
      id: "upadacitinib.info.periodic-labs",
      evidence: "label",
      sources: [laboratoryAbnormalities],
      action: "info",
      advice: "CBC and liver enzymes are repeated periodically during treatment (routine patient management).",
    },
  ],
  routineMonitoring: {
    id: "upadacitinib.routine",
    evidence: "label",
    sources: [laboratoryAbnormalities],
    items: ["cbc", "liver", "lipids"],
  },
  zoster: classRules.zoster,
} as const satisfies DrugRules;
