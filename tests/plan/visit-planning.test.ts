import { describe, expect, it } from "vitest";
import { respondToPlanRequest } from "@/lib/doors/plan-door";
import type { Plan } from "@/lib/contract/plan";
import type { PlanRequestInput } from "@/lib/contract/plan-request";
import { allDrugs, cleanRequest, minimalRequest, plan, scheduled, visitLines, visitOn } from "../support/requests";

// Visit planning (lib/plan/visit-planning.ts). Start Mon 2027-01-04: upadacitinib's week-12 lipid
// panel (label, 5.8) is due Mon 2027-03-29, a 3-monthly routine panel Sun 2027-04-04, six days later.

const mergeOnly = { mergeWithinDays: 7 };
const weekendsOnly = { avoidWeekends: true };
const both = { mergeWithinDays: 7, avoidWeekends: true };

/** Each moved item as `test original → drawn`. */
const moves = (request: PlanRequestInput): string[] =>
  plan(request).visits.flatMap((visit) =>
    visit.items.flatMap((item) => (item.originalDueOn ? [`${item.test} ${item.originalDueOn} → ${visit.date}`] : [])),
  );

/** The visit on `date`, named `label`, lists one CBC: the recheck of a low ANC drawn on `lowOn`, as `ruleId` gave it. */
function expectAncRecheckListed(p: Plan, date: string, label: string, ruleId: string, lowOn: string) {
  const visit = visitOn(p, date)!;
  expect(visit.label).toBe(label);
  const cbc = visit.items.filter((item) => item.test === "cbc");
  expect(cbc).toEqual([expect.objectContaining({ ruleId, recheckOf: { test: "anc", after: lowOn } })]);
  return cbc[0]!;
}

