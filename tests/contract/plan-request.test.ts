import { describe, expect, expectTypeOf, it } from "vitest";
import type { CalendarDate } from "@/lib/dates/calendar-date";
import { maxBodyBytes, respondToPlanRequest } from "@/lib/doors/plan-door";
import { patientSchema, type LabResult, type PlanRequest, type PlanRequestInput } from "@/lib/contract/plan-request";
import type { DrugId } from "@/rules/types";
import { allDrugs, baselineDate, cleanRequest, minimalRequest, refusal } from "../support/requests";

/** The abrocitinib request with some fields replaced (undefined removes a field). */
const abro = (overrides: Record<string, unknown> = {}): string =>
  JSON.stringify({ ...minimalRequest("abrocitinib"), ...overrides });
const patient = (overrides: Record<string, unknown>) => ({ ageYears: 34, sex: "female", ...overrides });
const lab = (overrides: Record<string, unknown>) => [
  { test: "platelets", value: 240, unit: "10^9/L", date: baselineDate, ...overrides },
];

// A client sends dates as text; only a request that passed the schema carries `CalendarDate`s.
expectTypeOf<PlanRequestInput["startDate"]>().toEqualTypeOf<string>();
expectTypeOf<PlanRequest["startDate"]>().toEqualTypeOf<CalendarDate>();
expectTypeOf<LabResult["date"]>().toEqualTypeOf<CalendarDate>();

describe("valid requests are planned (200)", () => {
  it.each(allDrugs)("a minimal %s request", (drug) => {
    const { status, body } = respondToPlanRequest(JSON.stringify(minimalRequest(drug)));
    expect(status, body).toBe(200);
    expect(JSON.parse(body)).toMatchObject({ contractVersion: 1, drug, startDate: "2027-01-04" });
  });

  it.each(allDrugs)("a %s request with every optional field filled in", (drug) => {
    const { status, body } = respondToPlanRequest(
      JSON.stringify(cleanRequest(drug, { horizonMonths: 24, labelRegion: "EU" })),
    );
    expect(status, body).toBe(200);
  });

  it.each<[string, DrugId, Record<string, unknown>]>([
    ["abrocitinib 50 mg", "abrocitinib", { doseMg: 50 }],
    ["abrocitinib 200 mg (the label's dose after an inadequate response)", "abrocitinib", { doseMg: 200 }],
    ["upadacitinib 30 mg for atopic dermatitis", "upadacitinib", { doseMg: 30 }],
    ["upadacitinib 15 mg for psoriatic arthritis", "upadacitinib", { indication: "psoriatic-arthritis", doseMg: 15 }],
    ["baricitinib 4 mg for alopecia areata", "baricitinib", { doseMg: 4 }],
    [
      "baricitinib for atopic dermatitis (EU indication)",
      "baricitinib",
      { indication: "atopic-dermatitis", doseMg: 4, labelRegion: "EU" },
    ],
    ["tofacitinib 11 mg extended release", "tofacitinib", { doseMg: 11 }],
    ["ruxolitinib cream for vitiligo", "ruxolitinib-cream", { indication: "vitiligo" }],
    ["a dose interruption (0 mg) after the start", "abrocitinib", { doseChanges: [{ date: "2027-03-01", doseMg: 0 }] }],
    ["a dose increase after the start", "abrocitinib", { doseChanges: [{ date: "2027-03-01", doseMg: 200 }] }],
    ["horizon of 1 month", "abrocitinib", { horizonMonths: 1 }],
    ["horizon of 60 months", "abrocitinib", { horizonMonths: 60 }],
    ["age 0 (the schema's lower bound)", "ruxolitinib-cream", { patient: patient({ ageYears: 0 }) }],
    ["age 120", "abrocitinib", { patient: patient({ ageYears: 120 }) }],
    [
      "ALT with an upper limit of normal",
      "upadacitinib",
      { labs: [{ test: "alt", value: 60, unit: "U/L", uln: 40, date: baselineDate }] },
    ],
    [
      "haemoglobin in mmol/L",
      "abrocitinib",
      { labs: [{ test: "hemoglobin", value: 8.4, unit: "mmol/L", date: baselineDate }] },
    ],
    [
      "creatinine in µmol/L",
      "baricitinib",
      { labs: [{ test: "creatinine", value: 80, unit: "umol/L", date: baselineDate }] },
    ],
    ["a leap-day start date", "abrocitinib", { startDate: "2028-02-29" }],
    ['labelRegion "both" (the stricter of the two labels)', "abrocitinib", { labelRegion: "both" }],
    ['canBecomePregnant "unknown"', "abrocitinib", { patient: patient({ canBecomePregnant: "unknown" }) }],
    [
      "weight and creatinine clearance at their bounds",
      "tofacitinib",
      { patient: patient({ weightKg: 1, crclMlMin: 300 }) },
    ],
    [
      "weight 350 kg and creatinine clearance 1 mL/min",
      "tofacitinib",
      { patient: patient({ weightKg: 350, crclMlMin: 1 }) },
    ],
    [
      "every interacting medicine class",
      "abrocitinib",
      {
        patient: patient({
          interactingMedicines: [
            "strong-cyp3a4-inhibitor",
            "moderate-cyp3a4-and-strong-cyp2c19-inhibitor",
            "strong-cyp2c19-inhibitor",
            "cyp2c19-and-cyp2c9-inhibitor",
            "moderate-or-strong-cyp2c9-inhibitor",
            "strong-oat3-inhibitor",
            "strong-cyp3a4-inducer",
            "strong-cyp2c19-or-cyp2c9-inducer",
          ],
        }),
      },
    ],
    ["no interacting medicine (an empty list)", "abrocitinib", { patient: patient({ interactingMedicines: [] }) }],
    ["a baseline window of 1 and of 365 days", "abrocitinib", { baselineWindowDays: 365 }],
    [
      "latent TB with preventive treatment started",
      "abrocitinib",
      {
        screening: [
          {
            test: "tb",
            result: "positive",
            date: baselineDate,
            interpretation: "latent",
            preventiveTreatmentStarted: "2026-12-20",
          },
        ],
      },
    ],
    [
      "hepatitis B: anti-HBc positive, HBsAg negative",
      "abrocitinib",
      { screening: [{ test: "hbv", result: "positive", date: baselineDate, interpretation: "anti-hbc-only" }] },
    ],
    [
      "hepatitis C: RNA not detected",
      "abrocitinib",
      { screening: [{ test: "hcv", result: "positive", date: baselineDate, interpretation: "rna-not-detected" }] },
    ],
    ["tofacitinib 5 mg once daily", "tofacitinib", { doseMg: 5 }],
  ])("%s", (_name, drug, overrides) => {
    const { status, body } = respondToPlanRequest(JSON.stringify({ ...minimalRequest(drug), ...overrides }));
    expect(status, body).toBe(200);
  });
});

