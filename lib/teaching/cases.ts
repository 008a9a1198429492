import type { PlanRequestInput } from "@/lib/contract/plan-request";
import type { TeachingCase } from "./teaching-case";

// Every case starts on Monday 4 January 2027, with baseline results drawn on 15 December 2026.
// The expected answers are what the engine gives today; tests/teaching/teaching-cases.test.ts
// runs each request through buildPlan, so a rule change that alters an answer fails CI.
const start = "2027-01-04";
const drawn = "2026-12-15";

type Lab = NonNullable<PlanRequestInput["labs"]>[number];
const lab = (test: Lab["test"], value: number, unit: string): Lab => ({ test, value, unit, date: drawn });
const negativeScreens = (...tests: ("tb" | "hbv" | "hcv")[]) =>
  tests.map((test) => ({ test, result: "negative" as const, date: drawn }));
const allScreensNegative = negativeScreens("tb", "hbv", "hcv");

/** A normal blood count and lipids, in conventional units, unless a case overrides one. */
const normalCbcAndLipids: readonly Lab[] = [
  lab("platelets", 240000, "cells/uL"),
  lab("anc", 3500, "cells/uL"),
  lab("alc", 1800, "cells/uL"),
  lab("hemoglobin", 13.6, "g/dL"),
  lab("ldl", 110, "mg/dL"),
];
const withLab = (labs: readonly Lab[], replacement: Lab): Lab[] => [
  ...labs.filter((entry) => entry.test !== replacement.test),
  replacement,
];

const whenIsFirst = (what: string) => `When is the first ${what} after the start?`;
const mayStart = "By the rules the app applies, may this patient start?";