describe("tests due within the merge window are drawn together", () => {
  it("the week-12 lipids and the month-3 panel six days later become one visit on the label's date", () => {
    const p = plan(cleanRequest("upadacitinib", { visitPlanning: mergeOnly }));
    expect(visitLines(p).slice(0, 3)).toEqual([
      "2027-01-04 Baseline: cbc, liver, tb, hbv, hcv",
      "2027-03-29 Week 12 · Month 3: lipids, cbc, liver",
      "2027-07-04 Month 6: cbc, liver, lipids",
    ]);
    expect(visitOn(p, "2027-04-04")).toBeUndefined();
    const week12 = visitOn(p, "2027-03-29")!;
    // One lipid panel, the label's; the routine CBC and liver tests keep the date their interval gave.
    expect(week12.items.map((item) => [item.test, item.ruleId, item.originalDueOn])).toEqual([
      ["lipids", "upadacitinib.followup.lipids.week12", undefined],
      ["cbc", "upadacitinib.routine", "2027-04-04"],
      ["liver", "upadacitinib.routine", "2027-04-04"],
    ]);
  });

  it("the plan states the window and the rule", () => {
    expect(plan(cleanRequest("upadacitinib", { visitPlanning: mergeOnly })).visitPlanning).toEqual({
      mergeWithinDays: 7,
      avoidWeekends: false,
      note: "Routine tests due within 7 days of another visit are drawn at that visit; dates a label sets are never moved to merge visits.",
    });
  });

  it("a routine test farther than the window stays on its own date", () => {
    expect(moves(cleanRequest("upadacitinib", { visitPlanning: { mergeWithinDays: 5 } }))).toEqual([]);
    expect(moves(cleanRequest("upadacitinib", { visitPlanning: { mergeWithinDays: 6 } }))).toEqual([
      "cbc 2027-04-04 → 2027-03-29",
      "liver 2027-04-04 → 2027-03-29",
    ]);
  });

  it("a routine test joins the nearest fixed visit; two label-dated checks within the window keep their own dates", () => {
    // Dose raised on Fri 8 Jan: the US label's CBC 4 weeks later (Fri 5 Feb) is 4 days after
    // week 4 (Mon 1 Feb). Month 1 (Thu 4 Feb) joins the dose-increase check, the nearer one.
    const request = cleanRequest("abrocitinib", {
      routineIntervalMonths: 1,
      horizonMonths: 2,
      doseChanges: [{ date: "2027-01-08", doseMg: 200 }],
      visitPlanning: mergeOnly,
    });
    expect(visitLines(plan(request))).toEqual([
      "2027-01-04 Baseline: cbc, lipids, tb, hbv, hcv",
      "2027-02-01 Week 4: cbc, lipids",
      "2027-02-05 4 weeks after dose increase · Month 1: cbc, lipids",
      "2027-03-04 Month 2: cbc, lipids",
    ]);
    expect(moves(request)).toEqual(["lipids 2027-02-04 → 2027-02-05"]);
    expect(visitOn(plan(request), "2027-02-05")?.items[0]?.ruleId).toBe("abrocitinib.followup.cbc.dose-increase");
  });

  it("a routine CBC joining a recheck leaves the recheck listed, with what it rechecks", () => {
    // ALC 0.4 on Mon 1 Feb, recheck 4 weeks later (Mon 1 Mar); the monthly routine CBC of Thu 4 Mar joins it.
    const request = cleanRequest("upadacitinib", {
      routineIntervalMonths: 1,
      recheckAfterWeeks: 4,
      labs: [
        { test: "alc", value: 1.8, unit: "10^9/L", date: "2026-12-15" },
        { test: "alc", value: 0.4, unit: "10^9/L", date: "2027-02-01" },
      ],
      visitPlanning: mergeOnly,
    });
    const recheck = visitOn(plan(request), "2027-03-01")!;
    expect(recheck.label).toBe("Month 2 · Recheck ALC");
    expect(recheck.items.find((item) => item.test === "cbc")).toMatchObject({
      ruleId: "upadacitinib.treatment.alc",
      recheckOf: { test: "alc", after: "2027-02-01" },
    });
    expect(visitOn(plan(request), "2027-03-04")).toBeUndefined();
  });

  it("of two fixed visits equally near, the routine test joins the earlier", () => {
    // Week 4 is Mon 1 Feb; a dose raised on Sun 10 Jan is checked Sun 7 Feb; month 1 is Thu 4 Feb, 3 days from each.
    const request = cleanRequest("abrocitinib", {
      routineIntervalMonths: 1,
      horizonMonths: 2,
      doseChanges: [{ date: "2027-01-10", doseMg: 200 }],
      visitPlanning: mergeOnly,
    });
    // Week 4 has a CBC and lipids already: the routine ones are drawn with them, listed once.
    expect(visitLines(plan(request))).toEqual([
      "2027-01-04 Baseline: cbc, lipids, tb, hbv, hcv",
      "2027-02-01 Week 4 · Month 1: cbc, lipids",
      "2027-02-07 4 weeks after dose increase: cbc",
      "2027-03-04 Month 2: cbc, lipids",
    ]);
  });

  it("statuses are judged on the date the test is drawn", () => {
    // Today is Tue 30 Mar: the routine CBC drawn at week 12 is overdue, not due on 4 Apr.
    const p = plan(cleanRequest("upadacitinib", { asOf: "2027-03-30", visitPlanning: mergeOnly }));
    expect(scheduled(p, "cbc").map((item) => `${item.date} ${item.status}`)).toContain("2027-03-29 overdue");
  });
});

