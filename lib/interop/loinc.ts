import { drugIds, type DrugId, type LabTestId, type ScheduleItemId } from "@/rules/types";
import { drugRules } from "@/rules";

/**
 * Codes the interoperability formats share: LOINC for the contract's labs and the orders
 * of the schedule, the UCUM units that map one-to-one onto the contract's units, CVX for
 * the zoster vaccines, and how a medication is recognised as one of the nine drugs.
 *
 * Every code here was checked against published FHIR material (the HL7 FHIR and US Core
 * examples and value sets, which quote the LOINC names). Where no single code fits without
 * guessing (the screening tests, whose method is the clinic's choice; the clinical review),
 * the order carries plain text only: a wrong code would be worse than none.
 */

export const loincSystem = "http://loinc.org";
export const ucumSystem = "http://unitsofmeasure.org";
export const cvxSystem = "http://hl7.org/fhir/sid/cvx";

export interface Code {
  code: string;
  display: string;
}

/** Result codes read on import, per contract lab. The first one is the one written on export. */
export const labLoinc: Readonly<Record<LabTestId, readonly Code[]>> = {
  anc: [{ code: "751-8", display: "Neutrophils [#/volume] in Blood by Automated count" }],
  alc: [{ code: "731-0", display: "Lymphocytes [#/volume] in Blood by Automated count" }],
  platelets: [{ code: "777-3", display: "Platelets [#/volume] in Blood by Automated count" }],
  wbc: [{ code: "6690-2", display: "Leukocytes [#/volume] in Blood by Automated count" }],
  hemoglobin: [{ code: "718-7", display: "Hemoglobin [Mass/volume] in Blood" }],
  ldl: [
    { code: "13457-7", display: "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation" },
    { code: "18262-6", display: "Cholesterol in LDL [Mass/volume] in Serum or Plasma by Direct assay" },
    { code: "2089-1", display: "Cholesterol in LDL [Mass/volume] in Serum or Plasma" },
  ],
  hdl: [{ code: "2085-9", display: "Cholesterol in HDL [Mass/volume] in Serum or Plasma" }],
  "total-cholesterol": [{ code: "2093-3", display: "Cholesterol [Mass/volume] in Serum or Plasma" }],
  triglycerides: [{ code: "2571-8", display: "Triglyceride [Mass/volume] in Serum or Plasma" }],
  alt: [{ code: "1742-6", display: "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma" }],
  ast: [{ code: "1920-8", display: "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma" }],
  creatinine: [{ code: "2160-0", display: "Creatinine [Mass/volume] in Serum or Plasma" }],
  ck: [{ code: "2157-6", display: "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma" }],
};

/** LOINC code → contract lab id. */
export const labByLoinc: ReadonlyMap<string, LabTestId> = new Map(
  (Object.entries(labLoinc) as [LabTestId, readonly Code[]][]).flatMap(([test, codes]) =>
    codes.map((entry) => [entry.code, test] as const),
  ),
);

/** Age (LOINC 30525-0), read when a bundle gives the age rather than a birth date; UCUM "a" = years. */
export const ageLoinc: Code = { code: "30525-0", display: "Age" };

/** ImmunizationRecommendation.dateCriterion code for the due date. */
export const dateVaccineDueLoinc: Code = { code: "30980-7", display: "Date vaccine due" };

/**
 * What each schedule item orders, as LOINC-coded tests. Panels have one code; the liver
 * item is two tests (ALT and AST); renal function is the serum creatinine (the eGFR is
 * calculated from it). An empty list means the order goes as text only (see above).
 */
export const orderLoinc: Readonly<Record<ScheduleItemId, readonly Code[]>> = {
  cbc: [{ code: "57021-8", display: "CBC W Auto Differential panel - Blood" }],
  lipids: [{ code: "24331-1", display: "Lipid panel - Serum or Plasma" }],
  liver: [labLoinc.alt[0]!, labLoinc.ast[0]!],
  renal: [labLoinc.creatinine[0]!],
  ck: [labLoinc.ck[0]!],
  tb: [],
  hbv: [],
  hcv: [],
  hiv: [],
  pregnancy: [],
  "rzv-dose-1": [],
  "rzv-dose-2": [],
  "clinical-review": [],
};

/** CVX vaccine codes: recombinant (Shingrix) and live (Zostavax) zoster vaccines. */
export const zosterCvx = {
  rzv: { code: "187", display: "Zoster vaccine recombinant" },
  zvl: { code: "121", display: "Zoster vaccine, live" },
} as const satisfies Record<"rzv" | "zvl", Code>;

/**
 * UCUM unit → the contract unit with the same meaning (factor 1: the contract's own unit
 * tables do any conversion). `10*3/uL` is the same quantity as `10*9/L`; `/uL` and `/mm3`
 * are cells per microlitre; an international unit of enzyme activity is the unit U.
 * A unit not listed here is reported as not convertible, never guessed at.
 */
const cellCounts: Readonly<Record<string, string>> = {
  "10*9/L": "10^9/L",
  "10*3/uL": "10^9/L",
  "10*3/mm3": "10^9/L",
  "/uL": "cells/uL",
  "/mm3": "cells/uL",
};
const lipids: Readonly<Record<string, string>> = { "mg/dL": "mg/dL", "mmol/L": "mmol/L" };
const enzymes: Readonly<Record<string, string>> = { "U/L": "U/L", "[IU]/L": "U/L" };

export const ucumToContractUnit: Readonly<Record<LabTestId, Readonly<Record<string, string>>>> = {
  anc: cellCounts,
  alc: cellCounts,
  platelets: cellCounts,
  wbc: cellCounts,
  hemoglobin: { "g/dL": "g/dL", "g/L": "g/L", "mmol/L": "mmol/L" },
  ldl: lipids,
  hdl: lipids,
  "total-cholesterol": lipids,
  triglycerides: lipids,
  alt: enzymes,
  ast: enzymes,
  creatinine: { "mg/dL": "mg/dL", "umol/L": "umol/L" },
  ck: enzymes,
};

/** The contract unit → the UCUM code written on export. */
export const contractUnitToUcum: Readonly<Record<string, string>> = {
  "10^9/L": "10*9/L",
  "cells/uL": "/uL",
  "g/dL": "g/dL",
  "g/L": "g/L",
  "mmol/L": "mmol/L",
  "mg/dL": "mg/dL",
  "U/L": "U/L",
  "umol/L": "umol/L",
};

export function contractUnitFor(test: LabTestId, ucum: string): string | undefined {
  const table = ucumToContractUnit[test];
  return Object.hasOwn(table, ucum) ? table[ucum] : undefined;
}

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/**
 * Which of the nine drugs a medication's names (text, coding displays) mean, matched by the
 * generic or brand name in the rules. RxNorm codes are not matched: the ones an EHR sends
 * are product codes (strength and form), too many to list without guessing. Oral
 * ruxolitinib (Jakafi) is not the cream, so the creams match only with "cream" or their brand.
 */
export function drugFromNames(names: readonly string[]): DrugId | undefined {
  const text = ` ${names.map(words).join(" ")} `;
  for (const id of drugIds) {
    const rules = drugRules[id];
    const generic = words(rules.name).split(" ")[0] ?? "";
    const brand = words(rules.brand);
    if (text.includes(` ${brand} `)) return id;
    if (!text.includes(` ${generic} `)) continue;
    if (rules.route === "oral") return id;
    if (text.includes(" cream ") || text.includes(" topical ")) return id;
  }
  return undefined;
}
