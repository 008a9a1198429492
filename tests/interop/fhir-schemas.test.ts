import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toCalendarDate } from "@/lib/dates/calendar-date";
import { importFhirBundle, readFhirResource, type ImportResult } from "@/lib/interop/fhir-import";

// The FHIR subset's schemas, judged through the import: lenient where FHIR readers are (an element
// of the wrong type reads as absent, never costing its resource), and every resource that cannot
// be used is reported as ignored, with the reason.

const asOf = toCalendarDate("2026-12-20");
type Resource = Record<string, unknown>;
const goodBundle = JSON.parse(readFileSync(new URL("./fixtures/import-good-bundle.json", import.meta.url), "utf8")) as {
  entry: { resource: Resource }[];
};

/** The good bundle with the resource of this id changed (or replaced, when `change` returns one). */
function bundleWith(id: string, change: (resource: Resource) => Resource | void): string {
  const bundle = structuredClone(goodBundle);
  bundle.entry = bundle.entry.map(({ resource }) =>
    resource.id === id ? { resource: change(resource) ?? resource } : { resource },
  );
  return JSON.stringify(bundle);
}

const lineFor = (result: ImportResult, resource: string) => result.report.find((entry) => entry.resource === resource);
const labsOf = (result: ImportResult) => (result.ok ? result.request.labs : undefined);

describe("FHIR schemas: a malformed resource is ignored with a reason, never a crash", () => {
  it("an Observation whose code is not a CodeableConcept is ignored as having no LOINC code", () => {
    const result = importFhirBundle(
      bundleWith("anc", (observation) => {
        observation.code = { coding: "751-8" };
      }),
      { asOf },
    );
    expect(lineFor(result, "Observation/anc")).toEqual({
      resource: "Observation/anc",
      outcome: "ignored",
      detail: "No LOINC code.",
    });
    expect(result.ok).toBe(true);
    expect(labsOf(result)?.some((lab) => lab.test === "anc")).toBe(false);
    expect(labsOf(result)?.some((lab) => lab.test === "platelets")).toBe(true);
  });

  it("a value written as text is no number: the result is ignored and says so", () => {
    const result = importFhirBundle(
      bundleWith("hgb", (observation) => {
        observation.valueQuantity = { value: "135", system: "http://unitsofmeasure.org", code: "g/L" };
      }),
      { asOf },
    );
    expect(lineFor(result, "Observation/hgb")).toMatchObject({
      outcome: "ignored",
      detail: "Haemoglobin: the value is not a number.",
    });
  });

  it("a comparator or unit system of the wrong type is not taken for absent: the result is refused, naming it", () => {
    const bound = importFhirBundle(
      bundleWith("hgb", (observation) => {
        observation.valueQuantity = { value: 135, comparator: 5, code: "g/L" };
      }),
      { asOf },
    );
    expect(lineFor(bound, "Observation/hgb")?.detail).toBe("Haemoglobin: the value is a bound (5 135), not a result.");
    const system = importFhirBundle(
      bundleWith("hgb", (observation) => {
        observation.valueQuantity = { value: 135, system: 5, code: "g/L" };
      }),
      { asOf },
    );
    expect(lineFor(system, "Observation/hgb")?.detail).toMatch(/^Haemoglobin: unit not convertible/);
  });

  it("a status of the wrong type is no status: the result is not final, and the reason quotes what came", () => {
    const result = importFhirBundle(
      bundleWith("ldl", (observation) => {
        observation.status = ["final"];
      }),
      { asOf },
    );
    expect(lineFor(result, "Observation/ldl")?.detail).toBe('LDL cholesterol: status ["final"] is not a final result.');
  });

  it("a date of the wrong type reads as absent, and the next date element is used", () => {
    const result = importFhirBundle(
      bundleWith("anc", (observation) => {
        observation.effectiveDateTime = 20261215;
        observation.effectivePeriod = { start: "2026-12-14T10:00:00Z" };
      }),
      { asOf },
    );
    expect(labsOf(result)).toContainEqual({ test: "anc", value: 3500, unit: "cells/uL", date: "2026-12-14" });
  });

  it("an entry whose resource is not an object, and a resource of a type not read, are each one reported line", () => {
    const bundle = structuredClone(goodBundle) as { entry: unknown[] };
    bundle.entry.push({ resource: ["Observation"] }, { resource: { resourceType: 7, id: "x" } }, 42);
    const result = importFhirBundle(JSON.stringify(bundle), { asOf });
    for (const line of [
      { resource: "entry[14]", outcome: "ignored", detail: "The entry has no resource." },
      { resource: "Resource/x", outcome: "ignored", detail: "This resource type is not read." },
      { resource: "entry[16]", outcome: "ignored", detail: "The entry has no resource." },
    ])
      expect(result.report).toContainEqual(line);
    expect(result.report).toHaveLength(17);
  });
});

