/**
 * Item statuses judged against `asOf` (the request's "today"), and the dated recheck after a
 * low result. Contract additions (lib/contract/plan.ts): an item is "done" when a result on
 * file answers it, "overdue" when its date is on or before `asOf` and none does, otherwise
 * "due". A follow-up result answers the nearest item of its panel (the earlier one on a
 * tie) — never a visit months away; a recheck is answered only by a later result of the
 * analyte it rechecks. The labels give no recheck interval: without the clinician's
 * `recheckAfterWeeks` no recheck is dated and the finding asks for one.
 */
import { describe, expect, it } from "vitest";
import type { Plan } from "@/lib/contract/plan";
import type { PlanRequestInput } from "@/lib/contract/plan-request";
import { analytes } from "@/lib/units/analytes";
import type { DrugId, ScheduleItemId } from "@/rules/types";
import { cleanRequest, minimalRequest, plan, scheduled, startDate, visitOn } from "../../support/requests";
import { caseQuantity } from "../../support/thresholds";
import {
  completeCbcOn,
  allItems,
  baselineFor,
  boundaryValues,
  duringTreatmentRules,
  firstResultDate,
  recheckVisits,
  repeatResultDate,
  resultsOn,
  withFollowUps,
  type FollowUpLab,
} from "../../support/follow-up";

/** "date test status" for the items after the start, e.g. "2027-02-01 cbc overdue". */
const followUpStatuses = (p: Plan, tests?: readonly ScheduleItemId[]) =>
  allItems(p)
    .filter((item) => item.date > startDate && (tests === undefined || tests.includes(item.test)))
    .map((item) => `${item.date} ${item.test} ${item.status}`);

const statusOn = (p: Plan, date: string, test: ScheduleItemId) =>
  visitOn(p, date)?.items.find((item) => item.test === test)?.status;