describe("a label-dated check keeps its date", () => {
  it.each(allDrugs)("%s: with merging on, every check but the routine repeats stays where the rules put it", (drug) => {
    const request = cleanRequest(drug, { routineIntervalMonths: 1, horizonMonths: 24 });
    const planned = plan({ ...request, visitPlanning: mergeOnly });
    const moved = planned.visits.flatMap((visit) => visit.items.filter((item) => item.originalDueOn));
    expect(moved.filter((item) => item.ruleId !== `${drug}.routine`)).toEqual([]);
    // And each label-dated check is on the date it has without visit planning.
    const unplanned = plan(request);
    const fixed = (p: typeof planned) =>
      p.visits.flatMap((visit) =>
        visit.items.filter((item) => item.ruleId !== `${drug}.routine`).map((item) => `${visit.date} ${item.ruleId}`),
      );
    expect(fixed(planned)).toEqual(fixed(unplanned));
  });

  it("only the weekend rule moves it, by at most 2 days", () => {
    // Start Sun 3 Jan: week 12 is Sun 28 Mar, month 3 Sat 3 Apr (6 days later).
    const request = cleanRequest("upadacitinib", { startDate: "2027-01-03", horizonMonths: 3 });
    expect(moves({ ...request, visitPlanning: mergeOnly })).toEqual([
      "cbc 2027-04-03 → 2027-03-28",
      "liver 2027-04-03 → 2027-03-28",
    ]);
    expect(moves({ ...request, visitPlanning: both })).toEqual([
      "cbc 2027-01-03 → 2027-01-01",
      "liver 2027-01-03 → 2027-01-01",
      "tb 2027-01-03 → 2027-01-01",
      "hbv 2027-01-03 → 2027-01-01",
      "hcv 2027-01-03 → 2027-01-01",
      "lipids 2027-03-28 → 2027-03-29",
      "cbc 2027-04-03 → 2027-03-29",
      "liver 2027-04-03 → 2027-03-29",
    ]);
  });
});