describe("refused requests (400) name the offending field", () => {
  it.each<[string, string, string, RegExp?]>([
    ["an unknown top-level field", abro({ foo: 1 }), "foo", /Unknown field "foo"/],
    ["a misspelt top-level field (startdate)", abro({ startdate: "2027-01-04" }), "startdate"],
    ["an unknown patient field", abro({ patient: patient({ foo: true }) }), "patient.foo", /Unknown field "foo"/],
    ["an unknown lab field", abro({ labs: lab({ foo: 1 }) }), "labs.0.foo", /Unknown field "foo"/],
    // Bare, "" would mean the body itself and "a.b" a nested field: such names are written as JSON strings.
    ['an unknown top-level field named ""', abro({ "": 1 }), '""', /Unknown field ""/],
    [
      'an unknown patient field named "a.b"',
      abro({ patient: patient({ "a.b": 1 }) }),
      'patient."a.b"',
      /Unknown field "a.b"/,
    ],
    [
      "an unknown screening field",
      abro({ screening: [{ test: "tb", result: "negative", date: baselineDate, method: "IGRA" }] }),
      "screening.0.method",
    ],
    ["an unknown drug id", abro({ drug: "filgotinib" }), "drug", /Drug must be one of/],
    ["an unknown indication id", abro({ indication: "eczema" }), "indication"],
    [
      "an indication the drug lacks (ritlecitinib for psoriasis)",
      JSON.stringify({ ...minimalRequest("ritlecitinib"), indication: "psoriasis" }),
      "indication",
      /ritlecitinib/,
    ],
    [
      "an indication the drug lacks (abrocitinib for alopecia areata)",
      abro({ indication: "alopecia-areata" }),
      "indication",
    ],
    [
      "an indication the drug lacks (deucravacitinib for atopic dermatitis)",
      JSON.stringify({ ...minimalRequest("deucravacitinib"), indication: "atopic-dermatitis" }),
      "indication",
    ],
    ["a dose not in the drug's list (abrocitinib 75 mg)", abro({ doseMg: 75 }), "doseMg", /50, 100, 200/],
    [
      "a dose of another indication (upadacitinib 30 mg for psoriatic arthritis)",
      JSON.stringify({ ...minimalRequest("upadacitinib"), indication: "psoriatic-arthritis", doseMg: 30 }),
      "doseMg",
    ],
    ["a dose as a string", abro({ doseMg: "100" }), "doseMg"],
    ["a dose of 0 mg to start", abro({ doseMg: 0 }), "doseMg"],
    ["a missing dose for an oral drug", abro({ doseMg: undefined }), "doseMg", /required/],
    [
      "a dose given for a cream",
      JSON.stringify({ ...minimalRequest("ruxolitinib-cream"), doseMg: 10 }),
      "doseMg",
      /topical/,
    ],
    [
      "dose changes for a cream",
      JSON.stringify({ ...minimalRequest("delgocitinib-cream"), doseChanges: [{ date: "2027-03-01", doseMg: 0 }] }),
      "doseChanges",
    ],
    ["an impossible start date (30 Feb)", abro({ startDate: "2027-02-30" }), "startDate", /real calendar date/],
    ["a start date with a time", abro({ startDate: "2027-01-04T09:00:00Z" }), "startDate"],
    ["a start date written 4/1/2027", abro({ startDate: "4/1/2027" }), "startDate"],
    ["a missing start date", abro({ startDate: undefined }), "startDate"],
    ["an impossible lab date (29 Feb 2027)", abro({ labs: lab({ date: "2027-02-29" }) }), "labs.0.date"],
    ["platelets in g/dL", abro({ labs: lab({ unit: "g/dL" }) }), "labs.0.unit", /Platelets unit must be one of/],
    [
      "haemoglobin in mg/dL",
      abro({ labs: [{ test: "hemoglobin", value: 13, unit: "mg/dL", date: baselineDate }] }),
      "labs.0.unit",
    ],
    ["platelets 5,000 ×10⁹/L (implausible)", abro({ labs: lab({ value: 5000 }) }), "labs.0.value", /^Platelets /],
    ["negative platelets", abro({ labs: lab({ value: -1 }) }), "labs.0.value", /Platelets/],
    [
      "haemoglobin 300 g/dL (implausible)",
      abro({ labs: [{ test: "hemoglobin", value: 300, unit: "g/dL", date: baselineDate }] }),
      "labs.0.value",
      /Haemoglobin/,
    ],
    ["a lab value as a string", abro({ labs: lab({ value: "240" }) }), "labs.0.value"],
    ["an unknown lab test", abro({ labs: lab({ test: "crp" }) }), "labs.0.test"],
    ["an upper limit of normal on platelets", abro({ labs: lab({ uln: 40 }) }), "labs.0.uln"],
    ["the second lab wrong, the first right", abro({ labs: [...lab({}), ...lab({ unit: "mg/dL" })] }), "labs.1.unit"],
    ["a negative age", abro({ patient: patient({ ageYears: -1 }) }), "patient.ageYears", /between 0 and 120/],
    ["age 121", abro({ patient: patient({ ageYears: 121 }) }), "patient.ageYears"],
    ["a fractional age", abro({ patient: patient({ ageYears: 34.5 }) }), "patient.ageYears"],
    ["a missing sex", abro({ patient: { ageYears: 34 } }), "patient.sex"],
    ["a missing patient", abro({ patient: undefined }), "patient"],
    ["an unknown risk factor", abro({ patient: patient({ riskFactors: ["obesity"] }) }), "patient.riskFactors.0"],
    ["eGFR 0", abro({ patient: patient({ egfr: 0 }) }), "patient.egfr"],
    ["a pregnant male patient", abro({ patient: patient({ sex: "male", pregnant: true }) }), "patient.pregnant"],
    ["horizonMonths 0", abro({ horizonMonths: 0 }), "horizonMonths", /between 1 and 60/],
    ["horizonMonths 61", abro({ horizonMonths: 61 }), "horizonMonths", /between 1 and 60/],
    ["horizonMonths 6.5", abro({ horizonMonths: 6.5 }), "horizonMonths"],
    ["routineIntervalMonths 0", abro({ routineIntervalMonths: 0 }), "routineIntervalMonths"],
    ["routineIntervalMonths 13", abro({ routineIntervalMonths: 13 }), "routineIntervalMonths"],
    ["an unknown label region", abro({ labelRegion: "UK" }), "labelRegion", /US, EU, both/],
    [
      'canBecomePregnant "maybe"',
      abro({ patient: patient({ canBecomePregnant: "maybe" }) }),
      "patient.canBecomePregnant",
      /true, false or "unknown"/,
    ],
    ["weight 0 kg", abro({ patient: patient({ weightKg: 0 }) }), "patient.weightKg", /between 1 and 350 kg/],
    ["weight 351 kg", abro({ patient: patient({ weightKg: 351 }) }), "patient.weightKg", /between 1 and 350 kg/],
    [
      "weight as text",
      abro({ patient: patient({ weightKg: "70" }) }),
      "patient.weightKg",
      /Weight must be a number in kg/,
    ],
    [
      "creatinine clearance 0.5 mL/min",
      abro({ patient: patient({ crclMlMin: 0.5 }) }),
      "patient.crclMlMin",
      /between 1 and 300 mL\/min/,
    ],
    [
      "creatinine clearance 301 mL/min",
      abro({ patient: patient({ crclMlMin: 301 }) }),
      "patient.crclMlMin",
      /between 1 and 300 mL\/min/,
    ],
    [
      "an unknown interacting medicine",
      abro({ patient: patient({ interactingMedicines: ["grapefruit"] }) }),
      "patient.interactingMedicines.0",
      /Interacting medicine must be one of/,
    ],
    [
      "interacting medicines not a list",
      abro({ patient: patient({ interactingMedicines: "none" }) }),
      "patient.interactingMedicines",
      /must be a list/,
    ],
    ["a baseline window of 0 days", abro({ baselineWindowDays: 0 }), "baselineWindowDays", /between 1 and 365 days/],
    [
      "a baseline window of 366 days",
      abro({ baselineWindowDays: 366 }),
      "baselineWindowDays",
      /between 1 and 365 days/,
    ],
    [
      "an interpretation of a negative TB test",
      abro({ screening: [{ test: "tb", result: "negative", date: baselineDate, interpretation: "latent" }] }),
      "screening.0.interpretation",
      /left out/,
    ],
    [
      "a hepatitis reading given to a TB test",
      abro({ screening: [{ test: "tb", result: "positive", date: baselineDate, interpretation: "rna-detected" }] }),
      "screening.0.interpretation",
      /latent, active/,
    ],
    [
      "an interpretation of a pregnancy test",
      abro({ screening: [{ test: "pregnancy", result: "positive", date: baselineDate, interpretation: "active" }] }),
      "screening.0.interpretation",
    ],
    [
      "an unknown interpretation",
      abro({ screening: [{ test: "tb", result: "positive", date: baselineDate, interpretation: "old" }] }),
      "screening.0.interpretation",
    ],
    [
      "a preventive treatment date without latent TB",
      abro({
        screening: [{ test: "tb", result: "positive", date: baselineDate, preventiveTreatmentStarted: "2026-12-20" }],
      }),
      "screening.0.preventiveTreatmentStarted",
      /latent TB/,
    ],
    [
      "an impossible preventive treatment date",
      abro({
        screening: [
          {
            test: "tb",
            result: "positive",
            date: baselineDate,
            interpretation: "latent",
            preventiveTreatmentStarted: "2026-02-30",
          },
        ],
      }),
      "screening.0.preventiveTreatmentStarted",
    ],
    [
      "an unknown screening result",
      abro({ screening: [{ test: "tb", result: "weak", date: baselineDate }] }),
      "screening.0.result",
    ],
    [
      "an unknown zoster vaccine",
      abro({ zosterVaccine: [{ vaccine: "shingrix", date: "2026-11-20" }] }),
      "zosterVaccine.0.vaccine",
    ],
    [
      "a dose change before the start",
      abro({ doseChanges: [{ date: "2026-12-01", doseMg: 200 }] }),
      "doseChanges.0.date",
      /^Dose change date must be after the start date, 2027-01-04\.$/,
    ],
    [
      "a dose change on the start date",
      abro({ doseChanges: [{ date: "2027-01-04", doseMg: 200 }] }),
      "doseChanges.0.date",
    ],
    [
      "a dose change to a dose not in the list",
      abro({ doseChanges: [{ date: "2027-03-01", doseMg: 150 }] }),
      "doseChanges.0.doseMg",
    ],
    [
      "two dose changes on one date",
      abro({
        doseChanges: [
          { date: "2027-03-01", doseMg: 200 },
          { date: "2027-03-01", doseMg: 0 },
        ],
      }),
      "doseChanges.1.date",
      /^Only one dose change per date: 2027-03-01 already has one\.$/,
    ],
    // Objects left out or given as something else say what they should hold, not zod's "Invalid input".
    [
      "no patient",
      abro({ patient: undefined }),
      "patient",
      /^Patient must be an object with at least ageYears and sex\. It is required and was not given\.$/,
    ],
    ["a patient that is a number", abro({ patient: 5 }), "patient", /^Patient must be an object/],
    [
      "a lab result that is a number",
      abro({ labs: [5] }),
      "labs.0",
      /^Each lab result must be an object with test, value, unit and date\.$/,
    ],
    [
      "a screening result that is a list",
      abro({ screening: [[]] }),
      "screening.0",
      /^Each screening result must be an object with test, result and date\.$/,
    ],
    [
      "a zoster dose that is a string",
      abro({ zosterVaccine: ["rzv"] }),
      "zosterVaccine.0",
      /^Each zoster vaccine dose must be an object with vaccine and date\.$/,
    ],
    [
      "a dose change that is null",
      abro({ doseChanges: [null] }),
      "doseChanges.0",
      /^Each dose change must be an object with date and doseMg\.$/,
    ],
  ])("%s → path %j", (_name, body, path, message) => {
    const errors = refusal(body);
    expect(errors.map((error) => error.path)).toContain(path);
    if (message) expect(errors.find((error) => error.path === path)?.message).toMatch(message);
  });

  it.each<[string, string, RegExp]>([
    ["a body that is not JSON", "{ drug: abrocitinib }", /not valid JSON/],
    ["an empty body", "", /not valid JSON/],
    ["a JSON array", JSON.stringify([minimalRequest("abrocitinib")]), /JSON object/],
    ["JSON null", "null", /JSON object/],
    ["a JSON string", JSON.stringify("abrocitinib"), /JSON object/],
    ["a JSON number", "42", /JSON object/],
    [
      "a body over 64 kB",
      JSON.stringify({ ...minimalRequest("abrocitinib"), note: "x".repeat(maxBodyBytes) }),
      /larger than 64 kB/,
    ],
    // 22,000 three-byte characters: under 64 k characters but over 64 kB
    [
      "a body over 64 kB counted in bytes, not characters",
      JSON.stringify({ ...minimalRequest("abrocitinib"), note: "€".repeat(22_000) }),
      /larger than 64 kB/,
    ],
  ])('%s → path ""', (_name, body, message) => {
    const errors = refusal(body);
    expect(errors).toEqual([{ path: "", message: expect.stringMatching(message) }]);
  });

  it("an object's own message is only for the object missing or mistyped: an unknown key keeps zod's own issue", () => {
    const result = patientSchema.safeParse({ ageYears: 34, sex: "female", foo: 1 });
    expect(result.error?.issues.map((issue) => issue.code)).toEqual(["unrecognized_keys"]);
    expect(result.error?.issues[0]?.message).not.toMatch(/Patient must be/);
  });

  it.each(["", "2027-02-30", "04/01/2027"])(
    "a start date of %j gets one message, not a second one about its year",
    (startDate) => {
      const errors = refusal(abro({ startDate }));
      expect(errors).toEqual([
        { path: "startDate", message: "Start date must be a real calendar date written YYYY-MM-DD." },
      ]);
    },
  );

  it("a request with several mistakes names each of them", () => {
    const errors = refusal(abro({ foo: 1, horizonMonths: 0, patient: patient({ ageYears: -1 }) }));
    expect(errors.map((error) => error.path).sort()).toEqual(["foo", "horizonMonths", "patient.ageYears"]);
  });

  it.each([
    abro({ foo: 1 }),
    abro({ drug: "nope", patient: undefined }),
    abro({ labs: lab({ unit: "g/dL", value: "x", date: "2027-02-30" }) }),
    abro({ patient: null }),
    abro({ labs: "none" }),
    abro({ labs: [null] }),
    abro({ zosterVaccine: [{}] }),
    abro({ doseChanges: [{ date: null, doseMg: null }] }),
    "not json",
    "[]",
  ])("every refusal has at least one error, each with a path and a non-empty message: %s", (body) => {
    const errors = refusal(body);
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(typeof error.path).toBe("string");
      expect(error.message.trim()).not.toBe("");
    }
  });
});

