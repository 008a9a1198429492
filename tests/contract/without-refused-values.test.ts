import { describe, expect, it } from "vitest";
import { withoutRefusedValues } from "@/lib/contract/without-refused-values";
import { crossFieldIssues, planRequestSchema, refusedFields, type PlanRequestInput } from "@/lib/contract/plan-request";
import { cleanRequest, withPatient } from "../support/requests";

const clean = cleanRequest("abrocitinib");
const labs = clean.labs ?? [];

describe("a provisional request leaves out only what was refused", () => {
  it("a refused lab value leaves that lab out and keeps the others", () => {
    const refused = { ...labs[0]!, value: "abc" } as unknown as (typeof labs)[number];
    const partial = withoutRefusedValues({ ...clean, labs: [refused, ...labs.slice(1)] }).request;
    expect(partial?.labs).toEqual(labs.slice(1));
  });

  it("an implausible optional patient fact is left out, so the plan asks for it", () => {
    const partial = withoutRefusedValues(withPatient(clean, { egfr: -5 })).request;
    expect(partial?.patient.egfr).toBeUndefined();
    expect(partial?.patient.weightKg).toBe(clean.patient.weightKg);
  });

  it("a refused optional setting is left out", () => {
    expect(withoutRefusedValues({ ...clean, horizonMonths: 0 }).request?.horizonMonths).toBeUndefined();
  });

  it("several refused entries of several lists are all left out, by their own positions", () => {
    const request = {
      ...clean,
      labs: [labs[0]!, { ...labs[1]!, unit: "furlongs" }, labs[2]!, { ...labs[3]!, date: "2027-02-30" }],
      screening: [{ test: "tb", result: "maybe", date: "2026-12-01" }],
    } as unknown as PlanRequestInput;
    const partial = withoutRefusedValues(request).request;
    expect(partial?.labs).toEqual([labs[0], labs[2]]);
    expect(partial?.screening).toEqual([]);
  });

  it("values the caller refuses itself are left out too", () => {
    expect(withoutRefusedValues(clean, [["labs", 0]]).request?.labs).toEqual(labs.slice(1));
  });

  it.each([
    ["the start date", { ...clean, startDate: "soon" }],
    ["the dose", { ...clean, doseMg: 7 }],
    ["the age", withPatient(clean, { ageYears: -1 })],
    ["the drug", { ...clean, drug: "aspirin" }],
  ])("refused %s leaves no plan to show", (_, request) => {
    expect(withoutRefusedValues(request as PlanRequestInput).request).toBeUndefined();
  });

  it("a check across fields that a refused value hid is reported too, so the form can name every field to fix", () => {
    // The dose is checked against the drug only once every field is valid on its own.
    const request = {
      ...clean,
      doseMg: undefined,
      screening: [{ test: "tb", result: "negative", date: "" }],
    } as unknown as PlanRequestInput;
    const provisional = withoutRefusedValues(request);
    expect(provisional.request).toBeUndefined();
    expect(provisional.errors.map((error) => error.path)).toEqual(["screening.0.date", "doseMg"]);
  });

  it("an error found once earlier entries are left out carries its position in the request as sent", () => {
    const request = {
      ...clean,
      doseChanges: [
        { date: "soon", doseMg: 100 },
        { date: "2027-03-01", doseMg: 100 },
        { date: "2027-04-01", doseMg: 999 },
      ],
    } as unknown as PlanRequestInput;
    const provisional = withoutRefusedValues(request);
    expect(provisional.errors.map((error) => error.path)).toEqual(["doseChanges.0.date", "doseChanges.2.doseMg"]);
    expect(provisional.request?.doseChanges).toEqual([{ date: "2027-03-01", doseMg: 100 }]);
  });
});

describe("the checks across fields, beside refused values", () => {
  it("read only accepted fields: a refused start date leaves dose changes unchecked, the dose still checked", () => {
    const request = { ...clean, doseMg: 7, doseChanges: [{ date: "2027-03-01", doseMg: 999 }] };
    expect(crossFieldIssues(request, new Set(["startDate"])).map((issue) => issue.path.join("."))).toEqual(["doseMg"]);
    expect(crossFieldIssues(request).map((issue) => issue.path.join("."))).toEqual(["doseMg", "doseChanges.0.doseMg"]);
  });

  it("a dose change's refused value leaves only that value unchecked: a row with no dose chosen still may not repeat a date", () => {
    const request = {
      ...clean,
      doseChanges: [
        { date: "2027-03-01", doseMg: 100 },
        { date: "2027-03-01", doseMg: "" },
      ],
    } as unknown as PlanRequestInput;
    const parsed = planRequestSchema.safeParse(request);
    const refused = refusedFields(parsed.error?.issues ?? []);
    expect([...refused]).toEqual(["doseChanges.1.doseMg"]);
    expect(crossFieldIssues(request, refused)).toEqual([
      {
        code: "custom",
        path: ["doseChanges", 1, "date"],
        message: "Only one dose change per date: 2027-03-01 already has one.",
      },
    ]);
    // A row that is not an object is refused whole: nothing of it is read, beside another row's date either.
    const withNull = {
      ...clean,
      doseChanges: [null, { date: "2027-03-01", doseMg: 100 }],
    } as unknown as PlanRequestInput;
    const refusedNull = refusedFields(planRequestSchema.safeParse(withNull).error?.issues ?? []);
    expect([...refusedNull]).toEqual(["doseChanges.0"]);
    expect(crossFieldIssues(withNull, refusedNull)).toEqual([]);
    expect([...refusedFields(planRequestSchema.safeParse({ ...clean, doseChanges: [7] }).error?.issues ?? [])]).toEqual(
      ["doseChanges.0"],
    );
  });

  it("check nothing of a body that is not an object, and nothing of the drug when drug or indication is refused", () => {
    expect(crossFieldIssues({ ...clean, doseMg: 7 }, new Set([""]))).toEqual([]);
    expect(crossFieldIssues({ ...clean, doseMg: 7 }, new Set(["indication"]))).toEqual([]);
  });

  it("name the fields a list of issues refuses: top-level fields, a patient's facts, the body itself", () => {
    const parsed = planRequestSchema.safeParse({
      ...clean,
      patient: { ...clean.patient, sex: "x" },
      startDate: "soon",
      extra: 1,
    });
    expect(parsed.success).toBe(false);
    expect([...refusedFields(parsed.error?.issues ?? [])].sort()).toEqual(["patient.sex", "startDate"]);
    expect([...refusedFields(planRequestSchema.safeParse([]).error?.issues ?? [])]).toEqual([""]);
  });
});