describe("FHIR schemas: the Patient", () => {
  it("a Patient without birthDate is read for its gender, and the age is named as missing", () => {
    const result = importFhirBundle(
      bundleWith("pat-1", (patient) => {
        delete patient.birthDate;
      }),
      { asOf },
    );
    expect(lineFor(result, "Patient/pat-1")).toMatchObject({ outcome: "read", detail: "female" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join(" ")).toMatch(/Not found in the bundle: the age \(Patient.birthDate\)/);
  });

  it("a gender of the wrong type is not taken for no gender: the clinician is asked to choose", () => {
    const result = importFhirBundle(
      bundleWith("pat-1", (patient) => {
        patient.gender = 1;
      }),
      { asOf },
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toContain('Patient gender "1" has no counterpart in the planner\'s sex field: choose it.');
  });

  it("reads only the elements it names: the name, identifiers and prototype keys are dropped", () => {
    const patient = readFhirResource(
      JSON.parse(
        '{"resourceType":"Patient","id":"p","name":[{"family":"Example"}],"identifier":[{"value":"999-61-4821"}],"__proto__":{"admin":true},"birthDate":"1992-05-20"}',
      ) as Resource,
    );
    expect(patient).toEqual({ resourceType: "Patient", id: "p", birthDate: "1992-05-20" });
    expect(Object.getPrototypeOf(patient)).toBe(Object.prototype);
    expect(readFhirResource({ resourceType: "Claim", id: "c" })).toBeUndefined();
  });
});

describe("FHIR schemas: huge and odd lists", () => {
  it("reads the first thousand items of a repeating element and drops items of the wrong type one by one", () => {
    const loinc = { system: "http://loinc.org", code: "751-8" };
    const early = readFhirResource({
      resourceType: "Observation",
      code: { coding: [null, "751-8", 5, ...Array.from({ length: 990 }, () => ({})), loinc] },
    });
    expect(early?.resourceType === "Observation" && early.code?.coding).toHaveLength(991);
    const late = readFhirResource({
      resourceType: "Observation",
      code: { coding: [...Array.from({ length: 200_000 }, () => ({ system: "http://snomed.info/sct" })), loinc] },
    });
    expect(late?.resourceType === "Observation" && late.code?.coding).toHaveLength(1000);
  });

  it("a bundle with an Observation of 300,000 codings is read, its LOINC code first, and the rest reported", () => {
    const bundle = {
      resourceType: "Bundle",
      entry: [
        ...goodBundle.entry.filter(({ resource }) => resource.id !== "anc"),
        {
          resource: {
            resourceType: "Observation",
            id: "anc",
            status: "final",
            code: {
              coding: [{ system: "http://loinc.org", code: "751-8" }, ...Array.from({ length: 300_000 }, () => ({}))],
            },
            effectiveDateTime: "2026-12-15",
            valueQuantity: { value: 3500, system: "http://unitsofmeasure.org", code: "/uL" },
          },
        },
      ],
    };
    const result = importFhirBundle(JSON.stringify(bundle), { asOf });
    expect(labsOf(result)).toContainEqual({ test: "anc", value: 3500, unit: "cells/uL", date: "2026-12-15" });
    expect(result.report).toHaveLength(14);
  });
});
