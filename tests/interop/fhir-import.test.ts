import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toCalendarDate } from "@/lib/dates/calendar-date";
import {
  calendarDateOf,
  dailyDoseMg,
  importFhirBundle,
  readFhirResource,
  maxBundleBytes,
  type ImportResult,
} from "@/lib/interop/fhir-import";
import { drugFromNames } from "@/lib/interop/loinc";
import { syntheaBundle } from "../support/synthea-bundle";

const asOf = toCalendarDate("2026-12-20");
const goodBundle = readFileSync(new URL("./fixtures/import-good-bundle.json", import.meta.url), "utf8");

function imported(text: string): Extract<ImportResult, { ok: true }> {
  const result = importFhirBundle(text, { asOf });
  if (!result.ok) throw new Error(result.errors.join("; "));
  return result;
}
const reportFor = (result: ImportResult, resource: string) =>
  result.report.find((entry) => entry.resource === resource);

describe("FHIR R4 import", () => {
  it("of one day's ALT results keeps the one above 3× its limit, whatever the order, even beside one with a limit of 0", () => {
    const alt = (id: string, value: number, high: number) => ({
      resource: {
        resourceType: "Observation",
        id,
        status: "final",
        code: { coding: [{ system: "http://loinc.org", code: "1742-6" }] },
        effectiveDateTime: "2027-02-15",
        valueQuantity: { value, system: "http://unitsofmeasure.org", code: "U/L" },
        referenceRange: [{ high: { value: high, system: "http://unitsofmeasure.org", code: "U/L" } }],
      },
    });
    const entries = [alt("alt-normal", 50, 40), alt("alt-zero", 0, 0), alt("alt-high", 200, 40)];
    for (const order of [entries, [...entries].reverse(), [entries[1]!, entries[2]!, entries[0]!]]) {
      const bundle = JSON.parse(goodBundle) as { entry: unknown[] };
      bundle.entry.push(...order);
      const kept = imported(JSON.stringify(bundle)).request.labs?.filter(
        (lab) => lab.test === "alt" && lab.date === "2027-02-15",
      );
      expect(kept).toEqual([{ test: "alt", value: 200, unit: "U/L", date: "2027-02-15", uln: 40 }]);
    }
  });

  it.each<[string, "before" | "after"]>([
    ["listed after", "after"],
    ["listed before", "before"],
  ])(
    "of two platelet counts of one day, keeps the lower whichever is %s the other, and reports the second",
    (_name, where) => {
      const bundle = JSON.parse(goodBundle) as { entry: { resource: Record<string, unknown> }[] };
      const low = {
        resource: {
          resourceType: "Observation",
          id: "plt-low",
          status: "final",
          code: { coding: [{ system: "http://loinc.org", code: "777-3" }] },
          effectiveDateTime: "2026-12-15",
          valueQuantity: { value: 120, system: "http://unitsofmeasure.org", code: "10*9/L" },
        },
      };
      const at = bundle.entry.findIndex((entry) => entry.resource.id === "plt");
      bundle.entry.splice(where === "before" ? at : at + 1, 0, low);
      const result = imported(JSON.stringify(bundle));
      expect(result.request.labs?.filter((lab) => lab.test === "platelets" && lab.date === "2026-12-15")).toEqual([
        { test: "platelets", value: 120, unit: "10^9/L", date: "2026-12-15" },
      ]);
      expect(reportFor(result, "Observation/plt")?.detail).toBe(
        "Platelets: a second result on 2026-12-15; the planner takes one per test and date, the more cautious.",
      );
    },
  );

  it("reads a good bundle into a request the shared schema accepts", () => {
    const { request } = imported(goodBundle);
    expect(request).toMatchObject({
      drug: "abrocitinib",
      indication: "atopic-dermatitis",
      doseMg: 100,
      startDate: "2027-01-04",
      patient: { ageYears: 34, sex: "female" },
      zosterVaccine: [{ vaccine: "rzv", date: "2026-11-20" }],
    });
    expect(request.labs).toEqual(
      expect.arrayContaining([
        { test: "platelets", value: 240, unit: "10^9/L", date: "2026-12-15" },
        { test: "anc", value: 3500, unit: "cells/uL", date: "2026-12-15" },
        { test: "hemoglobin", value: 135, unit: "g/L", date: "2026-12-15" },
        { test: "ldl", value: 2.8, unit: "mmol/L", date: "2026-12-15" },
        { test: "alt", value: 30, unit: "U/L", date: "2026-12-15", uln: 40 },
      ]),
    );
    expect(request.labs).toContainEqual({ test: "platelets", value: 230, unit: "10^9/L", date: "2027-02-01" });
    expect(request.labs).toHaveLength(6);
  });

  it("keeps the date a result was written with, whatever the offset (no time-zone shift)", () => {
    const { request } = imported(goodBundle);
    expect(request.labs?.find((lab) => lab.test === "platelets")?.date).toBe("2026-12-15");
    expect(calendarDateOf("2026-12-15T23:59:00-11:00")).toBe("2026-12-15");
    expect(calendarDateOf("2026-12")).toBeUndefined();
    expect(calendarDateOf("2027-02-29")).toBeUndefined();
  });

  it("reports what was read and what was ignored, and why", () => {
    const result = imported(goodBundle);
    expect(reportFor(result, "MedicationRequest/med-1")).toMatchObject({ outcome: "read" });
    expect(reportFor(result, "Patient/pat-1")).toMatchObject({
      outcome: "read",
      detail: expect.stringContaining("age 34"),
    });
    expect(reportFor(result, "Observation/glucose")).toMatchObject({
      outcome: "ignored",
      detail: expect.stringMatching(/Unknown code: LOINC 2345-7/),
    });
    expect(reportFor(result, "Observation/crea-odd-unit")).toMatchObject({
      outcome: "ignored",
      detail: expect.stringMatching(/unit not convertible/),
    });
    expect(reportFor(result, "Observation/plt-old")).toMatchObject({
      outcome: "ignored",
      detail: expect.stringMatching(/older than/),
    });
    expect(reportFor(result, "Immunization/flu")).toMatchObject({
      outcome: "ignored",
      detail: expect.stringMatching(/Not a zoster vaccine/),
    });
    expect(reportFor(result, "Condition/ad")).toMatchObject({
      outcome: "ignored",
      detail: "This resource type is not read.",
    });
    // Every resource of the bundle has exactly one line.
    expect(reportFor(result, "Observation/plt-week4")).toMatchObject({
      outcome: "read",
      detail: expect.stringMatching(/\(follow-up\)$/),
    });
    expect(result.report).toHaveLength(14);
  });

  it("never reads the patient's name", () => {
    expect(JSON.stringify(imported(goodBundle))).not.toMatch(/Erin|Example/);
  });

  it("refuses malformed JSON, a resource that is not a Bundle, and an oversized bundle", () => {
    expect(importFhirBundle("{ not json", { asOf })).toEqual({
      ok: false,
      errors: ["The text is not valid JSON."],
      report: [],
    });
    expect(importFhirBundle(JSON.stringify({ resourceType: "Patient" }), { asOf })).toMatchObject({
      ok: false,
      errors: ["Expected a FHIR Bundle, got a Patient."],
    });
    expect(importFhirBundle("[]", { asOf })).toMatchObject({ ok: false });
    expect(importFhirBundle(JSON.stringify({ resourceType: "Bundle", entry: {} }), { asOf })).toMatchObject({
      ok: false,
      errors: ["Bundle.entry must be a list."],
    });
    const big = JSON.stringify({
      resourceType: "Bundle",
      type: "collection",
      entry: [{ resource: { resourceType: "Basic", text: "x".repeat(maxBundleBytes) } }],
    });
    expect(importFhirBundle(big, { asOf })).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/larger than 20 MB/)],
    });
  });

  it("survives hostile shapes: wrong types, prototype keys, entries without resources", () => {
    const hostile = JSON.stringify({
      resourceType: "Bundle",
      entry: [
        null,
        { resource: "Patient" },
        { resource: { resourceType: "Observation", code: { coding: "777-3" }, valueQuantity: { value: "240" } } },
        {
          resource: {
            resourceType: "Observation",
            status: "final",
            code: { coding: [{ system: "http://loinc.org", code: "777-3" }] },
            effectiveDateTime: "2026-12-15",
            valueQuantity: { value: 1e308, code: "10*9/L" },
          },
        },
        {
          resource: {
            resourceType: "MedicationRequest",
            medicationCodeableConcept: { text: { toString: "x" } },
            dosageInstruction: "lots",
          },
        },
        JSON.parse('{"resource": {"resourceType": "Patient", "__proto__": {"polluted": true}, "gender": 5}}'),
      ],
    });
    const result = importFhirBundle(hostile, { asOf });
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (!result.ok) {
      expect(result.errors.join(" ")).toMatch(/Not found in the bundle: the drug/);
      expect(result.report.filter((entry) => entry.outcome === "ignored").length).toBeGreaterThanOrEqual(4);
    }
  });

  it("names what is missing when the bundle cannot make a plan", () => {
    const noPatient = JSON.parse(goodBundle) as { entry: { resource: { resourceType: string } }[] };
    noPatient.entry = noPatient.entry.filter((entry) => entry.resource.resourceType !== "Patient");
    const result = importFhirBundle(JSON.stringify(noPatient), { asOf });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join(" ")).toMatch(/the age \(Patient.birthDate\)/);
  });

  it("recognises the drugs by generic or brand name, and not oral ruxolitinib", () => {
    expect(drugFromNames(["Rinvoq 15 mg"])).toBe("upadacitinib");
    expect(drugFromNames(["deuruxolitinib 8 MG Oral Tablet"])).toBe("deuruxolitinib");
    expect(drugFromNames(["ruxolitinib 1.5 % Topical Cream"])).toBe("ruxolitinib-cream");
    expect(drugFromNames(["Jakafi (ruxolitinib) 10 mg tablet"])).toBeUndefined();
    expect(drugFromNames(["methotrexate 2.5 mg"])).toBeUndefined();
  });

  it("reads the daily dose from mg × times a day, or a maximum per day", () => {
    expect(
      dailyDoseMg({
        dosageInstruction: [
          {
            timing: { repeat: { frequency: 2, period: 1, periodUnit: "d" } },
            doseAndRate: [{ doseQuantity: { value: 5, code: "mg" } }],
          },
        ],
      }),
    ).toBe(10);
    expect(
      dailyDoseMg({
        dosageInstruction: [
          { maxDosePerPeriod: { numerator: { value: 15, code: "mg" }, denominator: { value: 1, code: "d" } } },
        ],
      }),
    ).toBe(15);
    expect(
      dailyDoseMg({
        dosageInstruction: [
          {
            timing: { repeat: { frequency: 1, period: 1, periodUnit: "wk" } },
            doseAndRate: [{ doseQuantity: { value: 5, code: "mg" } }],
          },
        ],
      }),
    ).toBeUndefined();
  });
});

