import { describe, expect, it } from "vitest";
import { analytes } from "@/lib/units/analytes";
import {
  switchableTests,
  switchUnitSystem,
  systemSwitchNotice,
  unitOf,
  unitSystemOf,
  unitSystems,
  type TypedResult,
} from "@/lib/units/unit-systems";
import { labTestIds, type LabTestId } from "@/rules/types";

/** A whole table, every row empty and in `system`'s unit. */
const tableIn = (system: "si" | "conventional"): Record<LabTestId, TypedResult> =>
  Object.fromEntries(labTestIds.map((test) => [test, { value: "", unit: unitOf[test][system] }])) as Record<
    LabTestId,
    TypedResult
  >;

describe("unit systems", () => {
  it.each(labTestIds)("%s: both system units are units the contract accepts for it", (test) => {
    for (const system of unitSystems) expect(Object.keys(analytes[test].units)).toContain(unitOf[test][system]);
  });

  it("covers every analyte with more than one unit, and each differs between the systems", () => {
    const multiUnit = labTestIds.filter((test) => Object.keys(analytes[test].units).length > 1);
    expect(switchableTests).toEqual(multiUnit);
    for (const test of switchableTests) expect(unitOf[test].si).not.toBe(unitOf[test].conventional);
  });

  it("leaves the single-unit analytes out (ALT, AST, CK in U/L)", () => {
    expect(switchableTests).not.toContain("alt");
    expect(switchableTests).not.toContain("ast");
    expect(switchableTests).not.toContain("ck");
  });

  it("uses the SI and conventional units clinicians expect", () => {
    expect(unitOf.platelets).toEqual({ si: "10^9/L", conventional: "cells/uL" });
    expect(unitOf.hemoglobin).toEqual({ si: "g/L", conventional: "g/dL" });
    expect(unitOf.ldl).toEqual({ si: "mmol/L", conventional: "mg/dL" });
    expect(unitOf.triglycerides).toEqual({ si: "mmol/L", conventional: "mg/dL" });
    expect(unitOf.creatinine).toEqual({ si: "umol/L", conventional: "mg/dL" });
  });

  it("names the system a table is in, or mixed", () => {
    expect(unitSystemOf(tableIn("si"))).toBe("si");
    expect(unitSystemOf(tableIn("conventional"))).toBe("conventional");
    expect(unitSystemOf({ ...tableIn("si"), ldl: { unit: "mg/dL" } })).toBe("mixed");
    // Haemoglobin in mmol/L is in neither system.
    expect(unitSystemOf({ ...tableIn("si"), hemoglobin: { unit: "mmol/L" } })).toBe("mixed");
  });

  it("names a table still in the rules' own units as such, not as mixed", () => {
    const reference = Object.fromEntries(switchableTests.map((test) => [test, { unit: analytes[test].referenceUnit }]));
    expect(unitSystemOf(reference)).toBe("reference");
    expect(unitSystemOf({ ...reference, ldl: { unit: "mmol/L" } })).toBe("mixed");
  });

  it("changes every empty row and nothing else", () => {
    const done = switchUnitSystem(tableIn("conventional"), "si");
    expect(done.kept).toEqual([]);
    expect(done.changes).toEqual(switchableTests.map((test) => ({ test, unit: unitOf[test].si })));
    expect(switchUnitSystem(tableIn("si"), "si")).toEqual({ changes: [], kept: [] });
  });

  it("keeps a row that holds a value in the unit it was typed in", () => {
    const table = {
      ...tableIn("conventional"),
      ldl: { value: "130", unit: "mg/dL" },
      creatinine: { value: " 0.9 ", unit: "mg/dL" },
      // Already in the chosen system: nothing to keep or change.
      platelets: { value: "250", unit: "10^9/L" },
    };
    const done = switchUnitSystem(table, "si");
    expect(done.kept).toEqual([
      { test: "ldl", unit: "mg/dL" },
      { test: "creatinine", unit: "mg/dL" },
    ]);
    const changed = done.changes.map((change) => change.test);
    expect(changed).not.toContain("ldl");
    expect(changed).not.toContain("creatinine");
    expect(changed).not.toContain("platelets");
    expect(changed).toContain("hdl");
  });

  it("says how many rows changed and names each row kept, and why", () => {
    const done = switchUnitSystem({ ...tableIn("conventional"), ldl: { value: "130", unit: "mg/dL" } }, "si");
    expect(systemSwitchNotice("si", done)).toBe(
      "9 empty rows switched to SI units. Kept as typed: LDL cholesterol in mg/dL — it holds a value; change its own unit if that is wrong.",
    );
    expect(systemSwitchNotice("conventional", { changes: [], kept: [] })).toBe(
      "No empty row needed a change to conventional units.",
    );
  });
});
