/**
 * Properties of the engine over generated valid requests (all nine drugs, any facts,
 * baseline and follow-up results in any accepted unit, screening, zoster doses, dose
 * changes): the schema accepts them, every plan keeps the invariants of
 * `support/plan-invariants.ts`, and neither the order of the lists nor the machine's time
 * zone changes a byte of the plan. Bounded runs keep the file to about a second;
 * `npm run fuzz` runs the long version.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { respondToPlanRequest } from "@/lib/doors/plan-door";
import { buildPlan } from "@/lib/plan";
import { planRequestSchema, type PlanRequestInput } from "@/lib/contract/plan-request";
import { requestWithSameDayTwins, validPlanRequest } from "../support/arbitraries";
import { seededShuffle } from "../support/follow-up";
import { planViolations } from "../support/plan-invariants";
import type { ZoneAnswers } from "../support/plans-in-zones";
import { minimalRequest } from "../support/requests";

const numRuns = 150;
const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

describe("every valid request is planned within the invariants", () => {
  it("the schema accepts every generated request, and its plan keeps every invariant", () => {
    fc.assert(
      fc.property(validPlanRequest, (request) => {
        const parsed = planRequestSchema.safeParse(request);
        expect(parsed.error?.issues ?? []).toEqual([]);
        expect(planViolations(request, buildPlan(parsed.data!))).toEqual([]);
      }),
      { numRuns },
    );
  });

  it("planning leaves the request as it was, and the same request gives the same plan twice", () => {
    fc.assert(
      fc.property(validPlanRequest, (request) => {
        const parsed = planRequestSchema.parse(request);
        const before = structuredClone(parsed);
        const first = JSON.stringify(buildPlan(parsed));
        expect(JSON.stringify(buildPlan(parsed))).toBe(first);
        expect(parsed).toEqual(before);
      }),
      { numRuns: numRuns / 3 },
    );
  });
});

/** The list in another order, entries of one day included: the results themselves settle a tie. */
function reorder<T>(entries: readonly T[] | undefined, seed: number): T[] | undefined {
  return entries === undefined ? undefined : seededShuffle(entries, seed);
}

describe("the contract takes the lists in any order", () => {
  it("labs, screening, zoster doses and dose changes in another order give the same plan, byte for byte", () => {
    fc.assert(
      fc.property(fc.oneof(validPlanRequest, requestWithSameDayTwins), fc.nat(), (request, seed) => {
        const reordered: PlanRequestInput = {
          ...request,
          labs: reorder(request.labs, seed),
          screening: reorder(request.screening, seed + 1),
          zosterVaccine: reorder(request.zosterVaccine, seed + 2),
          doseChanges: reorder(request.doseChanges, seed + 3),
        };
        expect(respondToPlanRequest(JSON.stringify(reordered)).body).toBe(
          respondToPlanRequest(JSON.stringify(request)).body,
        );
      }),
      { numRuns: numRuns / 3 },
    );
  });
});

/**
 * Zones far from this run's own (America/New_York or Pacific/Auckland): UTC; India's
 * half-hour offset (and the odd local mean times it had around 1900); São Paulo, where
 * daylight saving began at midnight so some local midnights never happened; Kiritimati and
 * Apia, which each skipped a whole calendar day (1994-12-31, 2011-12-30).
 */
const zones = {
  UTC: 0,
  "Asia/Kolkata": -330,
  "America/Sao_Paulo": 180,
  "Pacific/Kiritimati": -840,
  "Pacific/Apia": -780,
} as const;

/** Requests whose schedules run through the days those zones skipped or began at 01:00. */
const awkwardRequests: PlanRequestInput[] = [
  minimalRequest("abrocitinib", { startDate: "1994-12-03", horizonMonths: 3, routineIntervalMonths: 1 }),
  minimalRequest("tofacitinib", {
    startDate: "2011-12-02",
    horizonMonths: 6,
    labs: [{ test: "alc", value: 0.4, unit: "10^9/L", date: "2011-12-30" }],
    recheckAfterWeeks: 4,
  }),
  minimalRequest("upadacitinib", {
    startDate: "2018-10-21",
    asOf: "2018-11-04",
    zosterVaccine: [{ vaccine: "rzv", date: "2018-09-04" }],
  }),
];

describe("the plan is the same in every time zone", () => {
  it(`a batch of requests gives the same bytes here (${process.env.TZ}) as in ${Object.keys(zones).join(", ")}`, () => {
    const seed = Date.now() ^ (Math.random() * 0x100000000);
    const requests = [...awkwardRequests, ...fc.sample(validPlanRequest, { numRuns: 50, seed })];
    const bodies = requests.map((request) => JSON.stringify(request));
    // One worker process answers the whole batch in every zone: each spawn costs about half a second.
    const run = spawnSync("node_modules/.bin/tsx", ["tests/support/plans-in-zones.ts", ...Object.keys(zones)], {
      cwd: repoRoot,
      input: JSON.stringify(bodies),
      encoding: "utf8",
      env: { ...process.env, TZ: "UTC" },
      timeout: 60_000,
      maxBuffer: 256 * 1024 * 1024,
    });
    expect(run.stderr).toBe("");
    const answers = JSON.parse(run.stdout) as Record<string, ZoneAnswers>;
    const here = bodies.map((body) => respondToPlanRequest(body).body);
    for (const [zone, offsetMinutes] of Object.entries(zones)) {
      expect(answers[zone]?.offsetMinutes, `${zone} was in effect`).toBe(offsetMinutes);
      const differing = here.flatMap((body, index) =>
        answers[zone]?.bodies[index] === body ? [] : [`${zone}: ${bodies[index]}`],
      );
      expect(differing, `seed ${seed}`).toEqual([]);
    }
    expect(here.every((body) => body.startsWith('{\n  "contractVersion"'))).toBe(true);
  });
});