describe("the number of times a day is read only when the order says it plainly", () => {
  const fiveMg = [{ doseQuantity: { value: 5, code: "mg" } }];
  const daily = { period: 1, periodUnit: "d" };
  const gts = (code: string) => ({
    coding: [{ system: "http://terminology.hl7.org/CodeSystem/v3-GTSAbbreviation", code }],
  });
  it.each([
    ["a frequency of 2", { repeat: { ...daily, frequency: 2 } }, 10],
    ["no frequency: once a day", { repeat: daily }, 5],
    ["a frequency written as text", { repeat: { ...daily, frequency: "2" } }, undefined],
    ["a frequency that is not a whole number", { repeat: { ...daily, frequency: 1.5 } }, undefined],
    ["a range of frequencies", { repeat: { ...daily, frequency: 1, frequencyMax: 2 } }, undefined],
    ["two times of day and no frequency", { repeat: { ...daily, timeOfDay: ["08:00:00", "20:00:00"] } }, undefined],
    [
      "two times of day and a frequency of 2",
      { repeat: { ...daily, frequency: 2, timeOfDay: ["08:00:00", "20:00:00"] } },
      10,
    ],
    [
      "morning and evening and a frequency of 1",
      { repeat: { ...daily, frequency: 1, when: ["MORN", "EVE"] } },
      undefined,
    ],
    ["the code BID alone", { code: gts("BID") }, 10],
    [
      "the code BID over a repeat of its bounds only",
      { code: gts("BID"), repeat: { boundsDuration: { value: 12, unit: "wk" } } },
      10,
    ],
    ["the code BID and no frequency", { code: gts("BID"), repeat: daily }, 10],
    ["the code BID against a frequency of 1", { code: gts("BID"), repeat: { ...daily, frequency: 1 } }, undefined],
    ["a code the import does not read (every other day)", { code: gts("QOD") }, undefined],
    ["the code AM alone", { code: gts("AM") }, 5],
    [
      "a frequency of 2 beside another system's code",
      {
        code: { coding: [{ system: "http://snomed.info/sct", code: "229799001" }] },
        repeat: { ...daily, frequency: 2 },
      },
      10,
    ],
    [
      "another system's code alone",
      { code: { coding: [{ system: "http://snomed.info/sct", code: "229799001" }] } },
      undefined,
    ],
    ["no timing at all", undefined, undefined],
  ])("%s", (_, timing, expected) => {
    // Read as the import reads it, through the FHIR schemas: a frequency of "2" arrives unreadable, not absent.
    const order = readFhirResource({
      resourceType: "MedicationRequest",
      dosageInstruction: [{ ...(timing ? { timing } : {}), doseAndRate: fiveMg }],
    });
    if (order?.resourceType !== "MedicationRequest") throw new Error("The order was not read.");
    expect(dailyDoseMg(order)).toBe(expected);
  });
});