describe("statuses against asOf", () => {
  it("plan.asOf echoes the request, and is absent when the request has none", () => {
    expect(plan(cleanRequest("abrocitinib", { asOf: "2027-02-15" })).asOf).toBe("2027-02-15");
    expect(plan(cleanRequest("abrocitinib")).asOf).toBeUndefined();
  });

  it("abrocitinib as of 2027-02-15, no follow-up results: week-4 CBC and lipids overdue, month 3 onwards due, baseline done", () => {
    const p = plan(cleanRequest("abrocitinib", { asOf: "2027-02-15" }));
    expect(followUpStatuses(p).slice(0, 4)).toEqual([
      "2027-02-01 cbc overdue",
      "2027-02-01 lipids overdue",
      "2027-04-04 cbc due",
      "2027-04-04 lipids due",
    ]);
    expect(
      followUpStatuses(p)
        .slice(2)
        .every((line) => line.endsWith(" due")),
    ).toBe(true);
    expect(visitOn(p, startDate)?.items.map((item) => `${item.test} ${item.status}`)).toEqual([
      "cbc done",
      "lipids done",
      "tb done",
      "hbv done",
      "hcv done",
    ]);
  });

  it.each<[string, string, string]>([
    ["2027-01-31 (the day before)", "2027-01-31", "due"],
    ["2027-02-01 (the visit day itself)", "2027-02-01", "overdue"],
    ["2027-02-02 (the day after)", "2027-02-02", "overdue"],
  ])("abrocitinib week-4 CBC (2027-02-01) as of %s → %s", (_name, asOf, expected) => {
    expect(statusOn(plan(cleanRequest("abrocitinib", { asOf })), "2027-02-01", "cbc")).toBe(expected);
  });

  it("without asOf nothing is ever overdue, however old the plan", () => {
    const p = plan(minimalRequest("abrocitinib", { startDate: "2020-01-06" }));
    expect(allItems(p).map((item) => item.status)).not.toContain("overdue");
  });

  it("nothing on file and asOf after the start: the baseline tests and the RZV doses are overdue too", () => {
    const p = plan(minimalRequest("abrocitinib", { asOf: "2027-03-01" }));
    // A 34-year-old woman whose reproductive potential is not stated: the pregnancy test is planned too.
    expect(visitOn(p, startDate)?.items.map((item) => `${item.test} ${item.status}`)).toEqual([
      "cbc overdue",
      "lipids overdue",
      "tb overdue",
      "hbv overdue",
      "hcv overdue",
      "pregnancy overdue",
    ]);
    expect(
      allItems(p)
        .filter((item) => item.test.startsWith("rzv"))
        .map((item) => `${item.test} ${item.status}`),
    ).toEqual(["rzv-dose-1 overdue", "rzv-dose-2 overdue"]);
  });

  it("baseline results on file: the baseline items are done whatever asOf says", () => {
    for (const asOf of ["2026-12-01", "2027-01-04", "2027-06-01"]) {
      const p = plan(cleanRequest("upadacitinib", { asOf }));
      expect(
        visitOn(p, startDate)?.items.every((item) => item.status === "done"),
        asOf,
      ).toBe(true);
    }
  });

  it("abrocitinib as of 2027-02-15, a complete CBC on 2027-02-03 → week-4 CBC done; lipids still overdue", () => {
    const p = plan(withFollowUps(cleanRequest("abrocitinib", { asOf: "2027-02-15" }), completeCbcOn("2027-02-03")));
    expect(followUpStatuses(p).slice(0, 3)).toEqual([
      "2027-02-01 cbc done",
      "2027-02-01 lipids overdue",
      "2027-04-04 cbc due",
    ]);
  });

  it("abrocitinib as of 2027-02-15, platelets alone on 2027-02-03 → the week-4 CBC is not done: it names what is lacking", () => {
    const p = plan(
      withFollowUps(cleanRequest("abrocitinib", { asOf: "2027-02-15" }), [
        { test: "platelets", value: 230, unit: "10^9/L", date: "2027-02-03" },
      ]),
    );
    expect(followUpStatuses(p, ["cbc"]).slice(0, 1)).toEqual(["2027-02-01 cbc overdue"]);
    expect(scheduled(p, "cbc").find((item) => item.date === "2027-02-01")?.why).toContain(
      "Results in its window lack ANC, ALC, haemoglobin.",
    );
  });

  // The result window of a week-4 check is ±7 days (a quarter of the 28 days from the start).
  it.each<[string, string]>([
    ["2027-01-25", "done"],
    ["2027-01-24", "overdue"],
    ["2027-02-08", "done"],
    ["2027-02-09", "overdue"],
  ])(
    "abrocitinib: a complete CBC on %s, as of 2027-02-15 → the week-4 CBC (2027-02-01, window 2027-01-25 to 2027-02-08) is %s",
    (date, expected) => {
      const p = plan(withFollowUps(cleanRequest("abrocitinib", { asOf: "2027-02-15" }), completeCbcOn(date)));
      const week4 = scheduled(p, "cbc").find((item) => item.date === "2027-02-01");
      expect(week4?.resultWindow).toEqual({ from: "2027-01-25", to: "2027-02-08" });
      expect(week4?.status).toBe(expected);
    },
  );

  it("abrocitinib: an LDL result on 2027-01-29 answers the week-4 lipid panel, not the CBC", () => {
    const p = plan(
      withFollowUps(cleanRequest("abrocitinib", { asOf: "2027-02-15" }), [
        { test: "ldl", value: 120, unit: "mg/dL", date: "2027-01-29" },
      ]),
    );
    expect(followUpStatuses(p, ["cbc", "lipids"]).slice(0, 2)).toEqual([
      "2027-02-01 cbc overdue",
      "2027-02-01 lipids done",
    ]);
  });

  it("abrocitinib as of 2027-04-10, a CBC on 2027-04-07 answers month 3 (2027-04-04), not week 4: week 4 stays overdue", () => {
    const p = plan(withFollowUps(cleanRequest("abrocitinib", { asOf: "2027-04-10" }), completeCbcOn("2027-04-07")));
    expect(followUpStatuses(p, ["cbc"]).slice(0, 3)).toEqual([
      "2027-02-01 cbc overdue",
      "2027-04-04 cbc done",
      "2027-07-04 cbc due",
    ]);
  });

  it("tofacitinib, a CBC on 2027-03-04 falls in the window of weeks 4–8 (to 2027-03-08), not of month 3 (from 2027-03-12): week 4 is done", () => {
    const p = plan(withFollowUps(cleanRequest("tofacitinib", { asOf: "2027-04-10" }), completeCbcOn("2027-03-04")));
    expect(followUpStatuses(p, ["cbc"]).slice(0, 3)).toEqual([
      "2027-02-01 cbc done",
      "2027-04-04 cbc overdue",
      "2027-07-04 cbc due",
    ]);
  });

  it("tofacitinib, one CBC draw (ALC, ANC, haemoglobin) on 2027-02-03 answers only week 4", () => {
    const p = plan(
      withFollowUps(cleanRequest("tofacitinib", { asOf: "2027-04-10" }), [
        { test: "alc", value: 1.6, unit: "10^9/L", date: "2027-02-03" },
        { test: "anc", value: 3.1, unit: "10^9/L", date: "2027-02-03" },
        { test: "hemoglobin", value: 13.1, unit: "g/dL", date: "2027-02-03" },
      ]),
    );
    expect(followUpStatuses(p, ["cbc"]).slice(0, 2)).toEqual(["2027-02-01 cbc done", "2027-04-04 cbc overdue"]);
  });

  // The docstring of applyStatuses: a result counts for its visit "and never for a visit months
  // away". A CBC a week after the start is not the month-3 CBC, twelve weeks later.
  it("upadacitinib (routine CBC every 3 months), a CBC on 2027-01-11 does not answer the month-3 CBC on 2027-04-04: overdue as of 2027-04-10", () => {
    const p = plan(
      withFollowUps(cleanRequest("upadacitinib", { asOf: "2027-04-10" }), [
        { test: "alc", value: 1.5, unit: "10^9/L", date: "2027-01-11" },
      ]),
    );
    expect(statusOn(p, "2027-04-04", "cbc")).toBe("overdue");
  });
});

