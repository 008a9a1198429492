/**
 * A fixed corpus of requests whose plans are pinned by tests/properties/plan-snapshot.test.ts:
 * every teaching case, every drug's worked example, and 1,000 requests from the property
 * tests' generator with a fixed seed. A change that alters any of these plans, byte for
 * byte, shows up there; a move of code that must not change behaviour is proven by it.
 */
import { createHash } from "node:crypto";
import fc from "fast-check";
import { respondToPlanRequest } from "@/lib/doors/plan-door";
import { workedExampleRequest } from "@/lib/explorer/worked-example";
import { teachingCases } from "@/lib/teaching/cases";
import { drugIds } from "@/rules/types";
import { validPlanRequest } from "./arbitraries";

const generatedCount = 1_000;
const generatorSeed = 20261204;

export function planCorpus(): { id: string; request: unknown }[] {
  return [
    ...teachingCases.map((entry) => ({ id: `teaching:${entry.id}`, request: entry.request })),
    ...drugIds.map((drug) => ({ id: `worked-example:${drug}`, request: workedExampleRequest(drug) })),
    ...fc
      .sample(validPlanRequest, { numRuns: generatedCount, seed: generatorSeed })
      .map((request, index) => ({ id: `generated:${index}`, request })),
  ];
}

/** Each corpus entry's answer through the engine's door, as a SHA-256 of its exact bytes. */
export function planDigests(): Record<string, string> {
  return Object.fromEntries(
    planCorpus().map(({ id, request }) => [
      id,
      createHash("sha256")
        .update(respondToPlanRequest(JSON.stringify(request)).body)
        .digest("hex"),
    ]),
  );
}
