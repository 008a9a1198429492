/**
 * Every finding and every schedule item says where it comes from: a rule id and at least one
 * source (title, section, URL) — style habit 8, "every printout says where it came from".
 * Checked on large follow-up requests: a year of weekly results around every limit, dose
 * changes, an asOf date and a recheck interval, for every drug; then on random requests of
 * the same shape (fast-check, fixed seed, so a failure replays).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates/calendar-date";
import type { Plan } from "@/lib/contract/plan";
import type { PlanRequestInput } from "@/lib/contract/plan-request";
import { analytes } from "@/lib/units/analytes";
import { drugRules } from "@/rules";
import { labTestIds, type DrugId, type LabTestId } from "@/rules/types";
import { allDrugs, cleanRequest, drugDefaults, plan, startDate } from "../../support/requests";
import type { FollowUpLab } from "../../support/follow-up";

/** Reference-unit ranges the generated values are drawn from: around every limit, never implausible. */
const valueRange: Readonly<Record<LabTestId, readonly [number, number]>> = {
  anc: [0.2, 6],
  alc: [0.2, 4],
  platelets: [20, 400],
  wbc: [1, 12],
  hemoglobin: [6, 17],
  ldl: [40, 250],
  hdl: [20, 100],
  "total-cholesterol": [100, 350],
  triglycerides: [40, 600],
  alt: [5, 300],
  ast: [5, 300],
  creatinine: [0.4, 3],
  ck: [20, 2000],
};

/** A value `fraction` of the way through the analyte's range, in `unit`, to three decimals. */
function labValue(test: LabTestId, fraction: number, unit: string): number {
  const [low, high] = valueRange[test];
  const reference = low + (high - low) * fraction;
  const factor = analytes[test].units[unit]!;
  return Number((reference / factor).toFixed(3));
}