describe("rechecks after a low result", () => {
  // Upadacitinib without a routine interval: the recheck is the only CBC after the start.
  const upadacitinib = (overrides: Partial<PlanRequestInput>, labs: FollowUpLab[]) =>
    plan(withFollowUps({ ...cleanRequest("upadacitinib", overrides), routineIntervalMonths: undefined }, labs));
  const lowAlc: FollowUpLab = { test: "alc", value: 0.4, unit: "10^9/L", date: "2027-02-01" };

  it.each<[string, string, string]>([
    ["2027-02-10 (before the recheck)", "2027-02-10", "due"],
    ["2027-02-15 (the recheck day)", "2027-02-15", "overdue"],
    ["2027-02-20", "2027-02-20", "overdue"],
  ])(
    "upadacitinib ALC 0.4 on 2027-02-01, recheck after 2 weeks, as of %s → recheck %s (the low result itself never answers it)",
    (_name, asOf, expected) => {
      const p = upadacitinib({ recheckAfterWeeks: 2, asOf }, [lowAlc]);
      expect(
        recheckVisits(p).map(
          (visit) => `${visit.date} ${visit.label} ${visit.items.map((item) => `${item.test} ${item.status}`).join()}`,
        ),
      ).toEqual([`2027-02-15 Recheck ALC cbc ${expected}`]);
    },
  );

  it("an ANC and a platelet count on 2027-02-16 do not answer the ALC recheck", () => {
    const p = upadacitinib({ recheckAfterWeeks: 2, asOf: "2027-02-20" }, [
      lowAlc,
      { test: "anc", value: 3.2, unit: "10^9/L", date: "2027-02-16" },
      { test: "platelets", value: 220, unit: "10^9/L", date: "2027-02-16" },
    ]);
    expect(statusOn(p, "2027-02-15", "cbc")).toBe("overdue");
  });

  it("a second low ALC on the same day as the first does not answer the recheck either", () => {
    const p = upadacitinib({ recheckAfterWeeks: 2, asOf: "2027-02-20" }, [lowAlc, { ...lowAlc, value: 0.45 }]);
    expect(statusOn(p, "2027-02-15", "cbc")).toBe("overdue");
  });

  it("a second low ALC moves the recheck: 0.4 on 2027-02-01, 0.45 on 2027-02-15 → one recheck, on 2027-03-01", () => {
    const p = upadacitinib({ recheckAfterWeeks: 2 }, [lowAlc, { ...lowAlc, value: 0.45, date: "2027-02-15" }]);
    expect(recheckVisits(p).map((visit) => `${visit.date} ${visit.label}`)).toEqual(["2027-03-01 Recheck ALC"]);
    expect(visitOn(p, "2027-03-01")?.items[0]?.why).toContain("0.45 ×10⁹/L on 2027-02-15");
  });

  it.each<[number, string]>([
    [1, "2027-02-08"],
    [4, "2027-03-01"],
    [12, "2027-04-26"],
  ])("recheckAfterWeeks %d after ALC 0.4 on 2027-02-01 → recheck on %s", (weeks, date) => {
    const p = upadacitinib({ recheckAfterWeeks: weeks }, [lowAlc]);
    expect(recheckVisits(p).map((visit) => visit.date)).toEqual([date]);
  });

  it("a recheck that falls on a scheduled visit joins it: one CBC, both labels", () => {
    // Routine every month: month 1 = 2027-02-04; ALC 0.4 on 2027-01-21 + 2 weeks = 2027-02-04.
    const p = plan(
      withFollowUps(cleanRequest("upadacitinib", { routineIntervalMonths: 1, recheckAfterWeeks: 2 }), [
        { ...lowAlc, date: "2027-01-21" },
      ]),
    );
    const visit = visitOn(p, "2027-02-04");
    expect(visit?.label.split(" · ").sort()).toEqual(["Month 1", "Recheck ALC"]);
    expect(visit?.items.filter((item) => item.test === "cbc")).toHaveLength(1);
  });
});

