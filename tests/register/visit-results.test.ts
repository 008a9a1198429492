import { describe, expect, it } from "vitest";
import { buildPlan, planRequestSchema, toCalendarDate, type Plan } from "@/lib/register/engine";
import { factsDate, requestOfRecord, type RecordFacts } from "@/lib/register/record";
import { findingsRaisedBy, keptOpenVisits, openVisitsOf } from "@/lib/register/record-status";
import { checkResultEntry } from "@/lib/register/register-inputs";
import { cleanRequest, negativeScreening, startDate } from "@/tests/support/requests";

/** Clean abrocitinib from Mon 4 Jan 2027, but with no TB screening on file. */
const withoutTb = planRequestSchema.parse({
  ...cleanRequest("abrocitinib", { labelRegion: "US" }),
  screening: negativeScreening.filter((entry) => entry.test !== "tb"),
});
const tbNegative = { test: "tb" as const, result: "negative" as const, date: toCalendarDate("2026-12-20") };

const firstOpenVisit = (plan: Plan) => openVisitsOf(plan)[0] ?? { on: null, tests: [] };

describe("a visit's results in the register", () => {
  it("takes screening results and a zoster dose alone, each dated with the visit", () => {
    expect(
      checkResultEntry({
        date: "2027-02-01",
        screening: [{ test: "tb", result: "positive", interpretation: "latent" }],
        zosterVaccine: [{ vaccine: "rzv" }],
      }),
    ).toEqual({
      ok: true,
      value: {
        labs: [],
        screening: [{ test: "tb", result: "positive", interpretation: "latent", date: "2027-02-01" }],
        zosterVaccine: [{ vaccine: "rzv", date: "2027-02-01" }],
      },
    });
  });

  it("still takes labs alone, as before, and stores no empty screening or vaccine list", () => {
    const checked = checkResultEntry({ date: "2027-02-01", labs: [{ test: "platelets", value: 40, unit: "10^9/L" }] });
    expect(checked).toEqual({
      ok: true,
      value: { labs: [{ test: "platelets", value: 40, unit: "10^9/L", date: "2027-02-01" }] },
    });
  });

  it("refuses an entry with no result at all", () => {
    expect(checkResultEntry({ date: "2027-02-01", labs: [], screening: [] })).toEqual({
      ok: false,
      errors: [{ path: "labs", message: "Enter at least one result." }],
    });
  });

  it("names each refused screening or vaccine field by its entry, and the date once", () => {
    const checked = checkResultEntry({
      date: "2027-02-01",
      screening: [
        { test: "hbv", result: "negative" },
        { test: "tb", result: "negative", interpretation: "latent" },
        { test: "hbv", result: "positive" },
      ],
      zosterVaccine: [{ vaccine: "bcg" }],
    });
    expect(checked.ok).toBe(false);
    expect(checked.ok ? [] : checked.errors.map((error) => error.path)).toEqual([
      "screening.1.interpretation",
      "screening.2.test",
      "zosterVaccine.0.vaccine",
    ]);
    const badDate = checkResultEntry({
      date: "2027-02-30",
      labs: [{ test: "platelets", value: 200, unit: "10^9/L" }],
      screening: [{ test: "tb", result: "negative" }],
    });
    expect(badDate.ok ? [] : badDate.errors.filter((error) => error.path === "date")).toHaveLength(1);
  });

  it("refuses a screening entry that brings its own date, or more than one zoster dose", () => {
    const ownDate = checkResultEntry({
      date: "2027-02-01",
      screening: [{ test: "tb", result: "negative", date: "2026-01-01" }],
    });
    expect(ownDate.ok ? [] : ownDate.errors.map((error) => error.path)).toEqual(["screening.0"]);
    const twoDoses = checkResultEntry({ date: "2027-02-01", zosterVaccine: [{ vaccine: "rzv" }, { vaccine: "rzv" }] });
    expect(twoDoses).toEqual({
      ok: false,
      errors: [{ path: "zosterVaccine", message: "At most 1 zoster vaccine dose in one entry." }],
    });
  });

  it("folds recorded screening and vaccine doses into the record's request and its facts' date", () => {
    const facts: RecordFacts = {
      request: withoutTb,
      events: [
        { id: "a", kind: "result", body: { labs: [], screening: [tbNegative] } },
        {
          id: "b",
          kind: "result",
          body: { labs: [], zosterVaccine: [{ vaccine: "rzv", date: toCalendarDate("2027-03-01") }] },
        },
      ],
    };
    const request = requestOfRecord(facts);
    expect(request.screening).toContainEqual(tbNegative);
    expect(request.zosterVaccine).toContainEqual({ vaccine: "rzv", date: "2027-03-01" });
    expect(factsDate(facts)).toBe("2027-03-01");
    // A record with no such result keeps the request it was saved with.
    expect(requestOfRecord({ request: withoutTb, events: [] }).zosterVaccine).toEqual(withoutTb.zosterVaccine);
  });

  it("keeps every open visit in date order, up to a year of missed monthly visits and one more", () => {
    const monthly = planRequestSchema.parse({ ...withoutTb, routineIntervalMonths: 1 });
    const visits = openVisitsOf(buildPlan(requestOfRecord({ request: monthly, events: [] })));
    expect(visits).toHaveLength(keptOpenVisits);
    expect(visits.slice(0, 3)).toEqual([
      { on: startDate, tests: ["tb"] },
      { on: "2027-02-01", tests: ["cbc", "lipids"] },
      { on: "2027-02-04", tests: ["cbc", "lipids"] },
    ]);
    expect(visits.map((visit) => visit.on)).toEqual([...visits.map((visit) => visit.on)].sort());
  });

  it("tracks a missing baseline screening test as due at the start, until a result before the start answers it", () => {
    const missing = firstOpenVisit(buildPlan(requestOfRecord({ request: withoutTb, events: [] })));
    expect(missing).toEqual({ on: startDate, tests: ["tb"] });
    const screened = firstOpenVisit(
      buildPlan(
        requestOfRecord({
          request: withoutTb,
          events: [{ id: "a", kind: "result", body: { labs: [], screening: [tbNegative] } }],
        }),
      ),
    );
    expect(screened.on).toBe("2027-02-01");
    expect(screened.tests).toContain("cbc");
    expect(screened.tests).not.toContain("tb");
  });

  it("stops tracking a missed baseline screening once it is done after the start, late", () => {
    const late = { ...tbNegative, date: toCalendarDate("2027-01-20") };
    const facts: RecordFacts = {
      request: withoutTb,
      events: [{ id: "a", kind: "result", body: { labs: [], screening: [late] } }],
    };
    const plan = buildPlan(requestOfRecord(facts));
    expect(firstOpenVisit(plan)).toEqual({ on: "2027-02-01", tests: ["cbc", "lipids"] });
    expect(plan.findings.find((finding) => finding.ruleId === "abrocitinib.baseline.tb")).toMatchObject({
      action: "info",
      message: expect.stringContaining(
        "Baseline TB screening done late: on 2027-01-20, after the start, in place of one before it.",
      ),
    });
  });

  it("raises a live zoster vaccine given during treatment for review", () => {
    const facts: RecordFacts = {
      request: withoutTb,
      events: [
        {
          id: "live",
          kind: "result",
          body: { labs: [], zosterVaccine: [{ vaccine: "zvl", date: toCalendarDate("2027-02-01") }] },
        },
      ],
    };
    const raised = findingsRaisedBy(facts, "live", buildPlan, buildPlan(requestOfRecord(facts)));
    expect(raised).toEqual([
      expect.objectContaining({
        action: "caution",
        resultDate: "2027-02-01",
        message: expect.stringContaining("Live zoster vaccine on 2027-02-01 is on or after the start date"),
      }),
    ]);
  });

  const platelets = (value: number, date: string) => ({
    test: "platelets" as const,
    value,
    unit: "10^9/L",
    date: toCalendarDate(date),
  });

  it("a normal result after a discontinuation raises nothing: the discontinuation is the earlier result's", () => {
    const platelets = (id: string, value: number, date: string) => ({
      id,
      kind: "result" as const,
      body: { labs: [{ test: "platelets" as const, value, unit: "10^9/L", date: toCalendarDate(date) }] },
    });
    const facts: RecordFacts = {
      request: withoutTb,
      events: [platelets("low", 40, "2027-02-01"), platelets("normal", 260, "2027-03-01")],
    };
    const whole = buildPlan(requestOfRecord(facts));
    expect(whole.findings.find((finding) => finding.action === "discontinue")?.message).toContain(
      "Latest result: 260 ×10⁹/L on 2027-03-01.",
    );
    expect(findingsRaisedBy(facts, "low", buildPlan, whole).map((finding) => finding.action)).toEqual(["discontinue"]);
    expect(findingsRaisedBy(facts, "normal", buildPlan, whole)).toEqual([]);
  });

  it.each<[string, [number, string], [number, string], string[]]>([
    ["a lower count on a later day", [40, "2027-02-01"], [20, "2027-03-01"], []],
    // Two counts of one day also disagree: the second is reviewed for that too.
    [
      "a lower count the same day",
      [45, "2027-02-01"],
      [30, "2027-02-01"],
      ["caution abrocitinib.labs.platelets-same-day-disagreement"],
    ],
  ])(
    "%s after a discontinuation is a result to review",
    (_name, [firstValue, firstDate], [value, date], alsoRaised) => {
      const facts: RecordFacts = {
        request: withoutTb,
        events: [
          { id: "first", kind: "result", body: { labs: [platelets(firstValue, firstDate)] } },
          { id: "worse", kind: "result", body: { labs: [platelets(value, date)] } },
        ],
      };
      const raised = findingsRaisedBy(facts, "worse", buildPlan, buildPlan(requestOfRecord(facts)));
      expect(raised.map((finding) => `${finding.action} ${finding.ruleId}`)).toEqual([
        "discontinue abrocitinib.treatment.platelets",
        ...alsoRaised,
      ]);
    },
  );

  it("does not track zoster vaccine doses, which a patient may decline", () => {
    const noZoster = planRequestSchema.parse({
      ...cleanRequest("abrocitinib", { labelRegion: "US" }),
      zosterVaccine: [],
      patient: { ...cleanRequest("abrocitinib").patient, ageYears: 60 },
    });
    const plan = buildPlan(requestOfRecord({ request: noZoster, events: [] }));
    expect(plan.visits.some((visit) => visit.items.some((item) => item.test === "rzv-dose-1"))).toBe(true);
    expect(firstOpenVisit(plan).tests).not.toContain("rzv-dose-1");
    expect(firstOpenVisit(plan).on).toBe("2027-02-01");
  });
});