describe("far-future dates", () => {
  // Calendar dates are compared as strings; past year 9999 "10000-…" sorts before "9999-…".
  // A start date whose horizon crosses year 10000 must be refused or planned correctly —
  // never planned with its baseline visit silently dropped.
  it("start date 9999-12-31 → refused at startDate, or planned with the baseline visit on the start date", () => {
    const { status, body } = respondToPlanRequest(abro({ startDate: "9999-12-31" }));
    if (status === 400) {
      expect((JSON.parse(body) as { errors: Array<{ path: string }> }).errors.map((error) => error.path)).toContain(
        "startDate",
      );
    } else {
      const visits = (JSON.parse(body) as { visits: Array<{ date: string; label: string }> }).visits;
      expect(visits.find((visit) => visit.date === "9999-12-31")?.label).toBe("Baseline");
    }
  });
});

describe("visit planning (visitPlanning)", () => {
  it.each<[string, Record<string, unknown>]>([
    ["both settings", { mergeWithinDays: 7, avoidWeekends: true }],
    ["merge window only, at its lower bound", { mergeWithinDays: 0 }],
    ["weekends only", { avoidWeekends: false }],
    ["an empty object (both off)", {}],
  ])("%s → planned (200)", (_name, visitPlanning) => {
    const { status, body } = respondToPlanRequest(abro({ visitPlanning }));
    expect(status, body).toBe(200);
  });

  it.each<[string, unknown, string, string]>([
    [
      "a merge window of 8 days",
      { mergeWithinDays: 8 },
      "visitPlanning.mergeWithinDays",
      "Merge window must be between 0 and 7 days.",
    ],
    [
      "a negative merge window",
      { mergeWithinDays: -1 },
      "visitPlanning.mergeWithinDays",
      "Merge window must be between 0 and 7 days.",
    ],
    [
      "a merge window of 2.5 days",
      { mergeWithinDays: 2.5 },
      "visitPlanning.mergeWithinDays",
      "Merge window must be a whole number of days.",
    ],
    [
      "a merge window as text",
      { mergeWithinDays: "7" },
      "visitPlanning.mergeWithinDays",
      "Merge window must be a whole number of days.",
    ],
    [
      "avoid weekends as text",
      { avoidWeekends: "yes" },
      "visitPlanning.avoidWeekends",
      "Avoid weekends must be true or false.",
    ],
    [
      "an unknown setting",
      { skipHolidays: true },
      "visitPlanning.skipHolidays",
      'Unknown field "skipHolidays": check its spelling against the contract.',
    ],
    [
      "visit planning that is not an object",
      true,
      "visitPlanning",
      "Visit planning must be an object with mergeWithinDays (0 to 7 days) and avoidWeekends (true or false).",
    ],
  ])("%s → refused at its field", (_name, visitPlanning, path, message) => {
    expect(refusal(abro({ visitPlanning }))).toEqual([{ path, message }]);
  });
});
