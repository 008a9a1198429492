import { describe, expect, it } from "vitest";
import { withoutRefusedValues } from "@/lib/contract/without-refused-values";
import type { PlanRequestInput } from "@/lib/contract/plan-request";
import { cleanRequest, withPatient } from "../support/requests";

const clean = cleanRequest("abrocitinib");
const labs = clean.labs ?? [];

describe("a provisional request leaves out only what was refused", () => {
  it("a refused lab value leaves that lab out and keeps the others", () => {
    const refused = { ...labs[0]!, value: "abc" } as unknown as (typeof labs)[number];
    const partial = withoutRefusedValues({ ...clean, labs: [refused, ...labs.slice(1)] });
    expect(partial?.labs).toEqual(labs.slice(1));
  });

  it("an implausible optional patient fact is left out, so the plan asks for it", () => {
    const partial = withoutRefusedValues(withPatient(clean, { egfr: -5 }));
    expect(partial?.patient.egfr).toBeUndefined();
    expect(partial?.patient.weightKg).toBe(clean.patient.weightKg);
  });

  it("a refused optional setting is left out", () => {
    expect(withoutRefusedValues({ ...clean, horizonMonths: 0 })?.horizonMonths).toBeUndefined();
  });

  it("several refused entries of several lists are all left out, by their own positions", () => {
    const request = {
      ...clean,
      labs: [labs[0]!, { ...labs[1]!, unit: "furlongs" }, labs[2]!, { ...labs[3]!, date: "2027-02-30" }],
      screening: [{ test: "tb", result: "maybe", date: "2026-12-01" }],
    } as unknown as PlanRequestInput;
    const partial = withoutRefusedValues(request);
    expect(partial?.labs).toEqual([labs[0], labs[2]]);
    expect(partial?.screening).toEqual([]);
  });

  it("values the caller refuses itself are left out too", () => {
    expect(withoutRefusedValues(clean, [["labs", 0]])?.labs).toEqual(labs.slice(1));
  });

  it.each([
    ["the start date", { ...clean, startDate: "soon" }],
    ["the dose", { ...clean, doseMg: 7 }],
    ["the age", withPatient(clean, { ageYears: -1 })],
    ["the drug", { ...clean, drug: "aspirin" }],
  ])("refused %s leaves no plan to show", (_, request) => {
    expect(withoutRefusedValues(request as PlanRequestInput)).toBeUndefined();
  });
});