describe("no recheck interval chosen", () => {
  // Every during-treatment rule of every drug, with the results it takes to act on it.
  const rows = (
    ["abrocitinib", "upadacitinib", "baricitinib", "ritlecitinib", "deuruxolitinib", "tofacitinib"] as DrugId[]
  ).flatMap((drug) => {
    const rules = duringTreatmentRules(drug, "US");
    return rules.map((rule) => {
      const baseline = baselineFor(rule, rules);
      const unit = rule.kind === "limit" ? rule.below.unit : rule.fallOfMoreThan.unit;
      const low = boundaryValues(rule, baseline).find(
        (entry) => entry.position === "just below" && entry.unit === unit,
      )!;
      const dates = rule.confirmByRepeat ? [firstResultDate, repeatResultDate] : [firstResultDate];
      return [
        `${drug}: ${analytes[rule.test].shortName} ${caseQuantity(low.value, unit)}${dates.length === 2 ? " twice" : ""} → ${rule.action} ${rule.id}, no recheck visit, the finding asks for a recheck interval`,
        { drug, rule, baseline, low, dates },
      ] as const;
    });
  });

  it.each(rows)("%s", (_name, { drug, rule, baseline, low, dates }) => {
    const request = cleanRequest(drug);
    const labs = [
      ...(request.labs ?? []).filter((lab) => lab.test !== rule.test),
      { test: rule.test, value: baseline.value, unit: baseline.unit, date: "2026-12-15" },
    ];
    const p = plan(withFollowUps({ ...request, labs }, resultsOn(rule.test, low.value, low.unit, dates)));
    expect(recheckVisits(p)).toEqual([]);
    const findings = p.findings.filter((finding) => finding.ruleId === rule.id);
    expect(findings.map((finding) => finding.action)).toEqual([rule.action]);
    expect(findings[0]?.message).toMatch(/choose a recheck interval/i);
  });

  it("tofacitinib ALC 0.4 once (caution, repeat to confirm) → the caution asks for a recheck interval too", () => {
    const p = plan(
      withFollowUps(cleanRequest("tofacitinib"), [{ test: "alc", value: 0.4, unit: "10^9/L", date: "2027-02-01" }]),
    );
    expect(recheckVisits(p)).toEqual([]);
    expect(p.findings.find((finding) => finding.ruleId === "tofacitinib.treatment.alc")?.message).toMatch(
      /choose a recheck interval/i,
    );
  });

  it("with an interval, the same finding does not ask for one", () => {
    const p = plan(
      withFollowUps(cleanRequest("upadacitinib", { recheckAfterWeeks: 2 }), [
        { test: "alc", value: 0.4, unit: "10^9/L", date: "2027-02-01" },
      ]),
    );
    expect(p.findings.find((finding) => finding.ruleId === "upadacitinib.treatment.alc")?.message).not.toMatch(
      /choose a recheck interval/i,
    );
  });
});