export const teachingCases: readonly TeachingCase[] = [
  {
    id: "abrocitinib-platelets-in-si-units",
    title: "Abrocitinib: a platelet count reported in ×10⁹/L",
    drug: "abrocitinib",
    vignette:
      "A 26-year-old woman with refractory atopic dermatitis is to start abrocitinib 100 mg. Her screening bloods came back from a laboratory that reports cell counts in ×10⁹/L.",
    teachingPoint:
      "Read the unit before the number: 140 ×10⁹/L is 140,000 cells/µL. Abrocitinib has the highest platelet start limit of the JAK inhibitors, and this count is below it.",
    tags: ["SI units", "low platelets at baseline"],
    request: {
      drug: "abrocitinib",
      indication: "atopic-dermatitis",
      doseMg: 100,
      startDate: start,
      patient: { ageYears: 26, sex: "female", canBecomePregnant: false, smoking: "never" },
      labs: [
        lab("platelets", 140, "10^9/L"),
        lab("anc", 3.2, "10^9/L"),
        lab("alc", 1.6, "10^9/L"),
        lab("hemoglobin", 13.1, "g/dL"),
        lab("ldl", 105, "mg/dL"),
      ],
      screening: allScreensNegative,
    },
    questions: [
      { kind: "may-start", prompt: mayStart, expected: "no" },
      {
        kind: "visit-date",
        prompt: `Had the count been acceptable: ${whenIsFirst("CBC")}`,
        item: "cbc",
        after: start,
        choices: ["2027-01-18", "2027-02-01", "2027-03-01", "2027-03-29", "none"],
        expected: "2027-02-01",
      },
    ],
  },
  {
    id: "abrocitinib-lymphocytes-exactly-at-the-limit",
    title: "Abrocitinib: a lymphocyte count exactly at the limit",
    drug: "abrocitinib",
    vignette:
      "A 34-year-old man who has never smoked is starting abrocitinib 100 mg for atopic dermatitis. His absolute lymphocyte count sits exactly on the label's start limit.",
    teachingPoint:
      "Start limits are strictly below: a value exactly at the limit passes. The week-4 CBC and lipids then show whether the count falls.",
    tags: ["value exactly at a limit", "low lymphocytes at baseline"],
    request: {
      drug: "abrocitinib",
      indication: "atopic-dermatitis",
      doseMg: 100,
      startDate: start,
      patient: { ageYears: 34, sex: "male", smoking: "never" },
      labs: withLab(normalCbcAndLipids, lab("alc", 500, "cells/uL")),
      screening: allScreensNegative,
    },
    questions: [
      { kind: "may-start", prompt: mayStart, expected: "yes" },
      {
        kind: "visit-date",
        prompt: whenIsFirst("lipid panel"),
        item: "lipids",
        after: start,
        choices: ["2027-02-01", "2027-03-01", "2027-03-29", "none"],
        expected: "2027-02-01",
      },
    ],
  },
  {
    id: "abrocitinib-dose-increase-to-200-mg",
    title: "Abrocitinib: stepping up to 200 mg",
    drug: "abrocitinib",
    vignette:
      "A 29-year-old woman started abrocitinib 100 mg on 4 January 2027 with normal baseline labs. Her response is inadequate, and the dose goes up to 200 mg on 5 April 2027.",
    teachingPoint:
      "Under the US label a dose increase restarts the clock for the blood count: a CBC follows each increase. The EU SmPC asks for no such check — switch the label region in the planner to compare.",
    tags: ["dose increase"],
    request: {
      drug: "abrocitinib",
      indication: "atopic-dermatitis",
      doseMg: 100,
      startDate: start,
      patient: { ageYears: 29, sex: "female", canBecomePregnant: false, smoking: "never" },
      labs: normalCbcAndLipids.slice(),
      screening: allScreensNegative,
      doseChanges: [{ date: "2027-04-05", doseMg: 200 }],
    },
    questions: [
      {
        kind: "visit-date",
        prompt: whenIsFirst("CBC"),
        item: "cbc",
        after: start,
        choices: ["2027-01-18", "2027-02-01", "2027-04-05", "none"],
        expected: "2027-02-01",
      },
      {
        kind: "visit-date",
        prompt: "When is the first CBC after the dose increase on 5 April 2027?",
        item: "cbc",
        after: "2027-04-05",
        choices: ["2027-04-19", "2027-05-03", "2027-07-05", "none"],
        expected: "2027-05-03",
      },
    ],
  },
  {
    id: "upadacitinib-older-smoker-asking-for-30-mg",
    title: "Upadacitinib: a 67-year-old smoker prescribed 30 mg",
    drug: "upadacitinib",
    vignette:
      "A 67-year-old man who smokes, with treated hypertension, has severe atopic dermatitis. The referral letter asks for upadacitinib 30 mg once daily. His labs and screens are normal.",
    teachingPoint:
      "Age changes the dose: the 30 mg dose is for younger patients. Age, smoking and a cardiovascular risk factor also put him in the boxed warning's higher-risk group — a caution to weigh, not a contraindication in the rules.",
    tags: ["age 65+ with smoking", "cardiovascular risk factor"],
    request: {
      drug: "upadacitinib",
      indication: "atopic-dermatitis",
      doseMg: 30,
      startDate: start,
      patient: { ageYears: 67, sex: "male", smoking: "current", riskFactors: ["hypertension"] },
      labs: [...normalCbcAndLipids, lab("alt", 24, "U/L"), lab("ast", 26, "U/L")],
      screening: allScreensNegative,
    },
    questions: [
      { kind: "may-start", prompt: mayStart, expected: "yes" },
      {
        kind: "strongest-action",
        prompt: "What is the most severe finding the app raises?",
        choices: ["do-not-start", "reduce-dose", "caution", "info"],
        expected: "reduce-dose",
      },
      {
        kind: "visit-date",
        prompt: whenIsFirst("lipid panel"),
        item: "lipids",
        after: start,
        choices: ["2027-02-01", "2027-03-01", "2027-03-29", "none"],
        expected: "2027-03-29",
      },
    ],
  },
  {
    id: "baricitinib-haemoglobin-in-g-per-litre",
    title: "Baricitinib: haemoglobin in g/L",
    drug: "baricitinib",
    vignette:
      "A 45-year-old woman with severe alopecia areata is to start baricitinib 2 mg. She cannot become pregnant. Her haemoglobin was measured abroad and reported in g/L.",
    teachingPoint:
      "78 g/L is 7.8 g/dL, not 78 g/dL. Haemoglobin limits are written in g/dL in the US label; convert before comparing. Baricitinib also asks for liver and renal function before the first dose.",
    tags: ["SI units", "haemoglobin at baseline"],
    request: {
      drug: "baricitinib",
      indication: "alopecia-areata",
      doseMg: 2,
      startDate: start,
      patient: { ageYears: 45, sex: "female", canBecomePregnant: false, smoking: "never", egfr: 92 },
      labs: [
        ...withLab(normalCbcAndLipids, lab("hemoglobin", 78, "g/L")),
        lab("alt", 18, "U/L"),
        lab("creatinine", 0.8, "mg/dL"),
      ],
      screening: allScreensNegative,
    },
    questions: [
      { kind: "may-start", prompt: mayStart, expected: "no" },
      {
        kind: "baseline-tests",
        prompt: "Which tests does the plan ask for before the first dose?",
        choices: ["cbc", "lipids", "liver", "renal", "tb", "hbv", "hcv", "pregnancy"],
        expected: ["cbc", "liver", "renal", "tb", "hbv", "hcv"],
      },
    ],
  },
  {
    id: "baricitinib-eu-atopic-dermatitis-at-68",
    title: "Baricitinib in the EU: atopic dermatitis at 68",
    drug: "baricitinib",
    vignette:
      "In an EU clinic, a 68-year-old woman with moderate-to-severe atopic dermatitis is prescribed baricitinib 4 mg. She has never smoked and has no other risk factors; labs and screens are normal.",
    teachingPoint:
      "Baricitinib's atopic dermatitis indication is EU-only, and the SmPC gives a lower dose from age 65. The EU risk group also starts at 65: use only without a suitable alternative.",
    tags: ["EU label", "age 65+"],
    request: {
      drug: "baricitinib",
      indication: "atopic-dermatitis",
      doseMg: 4,
      startDate: start,
      labelRegion: "EU",
      patient: { ageYears: 68, sex: "female", canBecomePregnant: false, smoking: "never", egfr: 78 },
      labs: [...normalCbcAndLipids, lab("alt", 20, "U/L"), lab("creatinine", 0.9, "mg/dL")],
      screening: allScreensNegative,
    },
    questions: [
      { kind: "may-start", prompt: mayStart, expected: "yes" },
      {
        kind: "strongest-action",
        prompt: "What is the most severe finding the app raises?",
        choices: ["do-not-start", "reduce-dose", "caution", "info"],
        expected: "reduce-dose",
      },
      {
        kind: "visit-date",
        prompt: whenIsFirst("lipid panel"),
        item: "lipids",
        after: start,
        choices: ["2027-02-01", "2027-03-01", "2027-03-29", "none"],
        expected: "2027-03-29",
      },
    ],
  },
  {
    id: "ritlecitinib-teenager-with-platelets-120",
    title: "Ritlecitinib: a 15-year-old with platelets of 120 ×10⁹/L",
    drug: "ritlecitinib",
    vignette:
      "A 15-year-old girl with severe alopecia areata is to start ritlecitinib 50 mg. Her platelet count is lower than usual; the rest of the count is normal and her screens are negative.",
    teachingPoint:
      "Start limits differ between drugs. This count would stop abrocitinib but not ritlecitinib, whose platelet limit is lower. The zoster plan starts at 19, so none is scheduled at 15.",
    tags: ["compare drugs", "adolescent", "low platelets at baseline"],
    request: {
      drug: "ritlecitinib",
      indication: "alopecia-areata",
      doseMg: 50,
      startDate: start,
      patient: { ageYears: 15, sex: "female", canBecomePregnant: false, smoking: "never" },
      labs: withLab(normalCbcAndLipids, lab("platelets", 120, "10^9/L")),
      screening: allScreensNegative,
    },
    questions: [
      { kind: "may-start", prompt: mayStart, expected: "yes" },
      {
        kind: "visit-date",
        prompt: whenIsFirst("CBC"),
        item: "cbc",
        after: start,
        choices: ["2027-01-18", "2027-02-01", "2027-03-29", "none"],
        expected: "2027-02-01",
      },
    ],
  },
  {
    id: "ritlecitinib-hepatitis-b-positive",
    title: "Ritlecitinib: a positive hepatitis B screen",
    drug: "ritlecitinib",
    vignette:
      "A 38-year-old man with severe alopecia areata is to start ritlecitinib 50 mg. His blood count is normal and his TB and hepatitis C screens are negative, but the hepatitis B screen is positive.",
    teachingPoint:
      "Labels differ on viral hepatitis: ritlecitinib and upadacitinib say not to start, the others ask for assessment first. Ritlecitinib needs no baseline lipids.",
    tags: ["positive hepatitis B screen", "compare drugs"],
    request: {
      drug: "ritlecitinib",
      indication: "alopecia-areata",
      doseMg: 50,
      startDate: start,
      patient: { ageYears: 38, sex: "male", smoking: "never" },
      labs: normalCbcAndLipids.slice(),
      screening: [...negativeScreens("tb", "hcv"), { test: "hbv", result: "positive", date: drawn }],
    },
    questions: [
      { kind: "may-start", prompt: mayStart, expected: "no" },
      {
        kind: "baseline-tests",
        prompt: "Which tests does the plan ask for before the first dose?",
        choices: ["cbc", "lipids", "liver", "renal", "tb", "hbv", "hcv", "pregnancy"],
        expected: ["cbc", "tb", "hbv", "hcv"],
      },
    ],
  },
  {
    id: "deuruxolitinib-cyp2c9-poor-metabolizer",
    title: "Deuruxolitinib: a CYP2C9 poor metabolizer",
    drug: "deuruxolitinib",
    vignette:
      "A 33-year-old woman with severe alopecia areata asks about deuruxolitinib 8 mg twice daily. Genotyping before treatment shows she is a CYP2C9 poor metabolizer. Her labs and screens are normal.",
    teachingPoint:
      "Deuruxolitinib needs the CYP2C9 genotype before the first dose and must not be used in poor metabolizers. This rules version schedules no dated follow-up labs for it, and says so, rather than inventing a date.",
    tags: ["CYP2C9 genotype"],
    request: {
      drug: "deuruxolitinib",
      indication: "alopecia-areata",
      doseMg: 16,
      startDate: start,
      patient: { ageYears: 33, sex: "female", canBecomePregnant: false, smoking: "never", cyp2c9PoorMetabolizer: true },
      labs: normalCbcAndLipids.slice(),
      screening: allScreensNegative,
    },
    questions: [
      { kind: "may-start", prompt: mayStart, expected: "no" },
      {
        kind: "visit-date",
        prompt: whenIsFirst("CBC"),
        item: "cbc",
        after: start,
        choices: ["2027-02-01", "2027-03-01", "2027-03-29", "none"],
        expected: "none",
      },
    ],
  },
  {
    id: "tofacitinib-haemoglobin-in-mmol-per-litre",
    title: "Tofacitinib: haemoglobin in mmol/L",
    drug: "tofacitinib",
    vignette:
      "A 55-year-old woman with psoriatic arthritis is to start tofacitinib 5 mg twice daily. She has never smoked and has no cardiovascular risk factors. Her haemoglobin is reported in mmol/L.",
    teachingPoint:
      "5.4 mmol/L is about 8.7 g/dL. That passes the haemoglobin limit of most JAK inhibitors but not tofacitinib's, which is higher. Its CBC window after starting is a range, then repeats every few months.",
    tags: ["SI units", "compare drugs", "haemoglobin at baseline"],
    request: {
      drug: "tofacitinib",
      indication: "psoriatic-arthritis",
      doseMg: 10,
      startDate: start,
      patient: { ageYears: 55, sex: "female", canBecomePregnant: false, smoking: "never" },
      labs: withLab(normalCbcAndLipids, lab("hemoglobin", 5.4, "mmol/L")),
      screening: allScreensNegative,
    },
    questions: [
      { kind: "may-start", prompt: mayStart, expected: "no" },
      {
        kind: "visit-date",
        prompt: whenIsFirst("CBC (the first day of its window)"),
        item: "cbc",
        after: start,
        choices: ["2027-02-01", "2027-03-01", "2027-04-04", "none"],
        expected: "2027-02-01",
      },
    ],
  },
  {
    id: "tofacitinib-eu-lymphocytes",
    title: "Tofacitinib in the EU: lymphocytes of 0.6 ×10⁹/L",
    drug: "tofacitinib",
    vignette:
      "In an EU clinic, a 47-year-old man with psoriatic arthritis is to start tofacitinib 5 mg twice daily. He has never smoked. His lymphocyte count is low-normal for him; the rest of the count is normal.",
    teachingPoint:
      "The US label and the EU SmPC disagree on tofacitinib's lymphocyte start limit: this count passes the US limit but not the EU one. The plan follows the region chosen and shows the other as a note. The lipid check falls later under the EU SmPC too.",
    tags: ["EU label", "sources disagree", "low lymphocytes at baseline"],
    request: {
      drug: "tofacitinib",
      indication: "psoriatic-arthritis",
      doseMg: 10,
      startDate: start,
      labelRegion: "EU",
      patient: { ageYears: 47, sex: "male", smoking: "never" },
      labs: withLab(normalCbcAndLipids, lab("alc", 0.6, "10^9/L")),
      screening: allScreensNegative,
    },
    questions: [
      { kind: "may-start", prompt: mayStart, expected: "no" },
      {
        kind: "visit-date",
        prompt: whenIsFirst("lipid panel"),
        item: "lipids",
        after: start,
        choices: ["2027-02-01", "2027-03-01", "2027-03-29", "none"],
        expected: "2027-03-01",
      },
    ],
  },
  {
    id: "deucravacitinib-older-smoker",
    title: "Deucravacitinib: a 62-year-old smoker with psoriasis",
    drug: "deucravacitinib",
    vignette:
      "A 62-year-old man who smokes, with dyslipidaemia, has moderate-to-severe plaque psoriasis and starts deucravacitinib 6 mg. His TB screen is negative; he has had no zoster vaccine.",
    teachingPoint:
      "Deucravacitinib is a TYK2 inhibitor: no JAK boxed warning, no higher-risk group, no CBC limits and no dated labs. Before the first dose: TB screening and liver enzymes; the liver enzymes are repeated during treatment only if liver disease is known or suspected. At his age the recombinant zoster vaccine is still advised.",
    tags: ["smoker under 65", "cardiovascular risk factor", "TYK2"],
    request: {
      drug: "deucravacitinib",
      indication: "psoriasis",
      doseMg: 6,
      startDate: start,
      patient: { ageYears: 62, sex: "male", smoking: "current", riskFactors: ["dyslipidemia"] },
      screening: negativeScreens("tb"),
    },
    questions: [
      { kind: "may-start", prompt: mayStart, expected: "yes" },
      {
        kind: "baseline-tests",
        prompt: "Which tests does the plan ask for before the first dose?",
        choices: ["cbc", "lipids", "liver", "renal", "tb", "hbv", "hcv"],
        expected: ["liver", "tb"],
      },
      {
        kind: "visit-date",
        prompt: whenIsFirst("CBC"),
        item: "cbc",
        after: start,
        choices: ["2027-02-01", "2027-03-29", "none"],
        expected: "none",
      },
      {
        kind: "visit-date",
        prompt: "When is the first recombinant zoster vaccine dose due?",
        item: "rzv-dose-1",
        choices: ["2026-12-21", "2027-01-04", "2027-02-01", "none"],
        expected: "2026-12-21",
      },
    ],
  },
  {
    id: "ruxolitinib-cream-child-with-eczema",
    title: "Ruxolitinib cream: an 8-year-old with atopic dermatitis",
    drug: "ruxolitinib-cream",
    vignette:
      "An 8-year-old boy with mild-to-moderate atopic dermatitis, not immunocompromised, is prescribed ruxolitinib cream for short, non-continuous courses.",
    teachingPoint:
      "The cream carries the class boxed warning, yet its label asks for no routine labs: no baseline tests and no schedule. Limit the amount and area as the label says.",
    tags: ["topical", "child"],
    request: {
      drug: "ruxolitinib-cream",
      indication: "atopic-dermatitis",
      startDate: start,
      patient: { ageYears: 8, sex: "male" },
    },
    questions: [
      { kind: "may-start", prompt: mayStart, expected: "yes" },
      {
        kind: "baseline-tests",
        prompt: "Which tests does the plan ask for before the first application? (Tick none if none.)",
        choices: ["cbc", "lipids", "tb", "hbv", "hcv"],
        expected: [],
      },
      {
        kind: "visit-date",
        prompt: whenIsFirst("CBC"),
        item: "cbc",
        after: start,
        choices: ["2027-02-01", "2027-03-29", "none"],
        expected: "none",
      },
    ],
  },
  {
    id: "delgocitinib-cream-16-year-old",
    title: "Delgocitinib cream: a 16-year-old with hand eczema",
    drug: "delgocitinib-cream",
    vignette:
      "A 16-year-old girl with moderate-to-severe chronic hand eczema asks for delgocitinib cream, which an adult relative uses.",
    teachingPoint:
      "Delgocitinib cream is approved for adults only: the app raises a caution below the approved age rather than a do-not-start. It has no boxed warning and no routine labs.",
    tags: ["topical", "adolescent"],
    request: {
      drug: "delgocitinib-cream",
      indication: "chronic-hand-eczema",
      startDate: start,
      patient: { ageYears: 16, sex: "female" },
    },
    questions: [
      {
        kind: "strongest-action",
        prompt: "What is the most severe finding the app raises?",
        choices: ["do-not-start", "caution", "info"],
        expected: "caution",
      },
      {
        kind: "visit-date",
        prompt: whenIsFirst("CBC"),
        item: "cbc",
        after: start,
        choices: ["2027-02-01", "2027-03-29", "none"],
        expected: "none",
      },
    ],
  },
  {
    id: "abrocitinib-neutrophils-us-versus-eu",
    title: "Abrocitinib: neutrophils between the US and EU limits",
    drug: "abrocitinib",
    vignette:
      "A 41-year-old woman in a US clinic is starting abrocitinib 100 mg for atopic dermatitis. She cannot become pregnant and has never smoked. Her neutrophil count is low-normal.",
    teachingPoint:
      "The EU SmPC sets abrocitinib's neutrophil start limit higher than the US label. Under the US label this count passes; the plan shows the EU limit as a note so the disagreement is visible.",
    tags: ["sources disagree", "low neutrophils at baseline"],
    request: {
      drug: "abrocitinib",
      indication: "atopic-dermatitis",
      doseMg: 100,
      startDate: start,
      labelRegion: "US",
      patient: { ageYears: 41, sex: "female", canBecomePregnant: false, smoking: "never" },
      labs: withLab(normalCbcAndLipids, lab("anc", 1.1, "10^9/L")),
      screening: allScreensNegative,
    },
    questions: [
      { kind: "may-start", prompt: mayStart, expected: "yes" },
      {
        kind: "visit-date",
        prompt: whenIsFirst("CBC"),
        item: "cbc",
        after: start,
        choices: ["2027-01-18", "2027-02-01", "2027-03-29", "none"],
        expected: "2027-02-01",
      },
    ],
  },
];

/** A case by id, for the case page. */
export function teachingCaseById(id: string): TeachingCase | undefined {
  return teachingCases.find((entry) => entry.id === id);
}
