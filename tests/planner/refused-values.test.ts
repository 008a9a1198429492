import { describe, expect, it } from "vitest";
import { drugRules } from "@/rules";
import { checkForm } from "@/app/_planner/check-form";
import { emptyFormValues, type FormValues } from "@/app/_planner/form-values";
import { summaryLine } from "@/app/_planner/refused-values";
import { drugChoicesOf } from "@/lib/planner/drug-choices";

describe("the error summary names the field", () => {
  it.each([
    ["labs.platelets.value", "Lab value must be a number.", "Platelets (baseline): must be a number."],
    [
      "followUps.1.labs.alt.value",
      "ALT must be a number between 0 and 20,000 U/L.",
      "ALT (visit 2): must be a number between 0 and 20,000 U/L.",
    ],
    [
      "labs.alt.uln",
      "ALT upper limit of normal must be between 5 and 500 U/L.",
      "ALT upper limit of normal (baseline): must be between 5 and 500 U/L.",
    ],
    [
      "labsDate",
      "Empty or incomplete. Enter the day these values were drawn.",
      "Baseline labs, drawn on: empty or incomplete. Enter the day these values were drawn.",
    ],
    [
      "followUps.0.date",
      "Empty or incomplete. Enter the day these values were drawn.",
      "Visit 1, date: empty or incomplete. Enter the day these values were drawn.",
    ],
    [
      "labs.platelets.date",
      "Lab date must be on or before 2027-01-01.",
      "Platelets date (baseline): must be on or before 2027-01-01.",
    ],
    [
      "patient.egfr",
      "eGFR must be between 1 and 200 mL/min/1.73 m².",
      "eGFR must be between 1 and 200 mL/min/1.73 m².",
    ],
  ])("%s: %s", (path, message, line) => {
    expect(summaryLine({ path, message })).toBe(line);
  });
});

describe("a lab value without its day", () => {
  it("is refused at the table's date, in words for a date picker, and the summary names that field", () => {
    const form = emptyFormValues(drugChoicesOf(drugRules), {}, "2026-12-05");
    form.startDate = "2026-12-14";
    form.labsDate = "";
    form.labs.platelets.value = "140";
    const check = checkForm(form);
    expect(check.ok).toBe(false);
    const dateError = check.ok ? undefined : check.errors.find((error) => error.path === "labsDate");
    expect(dateError?.message).toBe("Empty or incomplete. Enter the day these values were drawn.");
    expect(summaryLine(dateError!)).toBe(
      "Baseline labs, drawn on: empty or incomplete. Enter the day these values were drawn.",
    );
  });
});

describe("an empty date picker says it is empty at the field, and the summary names the field as the form labels it", () => {
  it.each([
    [
      "startDate",
      (form: FormValues) => void (form.startDate = ""),
      "Empty or incomplete. Enter the day of the first dose.",
      "Start date (first dose): empty or incomplete. Enter the day of the first dose.",
    ],
    [
      "screening.tb.date",
      (form: FormValues) => void Object.assign(form.screening.tb, { result: "negative", date: "" }),
      "Empty or incomplete. Enter the day of the test.",
      "Tuberculosis (IGRA or skin test), date: empty or incomplete. Enter the day of the test.",
    ],
    [
      "zoster.rzvDose2",
      (form: FormValues) => void (form.zoster.rzvDose2 = "2026-1"),
      "Empty or incomplete. Enter the day of the dose.",
      "Recombinant dose 2: empty or incomplete. Enter the day of the dose.",
    ],
    [
      "doseChanges.0.date",
      (form: FormValues) => void (form.doseChanges = [{ date: "", doseMg: "200" }]),
      "Empty or incomplete. Enter the day the new dose starts.",
      "Change 1 date (dose changes after the start): empty or incomplete. Enter the day the new dose starts.",
    ],
    [
      "asOf",
      (form: FormValues) => void (form.asOf = "2026-13-01"),
      "Empty or incomplete. Enter the date the plan is made on.",
      "Today (as of): empty or incomplete. Enter the date the plan is made on.",
    ],
  ])("%s", (path, change, message, line) => {
    const form = emptyFormValues(drugChoicesOf(drugRules), {}, "2026-12-05");
    form.startDate = "2026-12-14";
    change(form);
    const check = checkForm(form);
    const error = check.ok ? undefined : check.errors.find((candidate) => candidate.path === path);
    expect(error?.message).toBe(message);
    expect(summaryLine(error!)).toBe(line);
  });

  it("names other date messages as the schema words them, without repeating the field", () => {
    expect(summaryLine({ path: "startDate", message: "Start date must be between 1900 and 2100." })).toBe(
      "Start date must be between 1900 and 2100.",
    );
  });
});

describe("a refused value that hides a check across fields", () => {
  it("a screening result without its date and a dose not chosen: both fields are named, not one per round", () => {
    // The schema checks the dose against the drug only once every field is valid on its own,
    // so a first check named only the date and the plan stayed hidden behind the unnamed dose.
    const form = emptyFormValues(drugChoicesOf(drugRules), {}, "2026-12-06");
    form.startDate = "2026-12-14";
    form.patient.ageYears = "34";
    form.patient.sex = "female";
    form.screening.tb.result = "positive";
    const check = checkForm(form);
    expect(check.ok).toBe(false);
    expect(check.ok ? [] : check.errors.map(summaryLine)).toEqual([
      "Tuberculosis (IGRA or skin test), date: empty or incomplete. Enter the day of the test.",
      "Dose is required for abrocitinib: one of 50, 100, 200 mg per day.",
    ]);
  });
});

describe("a fresh form", () => {
  it("names the dose beside the start date, age and sex, though the schema checks it only on an otherwise valid request", () => {
    const check = checkForm(emptyFormValues(drugChoicesOf(drugRules), {}, "2026-12-06"));
    expect(check.ok ? [] : check.errors.map((error) => error.path)).toEqual([
      "startDate",
      "patient.ageYears",
      "patient.sex",
      "doseMg",
    ]);
  });
});
