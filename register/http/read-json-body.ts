import { readLimitedBody } from "@/app/api/plan/read-limited-body";
import type { FieldError } from "@/lib/register/engine";

/** The register's body limit: one visit's results or a note are far smaller; a FHIR bundle is the largest. */
export const maxRegisterBodyBytes = 80 * 1024;

/** A JSON object body, or the 400 errors saying why not (size, content type, JSON, shape). */
export async function readJsonBody(request: Request): Promise<{ body: Record<string, unknown> } | { errors: FieldError[] }> {
  if (!/^application\/json\s*(;|$)/i.test(request.headers.get("content-type") ?? "")) {
    return { errors: [{ path: "", message: "Content-Type must be application/json." }] };
  }
  const text = await readLimitedBody(request, maxRegisterBodyBytes);
  if (text === null || text.length > maxRegisterBodyBytes) return { errors: [{ path: "", message: `Request body is larger than ${maxRegisterBodyBytes / 1024} kB.` }] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { errors: [{ path: "", message: "Request body is not valid JSON." }] };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { errors: [{ path: "", message: "Request body must be a JSON object." }] };
  return { body: value as Record<string, unknown> };
}
