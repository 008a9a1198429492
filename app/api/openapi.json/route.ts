import { jsonText } from "@/lib/contract/json-text";
import { openApiDocument } from "@/lib/doors/openapi";

// Made once per server: it changes only with a new build (a rules or contract change).
const body = jsonText(openApiDocument());

/** GET /api/openapi.json: the plan API as an OpenAPI 3.1 document, generated from the shared zod schema. */
export function GET(): Response {
  return new Response(body, {
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "public, no-cache" },
  });
}
