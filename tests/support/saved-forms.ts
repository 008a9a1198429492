/**
 * What a tab's session storage may hold under the planner's key (`jak-monitor:form:v1`): forms
 * saved by this version or an older one, and shapes no version wrote, as storage holds them after
 * a rules release renames a drug, a change of a field's type, or a hand edit. Shared by the unit
 * test of the check and the e2e test of the page; plain data, no imports, so both can load it.
 */

export const savedFormKey = "jak-monitor:form:v1";

/**
 * A form saved by an older version: it lacks fields added since (label region, plan length, the
 * later patient facts, follow-ups, dose changes). Platelets 120 ×10⁹/L: a do-not-start plan.
 */
export const olderSavedForm = {
  drug: "abrocitinib",
  indication: "atopic-dermatitis",
  doseMg: "100",
  startDate: "2027-01-04",
  patient: { ageYears: "34", sex: "female", pregnant: false, canBecomePregnant: "no", breastfeeding: false },
  asOf: "2026-12-20",
  labsDate: "2026-12-15",
  labs: { platelets: { value: "120", unit: "10^9/L", uln: "" } },
};

const shaped = (change: (form: Record<string, unknown>) => void): string => {
  const form = JSON.parse(JSON.stringify(olderSavedForm)) as Record<string, unknown>;
  change(form);
  return JSON.stringify(form);
};
const patientOf = (form: Record<string, unknown>) => form.patient as Record<string, unknown>;
const labsOf = (form: Record<string, unknown>) => form.labs as Record<string, Record<string, unknown>>;

/** Saved text that does not fit the form, each with the field that gives it away ("" for the whole). */
export const malformedSavedForms: readonly (readonly [name: string, text: string, path: string])[] = [
  ["text that is not JSON", '{"drug": "abrocitinib"', ""],
  ["JSON null", "null", ""],
  ["a list instead of a form", "[]", ""],
  ["a string instead of a form", '"abrocitinib"', ""],
  ["a drug id a rules release renamed", shaped((form) => (form.drug = "abrocitinib-er")), "drug"],
  ["a drug id that is not a string", shaped((form) => (form.drug = 7)), "drug"],
  ["null patient details", shaped((form) => (form.patient = null)), "patient"],
  ["null baseline labs", shaped((form) => (form.labs = null)), "labs"],
  ["baseline labs as a list", shaped((form) => (form.labs = [])), "labs"],
  ["a null lab row", shaped((form) => (labsOf(form).platelets = null as never)), "labs.platelets"],
  [
    "a lab value as a number",
    shaped((form) => (labsOf(form).platelets = { value: 120, unit: "10^9/L", uln: "" })),
    "labs.platelets.value",
  ],
  [
    "a unit the lab does not have",
    shaped((form) => (labsOf(form).platelets = { value: "120", unit: "furlongs", uln: "" })),
    "labs.platelets.unit",
  ],
  ["follow-ups as an object", shaped((form) => (form.followUps = {})), "followUps"],
  ["a null follow-up visit", shaped((form) => (form.followUps = [null])), "followUps.0"],
  [
    "follow-up labs as text",
    shaped((form) => (form.followUps = [{ date: "2027-02-01", labs: "cbc" }])),
    "followUps.0.labs",
  ],
  ["dose changes as text", shaped((form) => (form.doseChanges = "none")), "doseChanges"],
  ["null screening", shaped((form) => (form.screening = null)), "screening"],
  ["zoster doses as a number", shaped((form) => (form.zoster = 5)), "zoster"],
  ["risk factors as text", shaped((form) => (patientOf(form).riskFactors = "smoker")), "patient.riskFactors"],
  ["an unknown risk factor", shaped((form) => (patientOf(form).riskFactors = ["vampirism"])), "patient.riskFactors.0"],
  ["a yes/no field as text", shaped((form) => (patientOf(form).pregnant = "no")), "patient.pregnant"],
  // Until rules 2026.12.0 a checkbox whose unticked state could not tell "no" from "not asked": never read as "no".
  [
    "'can become pregnant' as the older yes/no checkbox",
    shaped((form) => (patientOf(form).canBecomePregnant = false)),
    "patient.canBecomePregnant",
  ],
  [
    "an answer 'can become pregnant' does not have",
    shaped((form) => (patientOf(form).canBecomePregnant = "maybe")),
    "patient.canBecomePregnant",
  ],
  ["an unknown label region", shaped((form) => (form.labelRegion = "UK")), "labelRegion"],
];