describe("FHIR import of a whole EHR record (Synthea's US Core shape, generated)", () => {
  function expectRecordRead(visits: number, minimumMegabytes: number) {
    const { text, expected } = syntheaBundle({ visits });
    expect(Buffer.byteLength(text)).toBeGreaterThan(minimumMegabytes * 1024 * 1024);
    const progress: number[] = [];
    const result = importFhirBundle(text, { asOf }, (read, total) => {
      expect(total).toBe(expected.entries);
      progress.push(read);
    });
    if (!result.ok) throw new Error(result.errors.join("; "));
    expect(result.request).toMatchObject({
      drug: "upadacitinib",
      indication: "atopic-dermatitis",
      doseMg: 15,
      startDate: "2027-01-04",
      patient: { ageYears: 25, sex: "female" },
      zosterVaccine: [{ vaccine: "rzv", date: "2026-09-01" }],
    });
    expect(result.request.labs).toContainEqual({
      test: "platelets",
      value: expected.platelets,
      unit: "10^9/L",
      date: expected.labsDate,
    });
    expect(result.request.labs?.every((lab) => lab.date === expected.labsDate)).toBe(true);
    // Thousands of resources, a report of tens of lines: what was read, and the rest counted.
    expect(result.report.length).toBeLessThan(200);
    expect(result.report.find((entry) => entry.resource.startsWith("Claim ×"))).toMatchObject({
      outcome: "ignored",
      detail: "This resource type is not read.",
    });
    expect(
      result.report.find(
        (entry) => entry.resource.startsWith("Observation ×") && /older than the baseline/.test(entry.detail),
      ),
    ).toBeDefined();
    expect(JSON.stringify(result)).not.toMatch(/Erin|Example|999-61-4821|Elm Street/);
    expect(progress.at(-1)).toBe(expected.entries);
    expect(progress.length).toBeGreaterThan(1);
  }

  it("reads a 4 MB record of 140 visits: the order, the patient and the latest results; the rest is counted", () => {
    expectRecordRead(140, 4);
  });

  it("reads a record just under the 20 MB limit", () => {
    expectRecordRead(660, 19);
  });

  it("refuses a record over 20 MB, saying so", () => {
    const { text } = syntheaBundle({ visits: 720 });
    expect(Buffer.byteLength(text)).toBeGreaterThan(maxBundleBytes);
    expect(importFhirBundle(text, { asOf })).toEqual({
      ok: false,
      errors: ["The bundle is larger than 20 MB."],
      report: [],
    });
  });
});
