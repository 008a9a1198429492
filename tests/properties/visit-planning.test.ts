/**
 * Visit planning over the pinned corpus (tests/support/plan-corpus.ts): every request planned
 * with the planner's clinic settings (merge within 7 days, weekends avoided) against the same
 * request without them, then over generated requests and settings. The property itself is in
 * tests/support/visit-planning-checks.ts; `npm run fuzz -- --visits` runs it longer.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plannerVisitPlanning } from "@/lib/contract/defaults";
import type { PlanRequestInput } from "@/lib/contract/plan-request";
import { validPlanRequest } from "../support/arbitraries";
import { planCorpus } from "../support/plan-corpus";
import { plan } from "../support/requests";
import { isWeekend, planningViolations, visitPlanningSettings } from "../support/visit-planning-checks";

describe("visit planning over the pinned corpus", () => {
  const corpus = planCorpus().map(({ id, request }) => ({ id, request: request as PlanRequestInput }));

  it("with the planner's settings, every plan keeps the rules of visit planning", () => {
    const failures = corpus.flatMap(({ id, request }) =>
      planningViolations(request, plannerVisitPlanning).map((violation) => `${id}: ${violation}`),
    );
    expect(failures).toEqual([]);
  }, 120_000);

  // A visit no weekday within 2 days allows may stay on a weekend (tests/plan/visit-planning.test.ts
  // has one); none of the corpus is such a visit.
  it("with the planner's settings, no visit of the corpus is on a weekend", () => {
    const onWeekends = corpus.flatMap(({ id, request }) =>
      plan({ ...request, visitPlanning: plannerVisitPlanning })
        .visits.filter((visit) => isWeekend(visit.date))
        .map((visit) => `${id}: ${visit.date} ${visit.label} ${visit.items.map((item) => item.test).join(", ")}`),
    );
    expect(onWeekends).toEqual([]);
  }, 120_000);
});

describe("visit planning with any settings", () => {
  it("keeps the rules of visit planning for generated requests and settings", () => {
    fc.assert(
      fc.property(validPlanRequest, visitPlanningSettings, (request, settings) => {
        expect(planningViolations(request, settings)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
