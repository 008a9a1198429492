import { duplicateKeys, givenTwiceMessage } from "@/lib/contract/duplicate-keys";
import { isJsonObject, type JsonObject } from "@/lib/contract/json";
import { readLimitedBody } from "@/lib/doors/read-limited-body";
import type { FieldError } from "@/lib/register/engine";

/** The register's body limit: one visit's results or a note are far smaller; a FHIR bundle is the largest. */
export const maxRegisterBodyBytes = 80 * 1024;

/**
 * A JSON object body, or the errors saying why not and their status: 413 for a body over the
 * limit (as POST /api/plan answers), 400 for the content type, the JSON or its shape.
 */
export async function readJsonBody(
  request: Request,
): Promise<{ body: JsonObject } | { status: 400 | 413; errors: FieldError[] }> {
  if (!/^application\/json\s*(;|$)/i.test(request.headers.get("content-type") ?? "")) {
    return { status: 400, errors: [{ path: "", message: "Content-Type must be application/json." }] };
  }
  const read = await readLimitedBody(request, maxRegisterBodyBytes);
  const text = read.ok ? read.text : undefined;
  if (text === undefined || new TextEncoder().encode(text).length > maxRegisterBodyBytes) {
    return {
      status: 413,
      errors: [{ path: "", message: `Request body is larger than ${maxRegisterBodyBytes / 1024} kB.` }],
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { status: 400, errors: [{ path: "", message: "Request body is not valid JSON." }] };
  }
  if (!isJsonObject(value))
    return { status: 400, errors: [{ path: "", message: "Request body must be a JSON object." }] };
  // As the plan's doors: a field given twice would be read as its last value without a word.
  const givenTwice = duplicateKeys(text);
  if (givenTwice.length)
    return { status: 400, errors: givenTwice.map((path) => ({ path, message: givenTwiceMessage })) };
  return { body: value };
}
