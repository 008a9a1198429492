import { describe, expect, expectTypeOf, it } from "vitest";
import * as z from "zod/mini";
import { respondToPlanRequest } from "@/lib/doors/plan-door";
import type { FieldError } from "@/lib/contract/field-errors";
import type { Plan } from "@/lib/contract/plan";
import { errorBodySchema, planSchema } from "@/lib/contract/plan-schema";
import { planCorpus } from "../support/plan-corpus";
import { declaredFields, valueFields } from "../support/schema-fields";

// The plan is a TypeScript interface for the engine and a zod schema for the OpenAPI document:
// the two must be one shape, checked by the compiler and on real plans.

expectTypeOf<z.output<typeof planSchema>>().toEqualTypeOf<Plan>();
expectTypeOf<z.output<typeof errorBodySchema>>().toEqualTypeOf<{ errors: FieldError[] }>();

const corpus = planCorpus();
// Visit planning is off unless asked for, so the corpus plans never carry its fields: a slice of
// the corpus is planned again with it on.
const withVisitPlanning = corpus.slice(0, 100).flatMap(({ id, request }) =>
  typeof request === "object" && request !== null && !Array.isArray(request)
    ? [
        {
          id: `${id} with visit planning`,
          request: { ...request, visitPlanning: { mergeWithinDays: 7, avoidWeekends: true } },
        },
      ]
    : [],
);
const plans = [...corpus, ...withVisitPlanning].map(({ id, request }) => {
  const answer = respondToPlanRequest(JSON.stringify(request));
  return { id, status: answer.status, plan: JSON.parse(answer.body) as unknown };
});

describe("the plan schema", () => {
  it("reads every plan of the corpus field for field: no field of a plan is missing from it", () => {
    for (const { id, status, plan } of plans) {
      expect(status, id).toBe(200);
      const parsed = planSchema.safeParse(plan);
      expect(parsed.error, id).toBeUndefined();
      // Objects are not strict (fields are only ever added), but a field the schema does not
      // declare is dropped from the parsed copy, so it shows here.
      expect(parsed.data, id).toEqual(plan);
    }
  });

  it("is exercised whole: every field it declares occurs in some plan of the corpus", () => {
    const seen = new Set<string>();
    for (const { plan } of plans) valueFields(plan, "", seen);
    const declared = declaredFields(z.toJSONSchema(planSchema, { io: "input" }));
    expect(declared.size).toBeGreaterThan(30);
    expect([...declared].filter((field) => !seen.has(field))).toEqual([]);
  });

  it("reads the error body of every kind of refusal", () => {
    for (const body of ["not json", "[]", "{}", JSON.stringify({ drug: "aspirin", patient: { ageYears: 200 } })]) {
      const answer = respondToPlanRequest(body);
      expect(answer.status).toBe(400);
      expect(errorBodySchema.safeParse(JSON.parse(answer.body)).success).toBe(true);
    }
  });
});
