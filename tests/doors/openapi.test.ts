import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fromJSONSchema } from "zod";
import * as z from "zod/mini";
import { GET } from "@/app/api/openapi.json/route";
import { planRequestSchema } from "@/lib/contract/plan-request";
import { routeMethods } from "@/lib/doors/allowed-methods";
import { openApiDocument } from "@/lib/doors/openapi";
import { respondToPlanRequest } from "@/lib/doors/plan-door";
import { planCorpus } from "../support/plan-corpus";
import { declaredFields } from "../support/schema-fields";

// The OpenAPI document is generated from the code it describes; these checks keep it so.

const document = openApiDocument();
type JsonSchema = z.core.JSONSchema._JSONSchema;
const { PlanRequest, Plan, Errors } = document.components.schemas as Record<string, JsonSchema>;
const plans = planCorpus().map(({ id, request }) => {
  const answer = respondToPlanRequest(JSON.stringify(request));
  return { id, status: answer.status, plan: JSON.parse(answer.body) as unknown };
});

/** Every field path of a zod schema, read from its definition (objects, optionals, lists), not through JSON Schema. */
function zodFields(schema: z.core.$ZodType, path = "", into = new Set<string>()): Set<string> {
  const def = schema._zod.def;
  if (def.type === "optional") return zodFields((def as z.core.$ZodOptionalDef).innerType, path, into);
  if (def.type === "array") return zodFields((def as z.core.$ZodArrayDef).element, `${path}[]`, into);
  if (def.type === "object")
    for (const [key, field] of Object.entries((def as z.core.$ZodObjectDef).shape)) {
      const name = path ? `${path}.${key}` : key;
      into.add(name);
      zodFields(field, name, into);
    }
  return into;
}

/** Every `$ref` in the document. */
function refsIn(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((entry) => refsIn(entry, into));
  else if (typeof value === "object" && value !== null)
    for (const [key, entry] of Object.entries(value)) {
      if (key === "$ref" && typeof entry === "string") into.push(entry);
      else refsIn(entry, into);
    }
  return into;
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with JSON Schema 2020-12, titled and versioned by the contract", () => {
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
    expect(document.jsonSchemaDialect).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(document.info).toMatchObject({ title: expect.any(String), version: "1" });
  });

  it("describes the request with the shared zod schema itself, as JSON Schema of what a client sends", () => {
    const { $schema, ...current } = z.toJSONSchema(planRequestSchema, { io: "input" });
    expect($schema).toBe(document.jsonSchemaDialect);
    expect(PlanRequest).toEqual(current);
  });

  it("holds every field of the request schema, and refuses unknown ones as the API does", () => {
    const fields = zodFields(planRequestSchema);
    expect(fields).toContain("patient.interactingMedicines");
    expect(fields).toContain("screening[].preventiveTreatmentStarted");
    expect([...declaredFields(PlanRequest!)].sort()).toEqual([...fields].sort());
    expect(PlanRequest).toMatchObject({
      additionalProperties: false,
      required: ["drug", "indication", "startDate", "patient"],
    });
  });

  it("marks every date of the request and the plan as a calendar date", () => {
    const dates = (schema: JsonSchema) => JSON.stringify(schema).match(/"format":"date"/g)?.length ?? 0;
    // startDate, asOf, labs[].date, screening[].date and .preventiveTreatmentStarted, zosterVaccine[].date,
    // doseChanges[].date.
    expect(dates(PlanRequest!)).toBe(7);
    expect(dates(Plan!)).toBeGreaterThanOrEqual(8);
  });

  it("resolves every $ref, and lists only addresses the app answers, with methods they take", () => {
    for (const ref of refsIn(document)) {
      const name = ref.replace("#/components/schemas/", "");
      expect(Object.keys(document.components.schemas), ref).toContain(name);
    }
    for (const [path, operations] of Object.entries(document.paths)) {
      expect(Object.keys(routeMethods), path).toContain(path);
      for (const method of Object.keys(operations)) expect(routeMethods[path], path).toContain(method.toUpperCase());
    }
  });

  it("every plan of the corpus, and the API's refusals, validate against the document's own JSON Schema", () => {
    const planAsDocumented = fromJSONSchema(Plan!);
    const errorsAsDocumented = fromJSONSchema(Errors!);
    for (const { id, status, plan } of plans) {
      expect(status, id).toBe(200);
      expect(planAsDocumented.safeParse(plan).error, id).toBeUndefined();
    }
    for (const body of ["not json", "{}", JSON.stringify({ drug: "abrocitinib", patient: {} })]) {
      expect(errorsAsDocumented.safeParse(JSON.parse(respondToPlanRequest(body).body)).success).toBe(true);
    }
    expect(planAsDocumented.safeParse({ contractVersion: 2 }).success).toBe(false);
  });
});

describe("docs/api.md", () => {
  it("names every field of the request and of the plan, as code", () => {
    const text = readFileSync(new URL("../../docs/api.md", import.meta.url), "utf8");
    // Words written as code: in code blocks, in backticks (`labs`, `{ from, to }`) or as JSON keys ("uln").
    const code = new Set(
      [...text.matchAll(/```[\s\S]*?```|`[^`\n]+`|"\w+"/g)].flatMap(([span]) => span.match(/\w+/g) ?? []),
    );
    const fields = [...declaredFields(PlanRequest!), ...declaredFields(Plan!)];
    const names = new Set(fields.map((field) => field.split(".").pop()!.replace("[]", "")));
    expect([...names].filter((name) => !code.has(name))).toEqual([]);
  });
  it("shows the first finding of its curl example as the engine gives it today", () => {
    const text = readFileSync(new URL("../../docs/api.md", import.meta.url), "utf8");
    const [, body] = /curl -s localhost:3000\/api\/plan .*? -d '([^']+)'/.exec(text) ?? [];
    const [, shown] = /The first finding of that plan:\s*```json\n([\s\S]*?)```/.exec(text) ?? [];
    const plan = JSON.parse(respondToPlanRequest(body ?? "").body) as { findings: unknown[] };
    expect(JSON.parse(shown ?? "null")).toEqual(plan.findings[0]);
  });
});

describe("GET /api/openapi.json", () => {
  it("answers 200 with the document as JSON", async () => {
    const response = GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json\b/);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(document)));
  });
});