describe("visits are moved off weekends", () => {
  it("Saturday to Friday, and at the plan's end a Sunday to the Friday rather than past the end", () => {
    // Start Sat 2 Jan 2027: the plan ends Sun 2 Jan 2028, the month-12 routine visit's date.
    const p = plan(cleanRequest("abrocitinib", { startDate: "2027-01-02", visitPlanning: weekendsOnly }));
    expect(p.horizonEndDate).toBe("2028-01-02");
    expect(visitLines(p)).toEqual([
      "2027-01-01 Baseline: cbc, lipids, tb, hbv, hcv",
      "2027-01-29 Week 4: cbc, lipids",
      "2027-04-02 Month 3: cbc, lipids",
      "2027-07-02 Month 6: cbc, lipids",
      "2027-10-01 Month 9: cbc, lipids",
      "2027-12-31 Month 12: cbc, lipids",
    ]);
  });

  it("a check moved onto a recheck's date is drawn once, the recheck listed with what it rechecks", () => {
    // ANC 0.3 on Fri 26 Jan 2029, recheck 9 weeks later (Fri 30 Mar); the month-15 CBC of Sat 31 Mar moves to it.
    const request = cleanRequest("tofacitinib", {
      startDate: "2027-12-31",
      horizonMonths: 18,
      recheckAfterWeeks: 9,
      labs: [{ test: "anc", value: 0.3, unit: "10^9/L", date: "2029-01-26" }],
      visitPlanning: weekendsOnly,
    });
    const p = plan(request);
    expectAncRecheckListed(
      p,
      "2029-03-30",
      "Month 15 · Recheck ANC",
      "tofacitinib.treatment.anc-below-500",
      "2029-01-26",
    );
    expect(visitOn(p, "2029-03-31")).toBeUndefined();
  });

  it("without visit planning too, a recheck due on a routine test's date is the one listed", () => {
    // ANC 0.8 on Thu 7 Jan 2027, recheck 8 weeks later on Thu 4 Mar: the month-2 routine CBC's date.
    const p = plan(
      cleanRequest("abrocitinib", {
        routineIntervalMonths: 1,
        recheckAfterWeeks: 8,
        labs: [{ test: "anc", value: 0.8, unit: "10^9/L", date: "2027-01-07" }],
      }),
    );
    expectAncRecheckListed(p, "2027-03-04", "Month 2 · Recheck ANC", "abrocitinib.treatment.anc", "2027-01-07");
  });

  it("a recheck moved off a Sunday keeps its place when a routine test joins it there", () => {
    // ANC 0.3 on Sun 11 Apr 2027, recheck 11 weeks later on Sun 27 Jun, moved to Mon 28 Jun; the
    // monthly routine CBC of Sun 4 Jul joins it within the 6-day window.
    const request = cleanRequest("abrocitinib", {
      startDate: "2027-04-04",
      routineIntervalMonths: 1,
      recheckAfterWeeks: 11,
      labs: [{ test: "anc", value: 0.3, unit: "10^9/L", date: "2027-04-11" }],
      visitPlanning: { mergeWithinDays: 6, avoidWeekends: true },
    });
    const recheck = expectAncRecheckListed(
      plan(request),
      "2027-06-28",
      "Month 3 · Recheck ANC",
      "abrocitinib.treatment.anc",
      "2027-04-11",
    );
    expect(recheck.originalDueOn).toBe("2027-06-27");
  });

  it("Sunday to Monday, but a test before the first dose goes to the Friday, never later", () => {
    // Start Sun 3 Jan 2027: zoster dose 1 two weeks before (Sun 20 Dec), baseline on the start date.
    const p = plan(
      cleanRequest("abrocitinib", {
        startDate: "2027-01-03",
        horizonMonths: 2,
        zosterVaccine: [],
        visitPlanning: weekendsOnly,
      }),
    );
    expect(visitLines(p)).toEqual([
      "2026-12-18 2 weeks before start: rzv-dose-1",
      "2027-01-01 Baseline: cbc, lipids, tb, hbv, hcv",
      "2027-02-01 Week 4: cbc, lipids",
      "2027-02-19 Zoster vaccine dose 2: rzv-dose-2",
    ]);
    expect(scheduled(p, "rzv-dose-1")[0]?.originalDueOn).toBe("2026-12-20");
    expect(scheduled(p, "rzv-dose-2")[0]).toMatchObject({ originalDueOn: "2027-02-20", dueBy: "2027-06-20" });
  });

  it("a visit no weekday within 2 days allows stays on its date", () => {
    // Zoster dose 2 on Sun 6 Dec, a week after dose 1, is not valid: the repeat is due 4 weeks
    // later, Sun 3 Jan, the day before the start. Not earlier (under 4 weeks), not later (after the start).
    const p = plan(
      cleanRequest("abrocitinib", {
        zosterVaccine: [
          { vaccine: "rzv", date: "2026-11-29" },
          { vaccine: "rzv", date: "2026-12-06" },
        ],
        visitPlanning: weekendsOnly,
      }),
    );
    expect(scheduled(p, "rzv-dose-2")).toMatchObject([{ date: "2027-01-03" }]);
    expect(scheduled(p, "rzv-dose-2")[0]?.originalDueOn).toBeUndefined();
  });

  it("the plan states the weekend rule", () => {
    expect(plan(minimalRequest("abrocitinib", { visitPlanning: weekendsOnly })).visitPlanning).toEqual({
      mergeWithinDays: 0,
      avoidWeekends: true,
      note: "Visits are moved off weekends by at most 2 days (Saturday to Friday, Sunday to Monday), never past a due-by date or the plan's end, and tests before the first dose never later; a visit that cannot move stays on its date.",
    });
  });
});

describe("off by default", () => {
  it.each(allDrugs)("%s: no visit planning, or both settings off, gives the plan of a request without it", (drug) => {
    const request = cleanRequest(drug, { startDate: "2027-01-03" });
    const body = (value: unknown) => respondToPlanRequest(JSON.stringify(value)).body;
    const without = body(request);
    expect(without).not.toContain("originalDueOn");
    expect(without).not.toContain("visitPlanning");
    expect(body({ ...request, visitPlanning: {} })).toBe(without);
    expect(body({ ...request, visitPlanning: { mergeWithinDays: 0, avoidWeekends: false } })).toBe(without);
  });
});