function expectProvenance(p: Plan): void {
  expect(p.findings.length).toBeGreaterThan(0);
  for (const finding of p.findings) {
    expect(finding.ruleId, finding.message).toMatch(/^[a-z0-9-]+\.[a-z0-9.-]+$/);
    expect(finding.sources.length, finding.ruleId).toBeGreaterThanOrEqual(1);
    for (const source of finding.sources) {
      expect(source.title.trim(), finding.ruleId).not.toBe("");
      expect(source.section.trim(), finding.ruleId).not.toBe("");
      expect(source.url, finding.ruleId).toMatch(/^https:\/\//);
    }
  }
  for (const visit of p.visits) {
    for (const item of visit.items) {
      expect(item.ruleId, `${visit.date} ${item.test}`).toMatch(/^[a-z0-9-]+\.[a-z0-9.-]+$/);
      expect(item.sources.length, `${visit.date} ${item.test} ${item.ruleId}`).toBeGreaterThanOrEqual(1);
      for (const source of item.sources) {
        expect(source.title.trim(), item.ruleId).not.toBe("");
        expect(source.section.trim(), item.ruleId).not.toBe("");
        expect(source.url, item.ruleId).toMatch(/^https:\/\//);
      }
    }
  }
}

/** Invariants of the schedule that hold whatever the request. */
function expectScheduleInvariants(p: Plan, request: PlanRequestInput): void {
  const dates = p.visits.map((visit) => visit.date);
  expect(dates).toEqual([...new Set(dates)].sort());
  for (const visit of p.visits) {
    expect(visit.date <= p.horizonEndDate).toBe(true);
    for (const item of visit.items) {
      if (item.status === "overdue") {
        expect(request.asOf, `${visit.date} ${item.test} overdue without asOf`).toBeDefined();
        expect(visit.date <= request.asOf!, `${visit.date} ${item.test} overdue after asOf ${request.asOf}`).toBe(true);
      }
    }
  }
  expect(p.asOf).toBe(request.asOf);
}

const oral = (drug: DrugId) => drugDefaults[drug].doseMg !== undefined;

/** A year of weekly results for every analyte, cycling through values around the limits. */
function busyYear(drug: DrugId): PlanRequestInput {
  const cycle = [0.02, 0.05, 0.1, 0.4, 0.9, 0.03, 0.6, 0.08];
  const labs: FollowUpLab[] = [];
  const weeklyTests: LabTestId[] = ["anc", "alc", "platelets", "hemoglobin"];
  for (let week = 1; week <= 52; week += 1) {
    const date = addDays(startDate, week * 7);
    weeklyTests.forEach((test, index) => {
      const units = Object.keys(analytes[test].units);
      const unit = units[week % units.length]!;
      labs.push({ test, value: labValue(test, cycle[(week + index) % cycle.length]!, unit), unit, date });
    });
    if (week % 6 === 0) {
      for (const test of ["ldl", "alt", "creatinine", "wbc"] as const)
        labs.push({
          test,
          value: labValue(test, 0.5, analytes[test].referenceUnit),
          unit: analytes[test].referenceUnit,
          date,
        });
    }
  }
  const doses = drugRules[drug].doses
    .filter((dose) => dose.indications.includes(drugDefaults[drug].indication))
    .map((dose) => dose.doseMg);
  const request = cleanRequest(drug, {
    asOf: "2027-07-01",
    recheckAfterWeeks: 2,
    routineIntervalMonths: 2,
    horizonMonths: 18,
  });
  return {
    ...request,
    labs: [...(request.labs ?? []), ...labs],
    ...(oral(drug)
      ? {
          doseChanges: [
            { date: "2027-03-01", doseMg: doses.at(-1)! },
            { date: "2027-05-03", doseMg: 0 },
            { date: "2027-06-07", doseMg: doses[0]! },
          ],
        }
      : {}),
  };
}

describe("every finding and every item has a rule id and a source", () => {
  it.each(allDrugs.map((drug) => [drug] as const))(
    "%s: a year of weekly results around every limit, dose changes, asOf and rechecks",
    (drug) => {
      const request = busyYear(drug);
      expect((request.labs ?? []).length).toBeGreaterThan(200);
      const p = plan(request);
      expectProvenance(p);
      expectScheduleInvariants(p, request);
      if (drugRules[drug].treatmentThresholds.length > 0) {
        expect(p.findings.some((finding) => finding.ruleId.includes(".treatment."))).toBe(true);
      }
    },
  );

  it("random large follow-up requests (fast-check, fixed seed)", () => {
    const lab = fc
      .record({
        test: fc.constantFrom(...labTestIds),
        day: fc.integer({ min: -60, max: 420 }),
        fraction: fc.double({ min: 0, max: 1, noNaN: true }),
        unitIndex: fc.nat(),
      })
      .map(({ test, day, fraction, unitIndex }): FollowUpLab => {
        const units = Object.keys(analytes[test].units);
        const unit = units[unitIndex % units.length]!;
        return { test, value: labValue(test, fraction, unit), unit, date: addDays(startDate, day) };
      });
    const request = fc
      .record({
        drug: fc.constantFrom(...allDrugs),
        labs: fc.array(lab, { minLength: 40, maxLength: 150 }),
        changes: fc.array(fc.record({ day: fc.integer({ min: 1, max: 360 }), pick: fc.nat() }), { maxLength: 5 }),
        asOfDay: fc.option(fc.integer({ min: -30, max: 420 }), { nil: undefined }),
        recheckAfterWeeks: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
        routineIntervalMonths: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
        labelRegion: fc.constantFrom("US" as const, "EU" as const),
        horizonMonths: fc.integer({ min: 1, max: 24 }),
      })
      .map(
        ({
          drug,
          labs,
          changes,
          asOfDay,
          recheckAfterWeeks,
          routineIntervalMonths,
          labelRegion,
          horizonMonths,
        }): PlanRequestInput => {
          const doses = [
            0,
            ...drugRules[drug].doses
              .filter((dose) => dose.indications.includes(drugDefaults[drug].indication))
              .map((dose) => dose.doseMg),
          ];
          const base = cleanRequest(drug, { labelRegion, horizonMonths });
          return {
            ...base,
            labs: [...(base.labs ?? []), ...labs],
            ...(oral(drug) && changes.length > 0
              ? {
                  doseChanges: changes.map(({ day, pick }) => ({
                    date: addDays(startDate, day),
                    doseMg: doses[pick % doses.length]!,
                  })),
                }
              : {}),
            ...(asOfDay === undefined ? {} : { asOf: addDays(startDate, asOfDay) }),
            ...(recheckAfterWeeks === undefined ? {} : { recheckAfterWeeks }),
            ...(routineIntervalMonths === undefined ? { routineIntervalMonths: undefined } : { routineIntervalMonths }),
          };
        },
      );
    fc.assert(
      fc.property(request, (generated) => {
        const p = plan(generated);
        expectProvenance(p);
        expectScheduleInvariants(p, generated);
      }),
      { seed: 20270104, numRuns: 60 },
    );
  });
});
