import { describe, expect, it } from "vitest";
import { duplicateKeys } from "@/lib/contract/duplicate-keys";
import { respondToPlanRequest } from "@/lib/doors/plan-door";
import { cleanRequest, refusal } from "../support/requests";

/** The clean request's JSON with `insert` placed right after the opening brace of `after`'s object. */
const withRepeat = (after: string, insert: string): string => {
  const text = JSON.stringify(cleanRequest("abrocitinib"));
  const at = text.indexOf(after) + after.length;
  return `${text.slice(0, at)}${insert},${text.slice(at)}`;
};

describe("a field given twice in one object", () => {
  it("names each repeated field by its path, at any depth, and nothing else", () => {
    expect(duplicateKeys('{"a":1,"b":{"c":1,"c":2},"d":[{"e":1},{"e":2,"e":3}],"a":2}')).toEqual(["b.c", "d.1.e", "a"]);
    expect(duplicateKeys('{"labs":[{"test":"alt"},{"test":"ast"}],"patient":{"test":1}}')).toEqual([]);
    // Three times is one fault; a name holding a dot, or empty, is quoted as in an unknown field's path.
    expect(duplicateKeys('{"p":{"sex":1,"sex":2,"sex":3,"a.b":1,"a.b":2,"":1,"":2}}')).toEqual([
      "p.sex",
      'p."a.b"',
      'p.""',
    ]);
  });

  it.each<[string, string, string, string]>([
    [
      "a top-level field whose last value would pass (a refused dose, then an allowed one)",
      "{",
      '"doseMg":150',
      "doseMg",
    ],
    ["the patient's sex given as female, then male", '"patient":{', '"sex":"male"', "patient.sex"],
    ["a lab's value", '"labs":[{', '"value":1', "labs.0.value"],
  ])("is refused, not read as its last value: %s", (_name, after, insert, path) => {
    const body = withRepeat(after, insert);
    expect(() => JSON.parse(body)).not.toThrow();
    expect(refusal(body)).toContainEqual({
      path,
      message: "Given more than once: give each field once, so that the request says which value is meant.",
    });
  });

  it("is listed together with the request's other faults, in one refusal", () => {
    const body = withRepeat('"patient":{', '"sex":"male"').replace('"ageYears":34', '"ageYears":-1');
    expect(refusal(body).map((error) => error.path)).toEqual(["patient.sex", "patient.ageYears"]);
  });

  it("leaves a request without repeats as it was", () => {
    expect(respondToPlanRequest(JSON.stringify(cleanRequest("abrocitinib"))).status).toBe(200);
  });
});

describe("a required field left out", () => {
  it("says it was not given, beside what it must be; a wrong value sent keeps its message alone", () => {
    const request: Record<string, unknown> = { ...cleanRequest("abrocitinib") };
    delete request.startDate;
    const patient = { ...(request.patient as Record<string, unknown>), ageYears: "34" };
    const errors = refusal(JSON.stringify({ ...request, patient }));
    expect(errors).toEqual([
      { path: "startDate", message: "Start date must be a date written YYYY-MM-DD. It is required and was not given." },
      { path: "patient.ageYears", message: "Age must be a whole number of years." },
    ]);
  });
});

describe("checks across fields and within a row, beside refused values", () => {
  it("a start date refused for its year is not also compared with a dose change", () => {
    const body = JSON.stringify({
      ...cleanRequest("abrocitinib"),
      startDate: "2101-01-01",
      doseChanges: [{ date: "2027-03-01", doseMg: 200 }],
    });
    expect(refusal(body)).toEqual([{ path: "startDate", message: "Start date must be between 1900 and 2100." }]);
  });

  it("an impossible lab date does not hide the same row's wrong unit, and gets one message, not also the years one", () => {
    const body = JSON.stringify({
      ...cleanRequest("abrocitinib"),
      labs: [{ test: "platelets", value: 120, unit: "g/dL", date: "2026-12-32" }],
    });
    expect(refusal(body)).toEqual([
      { path: "labs.0.date", message: "Lab date must be a real calendar date written YYYY-MM-DD." },
      { path: "labs.0.unit", message: "Platelets unit must be one of: 10^9/L, cells/uL." },
    ]);
  });
});
