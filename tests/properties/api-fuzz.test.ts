/**
 * `POST /api/plan` (the route handler, called directly) under generated input: valid
 * requests, valid requests mutated (fields deleted, wrong types, out-of-range numbers,
 * impossible dates, unknown keys, huge strings, nested garbage, damaged text), and random
 * JSON or text. The rules asserted are those of `support/door-checks.ts`:
 * - the handler never throws and answers only 200 or 400, as JSON without a stack trace,
 *   with the same bytes as `respondToPlanRequest` (the engine's door);
 * - a 400 is `{ errors: [...] }` with at least one `{ path, message }`, never zod's generic
 *   "Invalid input". When the body is a
 *   JSON object within 64 kB every path is non-empty and leads into the request (all but
 *   its last segment name objects or lists the request holds); otherwise (not JSON, not
 *   an object, too large) every path is "", the body itself;
 * - a 200 is a plan for a JSON object, keeping every plan invariant; a valid request always
 *   gets one.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fuzzCase, mutatedPlanBody, randomBody, validPlanRequest } from "../support/arbitraries";
import { answerViolations, checkFuzzCase, pathSegments, postPlan } from "../support/door-checks";

const numRuns = 150;

async function violationsFor(body: string): Promise<string[]> {
  return answerViolations(body, await postPlan(body));
}

describe("POST /api/plan under generated input", () => {
  it("a valid request → 200 with a plan that keeps every invariant", async () => {
    await fc.assert(
      fc.asyncProperty(validPlanRequest, async (request) => {
        const body = JSON.stringify(request);
        const answer = await postPlan(body);
        expect(answer.status, answer.body).toBe(200);
        expect(answerViolations(body, answer)).toEqual([]);
      }),
      { numRuns },
    );
  });

  it("a mutated request → 200 or 400 by the contract's rules, never a throw or a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(mutatedPlanBody, async (body) => {
        expect(await violationsFor(body)).toEqual([]);
      }),
      { numRuns: numRuns * 2 },
    );
  });

  it("random JSON and random text → 200 or 400 by the contract's rules, never a throw or a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(randomBody, async (body) => {
        expect(await violationsFor(body)).toEqual([]);
      }),
      { numRuns },
    );
  });

  it("the fuzz script's mix passes the fuzz script's own check", async () => {
    await fc.assert(
      fc.asyncProperty(fuzzCase, async (entry) => {
        expect((await checkFuzzCase(entry)).violations).toEqual([]);
      }),
      { numRuns: numRuns / 3 },
    );
  });
});

describe("the checks themselves", () => {
  it.each([
    ["labs.0.value", ["labs", "0", "value"]],
    ['""', [""]],
    ['patient."a.b"', ["patient", "a.b"]],
    ['labs.1."\\"x"', ["labs", "1", '"x']],
  ])("error path %j reads as the segments %j", (path, segments) => {
    expect(pathSegments(path)).toEqual(segments);
  });

  it("a 500, a refusal without a field, a refusal naming a field the body lacks and a generic message are each reported", () => {
    const body = JSON.stringify({ drug: 1 });
    const json = { status: 400, contentType: "application/json" };
    expect(answerViolations(body, { ...json, status: 500, body: "{}" })).toEqual(["status 500"]);
    expect(
      answerViolations(body, { ...json, body: JSON.stringify({ errors: [{ path: "", message: "x" }] }) }),
    ).toContain("error 0 has an empty path though the body is a JSON object");
    expect(
      answerViolations(body, { ...json, body: JSON.stringify({ errors: [{ path: "labs.0.value", message: "x" }] }) }),
    ).toContain('error 0 path "labs.0.value" does not point into the request');
    expect(
      answerViolations(body, {
        ...json,
        body: JSON.stringify({ errors: [{ path: "drug", message: "Invalid input" }] }),
      }),
    ).toContain('error 0 at "drug" has the generic message "Invalid input"');
  });
});
