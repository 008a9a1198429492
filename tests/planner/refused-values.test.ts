import { describe, expect, it } from "vitest";
import { summaryLine } from "@/app/_planner/refused-values";

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
      "Lab date must be a real calendar date written YYYY-MM-DD.",
      "Baseline labs, drawn on: empty or incomplete: enter the day these values were drawn.",
    ],
    [
      "followUps.0.date",
      "Lab date must be a real calendar date written YYYY-MM-DD.",
      "Visit 1, date: empty or incomplete: enter the day these values were drawn.",
    ],
    [
      "labs.platelets.date",
      "Lab date must be a real calendar date written YYYY-MM-DD.",
      "Platelets date (baseline): empty or incomplete: enter the day these values were drawn.",
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
