/**
 * The server's doors validate with `compiledPlanRequestSchema` (zod's compiled form of the
 * request schema); the planner form validates with the schema itself. They must agree on
 * every input: the same verdict, the same validated request, the same issues.
 */
import fc from "fast-check";
import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { compiledPlanRequestSchema } from "@/lib/contract/compiled-plan-request";
import { planRequestSchema } from "@/lib/contract/plan-request";
import { fuzzCase } from "../support/arbitraries";

function parsedJson(body: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    return { ok: false };
  }
}

describe("the compiled request schema", () => {
  it("compiles whole: no part of the schema falls back to the slower runtime parser", () => {
    expect(() => z.compile(planRequestSchema, { strict: true })).not.toThrow();
  });

  it("gives the same verdict, request and issues as the schema on valid, mutated and random input", () => {
    fc.assert(
      fc.property(fuzzCase, ({ body }) => {
        const json = parsedJson(body);
        if (!json.ok) return;
        const compiled = compiledPlanRequestSchema.safeParse(json.value);
        const runtime = planRequestSchema.safeParse(json.value);
        expect(compiled.success).toBe(runtime.success);
        if (compiled.success && runtime.success) expect(compiled.data).toStrictEqual(runtime.data);
        else expect(compiled.error?.issues).toStrictEqual(runtime.error?.issues);
      }),
      { numRuns: 400 },
    );
  });
});
