import * as z from "zod/mini";
import { rulesVersion } from "@/rules";
import { contractVersion } from "@/lib/contract/defaults";
import { planRequestSchema } from "@/lib/contract/plan-request";
import { errorBodySchema, planSchema } from "@/lib/contract/plan-schema";
import { maxBodyBytes } from "./plan-door";

/**
 * How the zod schemas become JSON Schema (the dialect of OpenAPI 3.1). `io: "input"`: a
 * request schema describes what a client sends, and for the plan, which is sent as it is, input
 * and output are the same. `unrepresentable: "throw"`: a schema part that JSON Schema cannot
 * express (a transform's output, a `Date`, a bigint) fails the build of this document and its
 * test, rather than turning silently into "anything". The custom checks (a dose the drug
 * has, a unit the test accepts, a plausible value, a real calendar date, one dose change per
 * date) have no JSON Schema form at all: zod leaves them out, so the document says what a
 * value may look like and the API's 400 says what it may be.
 */
export const jsonSchemaOptions = { io: "input", unrepresentable: "throw" } as const;

/** A zod schema as an OpenAPI 3.1 Schema Object (the document names the dialect once, not each schema). */
export function schemaObject(schema: z.core.$ZodType): Record<string, unknown> {
  const jsonSchema: Record<string, unknown> = { ...z.toJSONSchema(schema, jsonSchemaOptions) };
  delete jsonSchema.$schema;
  return jsonSchema;
}

const errorsRef = { $ref: "#/components/schemas/Errors" };
const json = (schema: unknown) => ({ "application/json": { schema } });
const errors = (description: string) => ({ description, content: json(errorsRef) });
const anyObject = { type: "object" };

/** The contract's HTTP doors and their neighbours as an OpenAPI 3.1 document. Pure: the same for one build. */
export function openApiDocument() {
  return {
    openapi: "3.1.1",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "JAK Monitor plan API",
      version: `${contractVersion}`,
      summary: "Monitoring schedules for dermatology patients on JAK inhibitors: one request, one dated plan.",
      description:
        `Contract version ${contractVersion}, rules ${rulesVersion}. Decision support only: check the current label. ` +
        "Fields are only ever added, never renamed or removed: a client should ignore response fields it does not know. " +
        "The request refuses unknown fields. Checks that JSON Schema cannot express (a dose the drug has, a unit the " +
        "test accepts, a plausible value, a real calendar date) are made by the API, which names each failing field in " +
        "its 400 answer. The same request gives the same bytes through the CLI (`npm run -s plan < request.json`). " +
        "See docs/api.md in the repository.",
      license: { name: "MIT", identifier: "MIT" },
    },
    paths: {
      "/api/plan": {
        post: {
          operationId: "buildPlan",
          summary: "Build the monitoring plan for one patient and drug",
          parameters: [
            {
              name: "format",
              in: "query",
              required: false,
              description: "`fhir` answers with the plan as a FHIR R4 transaction Bundle (application/fhir+json).",
              schema: { type: "string", enum: ["fhir"] },
            },
          ],
          requestBody: {
            required: true,
            description: `At most ${maxBodyBytes / 1024} kB of JSON.`,
            content: json({ $ref: "#/components/schemas/PlanRequest" }),
          },
          responses: {
            "200": {
              description: "The plan (or, with `?format=fhir`, the FHIR Bundle).",
              content: {
                ...json({ $ref: "#/components/schemas/Plan" }),
                "application/fhir+json": {
                  schema: { ...anyObject, description: "A FHIR R4 Bundle of type transaction." },
                },
              },
            },
            "400": errors(
              "The request is refused: not JSON, not an object, Content-Type not application/json, or fields that " +
                "fail the schema. Each error names its field's dotted path.",
            ),
            "405": errors("The address does not take this method; the `Allow` header lists those it takes."),
            "413": errors(`The body is larger than ${maxBodyBytes / 1024} kB.`),
          },
        },
      },
      "/api/openapi.json": {
        get: {
          operationId: "getOpenApiDocument",
          summary: "This document",
          responses: { "200": { description: "The OpenAPI 3.1 document.", content: json(anyObject) } },
        },
      },
      "/api/rules": {
        get: {
          operationId: "getRules",
          summary: "All rule content: the rules version, the bibliography and every drug's rules",
          responses: {
            "200": { description: "The rules, with an ETag of the rules version.", content: json(anyObject) },
            "304": { description: "The rules the client holds (If-None-Match) are current." },
          },
        },
      },
      "/api/health": {
        get: {
          operationId: "getHealth",
          summary: "The server is up, and which rules it serves",
          responses: {
            "200": {
              description: "Up.",
              content: json({
                type: "object",
                properties: { status: { const: "ok" }, rulesVersion: { type: "string" } },
                required: ["status", "rulesVersion"],
              }),
            },
          },
        },
      },
      "/cds-services": {
        get: {
          operationId: "discoverCdsServices",
          summary: "CDS Hooks 2.0 discovery: the jak-monitoring service (order-select, order-sign)",
          responses: { "200": { description: "The discovery document.", content: json(anyObject) } },
        },
      },
      "/cds-services/jak-monitoring": {
        post: {
          operationId: "callJakMonitoringHook",
          summary: "CDS Hooks 2.0 order-select and order-sign: cards for a draft JAK inhibitor order",
          description:
            "The plan is made from prefetch.patient and prefetch.observations. At most 1 MB, 100 draft orders and " +
            "2,000 prefetched resources.",
          security: [{ cdsHooksJwt: [] }],
          requestBody: { required: true, content: json({ ...anyObject, description: "A CDS Hooks 2.0 request." }) },
          responses: {
            "200": {
              description: "Cards (none for an order that is not a JAK inhibitor).",
              content: json({ type: "object", properties: { cards: { type: "array" } }, required: ["cards"] }),
            },
            "400": errors("The hook request is malformed or over a limit."),
            "401": errors("No valid JWT of a trusted EHR."),
            "412": errors("A JAK inhibitor order without the prefetch the service needs (it fetches nothing itself)."),
            "413": errors("The body is larger than 1 MB."),
          },
        },
      },
    },
    components: {
      schemas: {
        PlanRequest: schemaObject(planRequestSchema),
        Plan: schemaObject(planSchema),
        Errors: schemaObject(errorBodySchema),
      },
      securitySchemes: {
        cdsHooksJwt: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "JWT",
          description: "The EHR's signed JWT, as CDS Hooks 2.0 asks.",
        },
      },
    },
  };
}
