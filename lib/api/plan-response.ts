import type { z } from "zod";
import { buildPlan } from "@/lib/plan/build-plan";
import { planRequestSchema } from "@/lib/schema/plan-request";

/** The contract's body limit: larger bodies are refused before parsing. */
export const maxBodyBytes = 64 * 1024;

export interface FieldError {
  path: string;
  message: string;
}

export interface DoorResponse {
  status: 200 | 400;
  /** JSON text, byte-for-byte the same through the API, the CLI and this function. */
  body: string;
}

const serialize = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export function errorResponse(errors: FieldError[]): DoorResponse {
  return { status: 400, body: serialize({ errors }) };
}

/**
 * A client's own field name as a path segment. A name that is empty, holds a dot or starts
 * with a quote is written as a JSON string (`""`, `patient."a.b"`): bare, an unknown field ""
 * would get the path "" that means the body itself, and "a.b" would read as a nested field.
 */
function fieldSegment(key: string): string {
  return key === "" || key.includes(".") || key.startsWith('"') ? JSON.stringify(key) : key;
}

/** Zod issues as the contract's `{ path, message }`, one per unknown field. */
export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        path: [...path, fieldSegment(key)].join("."),
        message: `Unknown field "${key}": check its spelling against the contract.`,
      }));
    }
    return [{ path: path.join("."), message: issue.message }];
  });
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
