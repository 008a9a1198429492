import { describe, expect, it } from "vitest";
import { planRequestSchema, toCalendarDate } from "@/lib/register/engine";
import { patientFactWords } from "@/lib/register/patient-fact-words";
import { factsDate, requestOfRecord, type RecordFacts } from "@/lib/register/record";
import { checkPatientFacts } from "@/lib/register/register-inputs";
import { patientFactsChange, patientValuesOf } from "@/app/_planner/form-values";
import { cleanPatient, cleanRequest } from "@/tests/support/requests";

const saved = planRequestSchema.parse(cleanRequest("abrocitinib", { labelRegion: "US" }));
const march = toCalendarDate("2027-03-01");
const april = toCalendarDate("2027-04-05");

describe("patient facts updated in the register", () => {
  it("takes a date and at least one of the plan request's patient facts, checked with the planner's own messages", () => {
    expect(checkPatientFacts({ date: "2027-03-01", patient: { canBecomePregnant: "unknown", egfr: 45 } })).toEqual({
      ok: true,
      value: { date: "2027-03-01", patient: { canBecomePregnant: "unknown", egfr: 45 } },
    });
    expect(checkPatientFacts({ date: "2027-03-01", patient: {} })).toEqual({
      ok: false,
      errors: [{ path: "patient", message: "Enter at least one patient fact." }],
    });
    // The planner's own range, at its boundaries: 1 and 200 mL/min/1.73 m² pass, 0 does not.
    for (const egfr of [1, 200]) expect(checkPatientFacts({ date: "2027-03-01", patient: { egfr } }).ok).toBe(true);
    expect(checkPatientFacts({ date: "2027-03-01", patient: { egfr: 0 } })).toEqual({
      ok: false,
      errors: [{ path: "patient.egfr", message: "eGFR must be between 1 and 200 mL/min/1.73 m²." }],
    });
    expect(checkPatientFacts({ date: "2027-02-30", patient: { pregnant: true } })).toEqual({
      ok: false,
      errors: [
        { path: "date", message: "Date the facts were learned must be a real calendar date written YYYY-MM-DD." },
      ],
    });
    const unknownFact = checkPatientFacts({ date: "2027-03-01", patient: { shoeSize: 42 } });
    expect(unknownFact.ok).toBe(false);
    expect(checkPatientFacts({ patient: { pregnant: true } }).ok).toBe(false);
  });

  it("gives the plan the saved facts with each update over them, in the order recorded, and dates the record by them", () => {
    const facts: RecordFacts = {
      request: saved,
      events: [
        { id: "a", kind: "patient-facts", body: { date: march, patient: { egfr: 45, canBecomePregnant: "unknown" } } },
        { id: "b", kind: "patient-facts", body: { date: april, patient: { egfr: 38 } } },
      ],
    };
    expect(requestOfRecord(facts).patient).toEqual({ ...saved.patient, egfr: 38, canBecomePregnant: "unknown" });
    expect(requestOfRecord(facts, undefined, "b").patient.egfr).toBe(45);
    expect(factsDate(facts)).toBe(april);
    // The saved request itself is never changed.
    expect(saved.patient.egfr).toBe(cleanPatient.egfr);
  });

  it("says what an update recorded in words, one per fact given", () => {
    expect(
      patientFactWords({ canBecomePregnant: "unknown", pregnant: true, egfr: 45, interactingMedicines: [] }),
    ).toEqual([
      "can become pregnant: not known",
      "pregnant: yes",
      "eGFR 45 mL/min/1.73 m²",
      "interacting medicines: none",
    ]);
  });
});

describe("the register's facts form", () => {
  const recorded = patientValuesOf(saved.patient);

  it("sends only the facts that differ from the record's, as the request states them", () => {
    expect(patientFactsChange(recorded, recorded)).toEqual({ changed: {}, emptied: [] });
    expect(
      patientFactsChange(recorded, {
        ...recorded,
        canBecomePregnant: "yes",
        egfr: "44,5",
        riskFactors: ["hypertension"],
      }),
    ).toEqual({ changed: { canBecomePregnant: true, egfr: 44.5, riskFactors: ["hypertension"] }, emptied: [] });
    // A list in another order is the same list.
    const twoFactors = { ...recorded, riskFactors: ["diabetes", "hypertension"] as const };
    expect(
      patientFactsChange(
        { ...twoFactors, riskFactors: [...twoFactors.riskFactors] },
        {
          ...twoFactors,
          riskFactors: ["hypertension", "diabetes"],
        },
      ),
    ).toEqual({ changed: {}, emptied: [] });
  });

  it("names a recorded fact left empty instead of silently keeping it", () => {
    expect(patientFactsChange(recorded, { ...recorded, egfr: "", medicinesReviewed: false })).toEqual({
      changed: {},
      emptied: ["egfr", "interactingMedicines"],
    });
    // Text that is not a number is sent as typed, for the schema to refuse with the field's message.
    expect(patientFactsChange(recorded, { ...recorded, weightKg: "seventy" }).changed).toEqual({ weightKg: "seventy" });
  });
});
