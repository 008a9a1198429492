import { describe, expect, it } from "vitest";
import { drugRules } from "@/rules";
import { drugChoicesOf } from "@/lib/planner/drug-choices";
import { emptyFormValues, toRequest, type FormValues } from "@/app/_planner/form-values";
import { checkedUnitPreferences, checkSavedForm } from "@/app/_planner/saved-form";
import { malformedSavedForms, olderSavedForm } from "../support/saved-forms";

const choices = drugChoicesOf(drugRules);
const empty = emptyFormValues(choices, {}, "2026-12-20");
const parsedOrText = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

describe("a saved form is checked before the planner uses it", () => {
  it("a form saved by this version comes back as it was", () => {
    const filled: FormValues = {
      ...empty,
      drug: "tofacitinib",
      indication: "psoriatic-arthritis",
      doseMg: "10",
      patient: { ...empty.patient, ageYears: "50", sex: "male", riskFactors: ["diabetes"] },
      followUps: [
        { date: "2027-02-01", labs: { ...empty.labs, alc: { value: "0.4", unit: "10^9/L", uln: "", date: "" } } },
      ],
      doseChanges: [{ date: "2027-03-01", doseMg: "0" }],
    };
    expect(checkSavedForm(JSON.parse(JSON.stringify(filled)), empty, choices)).toEqual({ ok: true, values: filled });
  });

  it("a form saved by an older version gets the fields it lacks from the empty form, and keeps its own", () => {
    const check = checkSavedForm(olderSavedForm, empty, choices);
    if (!check.ok) throw new Error(check.path);
    expect(check.values).toMatchObject({
      ...olderSavedForm,
      labelRegion: empty.labelRegion,
      followUps: [],
      doseChanges: [],
    });
    expect(check.values.patient).toEqual({ ...empty.patient, ...olderSavedForm.patient });
    expect(check.values.labs.anc).toEqual(empty.labs.anc);
    // And it makes the request it made then.
    expect(toRequest(check.values, choices).request).toMatchObject({
      drug: "abrocitinib",
      labs: [{ test: "platelets", value: 120, unit: "10^9/L", date: "2026-12-15" }],
    });
  });

  it("a field the form no longer has is dropped", () => {
    const check = checkSavedForm(
      { ...olderSavedForm, retiredField: { deep: [1] }, patient: { ...olderSavedForm.patient, shoeSize: "9" } },
      empty,
      choices,
    );
    expect(check.ok && "retiredField" in check.values).toBe(false);
    expect(check.ok && "shoeSize" in check.values.patient).toBe(false);
  });

  it.each(malformedSavedForms.map(([name, text, path]) => ({ name, text, path })))(
    "$name → cleared, naming the field ($path)",
    ({ text, path }) => {
      expect(checkSavedForm(parsedOrText(text), empty, choices)).toEqual({ ok: false, path });
    },
  );

  it("unit preferences keep only units each lab has", () => {
    expect(checkedUnitPreferences({ platelets: "cells/uL", hemoglobin: "furlongs", ldl: 7, notALab: "g/L" })).toEqual({
      platelets: "cells/uL",
    });
    expect(checkedUnitPreferences(null)).toEqual({});
    expect(checkedUnitPreferences(["g/L"])).toEqual({});
  });
});
