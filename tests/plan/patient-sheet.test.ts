/**
 * The patient's sheet (printout and calendar): the first dose and the visits still to do;
 * after a stop finding only what matters next; and the tests the clinic arranges named, never
 * left out in silence.
 */
import { describe, expect, it } from "vitest";
import { patientSheet, sheetItemText } from "@/lib/plan";
import { cleanRequest, normalLabs, plan, withBaselineLab } from "../support/requests";
import { withFollowUps } from "../support/follow-up";

describe("the patient's sheet", () => {
  it("a plan with a routine interval: the visits in date order, no stop instruction, nothing left to the clinic", () => {
    const sheet = patientSheet(plan(cleanRequest("abrocitinib")));
    expect(sheet.stop).toBeUndefined();
    expect(sheet.start).toEqual({ date: "2027-01-04", words: "Start taking abrocitinib" });
    expect(sheet.visits.map((visit) => visit.date)).toEqual([
      "2027-02-01",
      "2027-04-04",
      "2027-07-04",
      "2027-10-04",
      "2028-01-04",
    ]);
    expect(sheet.visits[0]?.items.map((item) => item.words)).toEqual([
      "Blood count (full blood count with white cells and platelets)",
      "Cholesterol and fats in the blood (lipid panel)",
    ]);
    expect(sheet.notOnSheet).toEqual([]);
  });

  it("no routine interval: the sheet says the clinic arranges the regular blood tests", () => {
    const sheet = patientSheet(plan(cleanRequest("abrocitinib", { routineIntervalMonths: undefined })));
    expect(sheet.notOnSheet).toEqual([
      "Regular blood tests (blood count (full blood count with white cells and platelets), cholesterol and fats in the blood (lipid panel)): your clinic will arrange them; they are not on this sheet.",
    ]);
  });

  it("a test after the sheet's end is named with its date", () => {
    const sheet = patientSheet(plan(cleanRequest("upadacitinib", { horizonMonths: 2 })));
    expect(sheet.notOnSheet).toContain(
      "Cholesterol and fats in the blood (lipid panel): due Mon 29 Mar 2027, after this sheet ends; your clinic will book it.",
    );
  });

  it("do not start (platelets 120): the stop instruction leads; only the blood count, as the clinic arranges; no routine visit or vaccine", () => {
    const sheet = patientSheet(
      plan(withBaselineLab(cleanRequest("abrocitinib", { zosterVaccine: [] }), "platelets", 120, "10^9/L")),
    );
    expect(sheet.stop?.instruction).toBe(
      "Do not start abrocitinib (or, if you have already started, do not take your next dose) until your clinic tells you to.",
    );
    expect(sheet.start).toBeUndefined();
    expect(sheet.visits).toEqual([
      {
        label: "As your clinic arranges",
        items: [
          { test: "cbc", words: "Blood count (full blood count with white cells and platelets)", overdue: false },
        ],
      },
    ]);
  });

  it("do not start, with the TB and hepatitis screening not yet done: those are named too, after the blood count", () => {
    const request = withBaselineLab(cleanRequest("abrocitinib", { zosterVaccine: [] }), "platelets", 120, "10^9/L");
    const sheet = patientSheet(plan({ ...request, screening: [] }));
    expect(sheet.visits).toEqual([
      {
        label: "As your clinic arranges",
        items: [
          { test: "cbc", words: "Blood count (full blood count with white cells and platelets)", overdue: false },
          { test: "tb", words: expect.stringContaining("Tuberculosis"), overdue: false },
          { test: "hbv", words: expect.stringContaining("Hepatitis B"), overdue: false },
          { test: "hcv", words: expect.stringContaining("Hepatitis C"), overdue: false },
        ],
      },
    ]);
  });

  it("interrupt with a dated recheck: the recheck, with its date, is what the sheet shows", () => {
    const p = plan(
      withFollowUps(cleanRequest("upadacitinib", { recheckAfterWeeks: 2 }), [
        { test: "alc", value: 0.4, unit: "10^9/L", date: "2027-02-01" },
      ]),
    );
    const sheet = patientSheet(p);
    expect(sheet.stop?.instruction).toBe("Do not take your next dose of upadacitinib until your clinic tells you to.");
    expect(sheet.start).toBeUndefined();
    expect(
      sheet.visits.map((visit) => `${visit.date} ${visit.label}: ${visit.items.map((item) => item.test).join(", ")}`),
    ).toEqual(["2027-02-15 Recheck ALC: cbc"]);
  });

  it("a stop with no test behind it (severe hepatic impairment): the clinic will be in touch", () => {
    const request = cleanRequest("abrocitinib");
    const sheet = patientSheet(plan({ ...request, patient: { ...request.patient, hepaticImpairment: "severe" } }));
    expect(sheet.visits).toEqual([]);
    expect(sheet.notOnSheet).toEqual(["Your clinic will contact you about what happens next."]);
  });

  it("a cream is started by using it, and a sheet with no tests still names the first day", () => {
    const sheet = patientSheet(plan(cleanRequest("ruxolitinib-cream")));
    expect(sheet.start).toEqual({ date: "2027-01-04", words: "Start using ruxolitinib cream 1.5 %" });
    expect(sheet.visits).toEqual([]);
  });

  it("printed at a later visit: the first dose is in the past, a done visit is left out, an overdue test says book it", () => {
    const week4 = normalLabs.map((lab) => ({ ...lab, date: "2027-02-01" }));
    const sheet = patientSheet(
      plan({ ...cleanRequest("abrocitinib"), labs: [...normalLabs, ...week4], asOf: "2027-05-01" }),
    );
    expect(sheet.start).toEqual({ date: "2027-01-04", words: "Started taking abrocitinib" });
    expect(sheet.visits.map((visit) => visit.date)).toEqual(["2027-04-04", "2027-07-04", "2027-10-04", "2028-01-04"]);
    expect(sheet.visits[0]?.items.map(sheetItemText)).toEqual([
      "Blood count (full blood count with white cells and platelets) — overdue, please book",
      "Cholesterol and fats in the blood (lipid panel) — overdue, please book",
    ]);
    expect(sheet.visits[1]?.items.map(sheetItemText)).toEqual([
      "Blood count (full blood count with white cells and platelets)",
      "Cholesterol and fats in the blood (lipid panel)",
    ]);
  });
});
