import { buildPlan } from "@/lib/plan/build-plan";
import { toFieldErrors, type FieldError } from "@/lib/schema/field-errors";
import { planRequestSchema } from "@/lib/schema/plan-request";

/** The contract's body limit: larger bodies are refused before parsing. */
export const maxBodyBytes = 64 * 1024;

export interface DoorResponse {
  status: 200 | 400;
  /** JSON text, byte-for-byte the same through the API, the CLI and this function. */
  body: string;
}

const serialize = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export function errorResponse(errors: FieldError[]): DoorResponse {
  return { status: 400, body: serialize({ errors }) };
}

/** Validates a parsed JSON value and plans it. */
export function respondToPlanValue(value: unknown): DoorResponse {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return errorResponse([{ path: "", message: "Request body must be a JSON object." }]);
  }
  const parsed = planRequestSchema.safeParse(value);
  if (!parsed.success) return errorResponse(toFieldErrors(parsed.error));
  return { status: 200, body: serialize(buildPlan(parsed.data)) };
}

/** The whole door: raw body text in, status and JSON text out. Never throws on bad input. */
export function respondToPlanRequest(rawBody: string): DoorResponse {
  if (new TextEncoder().encode(rawBody).length > maxBodyBytes) {
    return errorResponse([{ path: "", message: `Request body is larger than ${maxBodyBytes / 1024} kB.` }]);
  }
  let value: unknown;
  try {
    // A leading byte-order mark is allowed by RFC 8259 parsers; every door ignores it alike.
    value = JSON.parse(rawBody.startsWith("\uFEFF") ? rawBody.slice(1) : rawBody);
  } catch {
    return errorResponse([{ path: "", message: "Request body is not valid JSON." }]);
  }
  return respondToPlanValue(value);
}
