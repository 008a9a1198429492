import { describe, expect, it } from "vitest";
import { patientSchema, planRequestSchema, toCalendarDate } from "@/lib/register/engine";
import { factsUpdateWords } from "@/lib/register/patient-fact-words";
import {
  factsDate,
  factsLearnedLater,
  removablePatientFacts,
  requestOfRecord,
  type RecordFacts,
} from "@/lib/register/record";
import { checkPatientFacts, checkResultEntry, resultsAfterToday } from "@/lib/register/register-inputs";
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
      errors: [{ path: "patient", message: "Enter at least one patient fact to change or remove." }],
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

  it("may remove every fact the plan request leaves optional: all but the age and sex", () => {
    const optional = Object.keys(patientSchema.shape).filter((fact) => fact !== "ageYears" && fact !== "sex");
    expect([...removablePatientFacts].sort()).toEqual(optional.sort());
  });

  it("takes facts to remove, but never the age or sex, and not a fact both given and removed", () => {
    expect(checkPatientFacts({ date: "2027-03-01", remove: ["crclMlMin"] })).toEqual({
      ok: true,
      value: { date: "2027-03-01", patient: {}, remove: ["crclMlMin"] },
    });
    expect(checkPatientFacts({ date: "2027-03-01", remove: ["ageYears"] }).ok).toBe(false);
    expect(checkPatientFacts({ date: "2027-03-01", patient: { egfr: 40 }, remove: ["egfr"] })).toEqual({
      ok: false,
      errors: [{ path: "remove.0", message: "egfr is given or removed twice." }],
    });
  });

  it("gives the plan the saved facts with each update over them, by the day learned, and dates the record by them", () => {
    const facts: RecordFacts = {
      request: saved,
      events: [
        { id: "a", kind: "patient-facts", body: { date: april, patient: { egfr: 38 }, remove: ["smoking"] } },
        // Typed in later, learned earlier: it does not undo April's eGFR.
        { id: "b", kind: "patient-facts", body: { date: march, patient: { egfr: 45, canBecomePregnant: "unknown" } } },
        // Learned the same day as "a", recorded after it: it comes after it.
        { id: "c", kind: "patient-facts", body: { date: april, patient: { weightKg: 64 } } },
      ],
    };
    const { smoking: _smoking, ...withoutSmoking } = saved.patient;
    expect(_smoking).toBe("never");
    expect(requestOfRecord(facts).patient).toEqual({
      ...withoutSmoking,
      egfr: 38,
      canBecomePregnant: "unknown",
      weightKg: 64,
    });
    expect(requestOfRecord(facts, undefined, "a").patient).toMatchObject({ egfr: 45, smoking: "never" });
    expect(factsDate(facts)).toBe(april);
    // The saved request itself is never changed.
    expect(saved.patient.egfr).toBe(cleanPatient.egfr);
  });

  it("finds the facts a later-learned update already holds, removals included, for an update dated earlier", () => {
    const events: RecordFacts["events"] = [
      { id: "a", kind: "patient-facts", body: { date: march, patient: { egfr: 45 } } },
      { id: "b", kind: "patient-facts", body: { date: april, patient: {}, remove: ["crclMlMin"] } },
    ];
    const february = toCalendarDate("2027-02-15");
    expect(factsLearnedLater(events, { date: february, patient: { crclMlMin: 50, weightKg: 60 } })).toEqual([
      { fact: "crclMlMin", learnedOn: april },
    ]);
    expect(factsLearnedLater(events, { date: february, patient: {}, remove: ["egfr"] })).toEqual([
      { fact: "egfr", learnedOn: march },
    ]);
    // The same day as the latest, or after it: the update stands.
    expect(factsLearnedLater(events, { date: april, patient: { crclMlMin: 50, egfr: 40 } })).toEqual([]);
  });

  it("says what an update recorded in words, one per fact given, then those removed", () => {
    expect(
      factsUpdateWords({
        patient: { canBecomePregnant: "unknown", pregnant: true, egfr: 45, interactingMedicines: [] },
        remove: ["crclMlMin", "cyp2c19PoorMetabolizer"],
      }),
    ).toEqual([
      "can become pregnant: not known",
      "pregnant: yes",
      "eGFR 45 mL/min/1.73 m²",
      "interacting medicines: none",
      "removed: creatinine clearance (calculated again), CYP2C19 poor metabolizer",
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

  it("keeps 'can become pregnant?' as answered when the sex is corrected to male (the form still shows an answer)", () => {
    const answered = { ...recorded, canBecomePregnant: "yes" as const };
    expect(patientFactsChange(answered, { ...answered, sex: "male" })).toEqual({
      changed: { sex: "male" },
      emptied: [],
    });
  });

  it("names a recorded fact left empty, for the update to remove, instead of silently keeping it", () => {
    expect(patientFactsChange(recorded, { ...recorded, egfr: "", medicinesReviewed: false })).toEqual({
      changed: {},
      emptied: ["egfr", "interactingMedicines"],
    });
    // Text that is not a number is sent as typed, for the schema to refuse with the field's message.
    expect(patientFactsChange(recorded, { ...recorded, weightKg: "seventy" }).changed).toEqual({ weightKg: "seventy" });
  });
});

describe("a date the clinic cannot have yet", () => {
  const today = toCalendarDate("2026-12-07");
  const onTheClock = "(Mon 7 Dec 2026 on the register's clock; a day ahead is allowed for time zones).";
  it("refuses facts learned after today, at the date field, with a day's grace for time zones", () => {
    for (const date of ["2026-12-07", "2026-12-08"])
      expect(checkPatientFacts({ date, patient: { pregnant: true } }, today).ok).toBe(true);
    expect(checkPatientFacts({ date: "2026-12-09", patient: { pregnant: true } }, today)).toEqual({
      ok: false,
      errors: [{ path: "date", message: `Date the facts were learned must not be after today ${onTheClock}` }],
    });
  });

  it("finds a new record's results dated after today, each at its entry, zoster doses included", () => {
    // The fixture's baseline results are of Tue 15 Dec 2026, its zoster doses of September and
    // November; the start itself is not a result.
    expect(resultsAfterToday(saved, toCalendarDate("2026-12-14"))).toEqual([]);
    const errors = resultsAfterToday(saved, toCalendarDate("2026-12-13"));
    expect(errors).toContainEqual({
      path: "labs.0.date",
      message:
        "Absolute neutrophil count: the date, Tue 15 Dec 2026, must not be after today (Sun 13 Dec 2026 on the register's clock; a day ahead is allowed for time zones).",
    });
    expect(errors).toContainEqual(expect.objectContaining({ path: "screening.0.date" }));
    expect(errors.every((error) => /^(labs|screening)\.\d+\.date$/.test(error.path))).toBe(true);
    const late = resultsAfterToday(saved, toCalendarDate("2026-10-30"));
    expect(late).toContainEqual(expect.objectContaining({ path: "zosterVaccine.1.date" }));
    expect(late).not.toContainEqual(expect.objectContaining({ path: "zosterVaccine.0.date" }));
  });

  it("refuses results dated after today, at the date field, with a day's grace for time zones", () => {
    const platelets = [{ test: "platelets", value: 240, unit: "10^9/L" }];
    for (const date of ["2026-12-07", "2026-12-08"])
      expect(checkResultEntry({ date, labs: platelets }, today).ok).toBe(true);
    expect(checkResultEntry({ date: "2026-12-09", labs: platelets }, today)).toEqual({
      ok: false,
      errors: [{ path: "date", message: `Date of the results must not be after today ${onTheClock}` }],
    });
    // A date that is not one gets its own message, not this one.
    const impossible = checkResultEntry({ date: "2027-02-30", labs: platelets }, today);
    expect(impossible.ok ? [] : impossible.errors.map((error) => error.message)).toEqual([
      "Lab date must be a real calendar date written YYYY-MM-DD.",
    ]);
  });
});
