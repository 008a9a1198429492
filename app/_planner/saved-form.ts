import {
  antiplateletTherapies,
  hepaticImpairmentGrades,
  interactingMedicineIds,
  labelRegions,
  labTestIds,
  riskFactorIds,
  screeningInterpretations,
  screeningResults,
  smokingStatuses,
  type LabTestId,
} from "@/rules/types";
import { isJsonObject } from "@/lib/contract/json";
import { analytes } from "@/lib/units/analytes";
import type { DrugChoices } from "@/lib/planner/drug-choices";
import {
  emptyLabRows,
  mergeWindowChoices,
  screenedTests,
  type FormValues,
  type ScreenedTest,
  type UnitPreferences,
} from "./form-values";

/**
 * A form saved in this tab, checked before the planner uses it. The saved text outlives the code
 * that wrote it: a rules release may rename a drug, a release may change a field's type, and the
 * storage may hold anything at all. Anything that does not fit the form is never put into it,
 * where it would crash the page on every load for as long as the tab lives.
 *
 * The check follows the shape of the empty form: each field the saved form has must be of the
 * empty form's type (text, yes/no, list, group), and every id must be one the planner offers
 * (drug, units, region, the answers of each choice). A field it lacks takes the empty form's
 * value, so a form saved before a field was added still loads; a field the form no longer has
 * is dropped. Anything else clears the whole saved form: half a form is not a patient's form.
 */

export type SavedFormCheck = { ok: true; values: FormValues } | { ok: false; path: string };

/** The ids each choice field may hold, by its path with list positions written as `[]`. */
function allowedIds(choices: DrugChoices): Readonly<Record<string, readonly string[]>> {
  const ids: Record<string, readonly string[]> = {
    drug: Object.keys(choices),
    // "" is no region chosen (both labels applied), no answer, not assessed, not recorded.
    labelRegion: ["", ...labelRegions],
    "patient.sex": ["", "female", "male"],
    "patient.canBecomePregnant": ["", "yes", "no", "unknown"],
    "patient.smoking": ["", ...smokingStatuses],
    "patient.riskFactors[]": riskFactorIds,
    "patient.hepaticImpairment": ["", ...hepaticImpairmentGrades],
    "patient.cyp2c19PoorMetabolizer": ["unknown", "yes", "no"],
    "patient.cyp2c9PoorMetabolizer": ["unknown", "yes", "no"],
    "patient.antiplatelet": ["", ...antiplateletTherapies],
    "patient.interactingMedicines[]": interactingMedicineIds,
    "visitPlanning.mergeWithinDays": mergeWindowChoices,
  };
  for (const test of labTestIds) {
    ids[`labs.${test}.unit`] = Object.keys(analytes[test].units);
    ids[`followUps[].labs.${test}.unit`] = Object.keys(analytes[test].units);
  }
  const interpretations: Partial<Record<ScreenedTest, readonly string[]>> = screeningInterpretations;
  for (const test of screenedTests) {
    ids[`screening.${test}.result`] = ["", ...screeningResults];
    ids[`screening.${test}.interpretation`] = ["", ...(interpretations[test] ?? [])];
  }
  ids["otherScreening[].test"] = screenedTests;
  ids["otherZoster[].vaccine"] = ["rzv", "zvl"];
  ids["otherScreening[].result"] = ["", ...screeningResults];
  // A row's test can change after its interpretation was chosen: any test's reading fits here.
  ids["otherScreening[].interpretation"] = ["", ...Object.values(screeningInterpretations).flat()];
  return ids;
}

/**
 * What one entry of each list looks like; lists empty in the empty form need it. A list added
 * to the form later without an entry here is kept only if every entry is plain text.
 */
const listEntries: Readonly<Record<string, unknown>> = {
  "patient.riskFactors": "",
  "patient.interactingMedicines": "",
  followUps: { date: "", labs: emptyLabRows() },
  otherZoster: { vaccine: "rzv", date: "" },
  otherScreening: { test: "tb", result: "", date: "", interpretation: "", preventiveTreatmentStarted: "" },
  doseChanges: { date: "", doseMg: "" },
};

const kindOf = (value: unknown) => (Array.isArray(value) ? "list" : value === null ? "null" : typeof value);

/**
 * `saved` laid over `template`: the template's value where `saved` has none, `saved`'s where it
 * fits. Throws the path of the first field that does not fit.
 */
function fitted(
  saved: unknown,
  template: unknown,
  path: string,
  listPath: string,
  ids: Readonly<Record<string, readonly string[]>>,
): unknown {
  if (saved === undefined) return template;
  if (kindOf(saved) !== kindOf(template)) throw new Mismatch(path);
  if (typeof saved === "string") {
    const allowed = ids[listPath];
    if (allowed && !allowed.includes(saved)) throw new Mismatch(path);
    return saved;
  }
  if (Array.isArray(saved)) {
    const entry = listEntries[listPath];
    if (saved.length > 500) throw new Mismatch(path);
    return saved.map((item, index) =>
      entry === undefined
        ? textOnly(item, `${path}.${index}`)
        : fitted(item, entry, `${path}.${index}`, `${listPath}[]`, ids),
    );
  }
  if (isJsonObject(saved) && isJsonObject(template)) {
    return Object.fromEntries(
      Object.entries(template).map(([key, value]) => [
        key,
        fitted(
          Object.hasOwn(saved, key) ? saved[key] : undefined,
          value,
          `${path ? `${path}.` : ""}${key}`,
          `${listPath ? `${listPath}.` : ""}${key}`,
          ids,
        ),
      ]),
    );
  }
  return saved;
}

function textOnly(item: unknown, path: string): string {
  if (typeof item !== "string") throw new Mismatch(path);
  return item;
}

class Mismatch extends Error {
  constructor(readonly path: string) {
    super(`The saved form's ${path || "text"} does not fit the form.`);
  }
}

/**
 * Checks a saved form (parsed JSON) against the empty form `empty` the planner would start with.
 * `ok: false` names the first field that did not fit (for tests; the user is told only that the
 * saved form was cleared).
 */
export function checkSavedForm(saved: unknown, empty: FormValues, choices: DrugChoices): SavedFormCheck {
  if (!isJsonObject(saved)) return { ok: false, path: "" };
  try {
    return { ok: true, values: fitted(saved, empty, "", "", allowedIds(choices)) as FormValues };
  } catch (error) {
    if (error instanceof Mismatch) return { ok: false, path: error.path };
    throw error;
  }
}

/** Unit preferences kept only where the unit is one the lab accepts. */
export function checkedUnitPreferences(saved: unknown): UnitPreferences {
  if (!isJsonObject(saved)) return {};
  return Object.fromEntries(
    labTestIds.flatMap((test: LabTestId) => {
      const unit = Object.hasOwn(saved, test) ? saved[test] : undefined;
      return typeof unit === "string" && Object.hasOwn(analytes[test].units, unit) ? [[test, unit]] : [];
    }),
  );
}

/** The notice when a saved form did not fit and was cleared. */
export const savedFormClearedNotice = "Your saved form was from an older version and was cleared.";
