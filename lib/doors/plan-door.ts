import { buildPlan } from "@/lib/plan";
import { jsonText } from "@/lib/contract/json-text";
import type { FieldError } from "@/lib/contract/field-errors";
import { compiledPlanRequestSchema } from "@/lib/contract/compiled-plan-request";
import { duplicateKeys, givenTwiceMessage } from "@/lib/contract/duplicate-keys";
import { valueAt } from "@/lib/contract/value-at";
import { planRequestErrors, type PlanRequest } from "@/lib/contract/plan-request";

/** The contract's body limit: larger bodies are refused before parsing. */
export const maxBodyBytes = 64 * 1024;

export interface DoorResponse {
  status: 200 | 400;
  /** JSON text, byte-for-byte the same through the API, the CLI and this function. */
  body: string;
}

export function errorResponse(errors: FieldError[]): DoorResponse {
  return { status: 400, body: jsonText({ errors }) };
}

/** The refusal of a body over the limit, as every door words it. */
export const bodyTooLargeMessage = `Request body is larger than ${maxBodyBytes / 1024} kB.`;

/** UTF-8 needs at most 3 bytes per UTF-16 unit, so only a long text is worth encoding to measure. */
export function exceedsBodyLimit(text: string): boolean {
  return text.length * 3 > maxBodyBytes && new TextEncoder().encode(text).length > maxBodyBytes;
}

/**
 * Every door's checks on raw body text, in order: size, JSON, an object, then the schema and
 * fields given twice together. The request, or the 400 naming what is wrong. Never throws on bad input.
 */
export function validateRequestBody(rawBody: string): { request: PlanRequest } | { refused: DoorResponse } {
  if (exceedsBodyLimit(rawBody)) {
    return { refused: errorResponse([{ path: "", message: bodyTooLargeMessage }]) };
  }
  let value: unknown;
  // A leading byte-order mark is allowed by RFC 8259 parsers; every door ignores it alike.
  const text = rawBody.startsWith("\uFEFF") ? rawBody.slice(1) : rawBody;
  try {
    value = JSON.parse(text);
  } catch {
    return { refused: errorResponse([{ path: "", message: "Request body is not valid JSON." }]) };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { refused: errorResponse([{ path: "", message: "Request body must be a JSON object." }]) };
  }
  const givenTwice = duplicateKeys(text).map((path) => ({ path, message: givenTwiceMessage }));
  const parsed = compiledPlanRequestSchema.safeParse(value);
  if (parsed.success && givenTwice.length === 0) return { request: parsed.data };
  const refused = parsed.success ? [] : planRequestErrors(value, parsed.error).map((error) => sayMissing(error, value));
  return { refused: errorResponse([...givenTwice, ...refused]) };
}

/**
 * A field left out gets its type's message ("Age must be a whole number of years."): the door
 * adds that it was not given, so a client does not look for a wrong value it never sent.
 */
function sayMissing(error: FieldError, body: unknown): FieldError {
  // An unknown field was given (its quoted path may not read back); a required-dose message says it already.
  if (error.path === "" || error.message.startsWith("Unknown field") || /required/i.test(error.message)) return error;
  const missing = valueAt(body, error.path) === undefined;
  return missing ? { ...error, message: `${error.message} It is required and was not given.` } : error;
}

/** The whole door: raw body text in, status and JSON text out. Never throws on bad input. */
export function respondToPlanRequest(rawBody: string): DoorResponse {
  const checked = validateRequestBody(rawBody);
  return "refused" in checked ? checked.refused : { status: 200, body: jsonText(buildPlan(checked.request)) };
}
