/**
 * The contract's rules for any answer of `POST /api/plan`, good request or bad: the checks
 * the API properties and `npm run fuzz` share. The route handler is called directly, as
 * Next.js would call it, with no server. No vitest import, so the fuzz script can use it.
 */
import { POST } from "@/app/api/plan/route";
import { exceedsBodyLimit, maxBodyBytes, respondToPlanRequest } from "@/lib/doors/plan-door";
import { isJsonObject, type JsonObject } from "@/lib/contract/json";
import type { Plan } from "@/lib/contract/plan";
import type { PlanRequestInput } from "@/lib/contract/plan-request";
import type { FuzzCase } from "./arbitraries";
import { planViolations } from "./plan-invariants";

export interface RouteAnswer {
  status: number;
  body: string;
  contentType: string | null;
}

export async function postPlan(body: string): Promise<RouteAnswer> {
  const response = await POST(
    new Request("http://localhost/api/plan", { method: "POST", headers: { "content-type": "application/json" }, body }),
  );
  return { status: response.status, body: await response.text(), contentType: response.headers.get("content-type") };
}

/**
 * The text the route reads: the body sent as UTF-8 and decoded again (a lone surrogate
 * becomes U+FFFD on the wire; a leading byte-order mark is kept, as the route keeps it).
 */
const wireText = (body: string): string =>
  new TextDecoder("utf-8", { ignoreBOM: true }).decode(new TextEncoder().encode(body));

/** The request as the engine judges it: a JSON object within the size limit, else undefined. */
function requestObject(text: string): JsonObject | undefined {
  if (new TextEncoder().encode(text).length > maxBodyBytes) return undefined;
  try {
    const value: unknown = JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text);
    return isJsonObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Segments of an error path: dot-separated, a segment written as a JSON string when the
 * field's own name is empty or holds a dot (`patient."a.b"`, `""`).
 */
export function pathSegments(path: string): string[] {
  const segments: string[] = [];
  for (const match of path.matchAll(/"(?:[^"\\]|\\.)*"|[^.]+/g))
    segments.push(match[0].startsWith('"') ? (JSON.parse(match[0]) as string) : match[0]);
  return segments;
}

/** True when everything but the last segment of `path` leads to an object or list inside `request`. */
function pointsInto(request: JsonObject, path: string): boolean {
  let here: unknown = request;
  for (const segment of pathSegments(path).slice(0, -1)) {
    if (typeof here !== "object" || here === null || !Object.hasOwn(here, segment)) return false;
    here = (here as JsonObject)[segment];
  }
  return typeof here === "object" && here !== null;
}

function refusalViolations(request: JsonObject | undefined, parsed: unknown): string[] {
  if (
    !isJsonObject(parsed) ||
    Object.keys(parsed).join() !== "errors" ||
    !Array.isArray(parsed.errors) ||
    parsed.errors.length === 0
  ) {
    return ["a 400 body is not { errors: [at least one] }"];
  }
  return parsed.errors.flatMap((error: unknown, index) => {
    if (
      !isJsonObject(error) ||
      typeof error.path !== "string" ||
      typeof error.message !== "string" ||
      error.message.trim() === ""
    ) {
      return [`error ${index} is not { path, message }`];
    }
    // zod's fallback says nothing about what the field should hold.
    if (/^Invalid input/.test(error.message))
      return [`error ${index} at "${error.path}" has the generic message "${error.message}"`];
    // The exact rule: a JSON object within the size limit is refused field by field, each
    // error naming a field inside it; anything else is refused as a whole, with path "".
    if (request === undefined)
      return error.path === "" ? [] : [`error ${index} names "${error.path}" though the body is not a JSON object`];
    if (error.path === "") return [`error ${index} has an empty path though the body is a JSON object`];
    return pointsInto(request, error.path)
      ? []
      : [`error ${index} path "${error.path}" does not point into the request`];
  });
}

/**
 * The violations of the contract by the route's answer to `sentBody`: only 200, 400 or 413 (too large), JSON
 * and no stack trace, the same bytes as the engine's door, a 400 naming fields as above, and
 * a 200 plan keeping every plan invariant.
 */
export function answerViolations(sentBody: string, answer: RouteAnswer): string[] {
  if (answer.status !== 200 && answer.status !== 400 && answer.status !== 413) return [`status ${answer.status}`];
  const text = wireText(sentBody);
  const engine = respondToPlanRequest(text);
  // Over the size limit the route answers 413 where the engine's door (and the CLI) say 400, in the same words.
  const expectedStatus = engine.status === 400 && exceedsBodyLimit(text) ? 413 : engine.status;
  const violations: string[] = [];
  if (expectedStatus !== answer.status || engine.body !== answer.body)
    violations.push("the route and respondToPlanRequest answer differently");
  if (!answer.contentType?.startsWith("application/json")) violations.push(`content type ${answer.contentType}`);
  if (/\bat .+:\d+:\d+|TypeError|RangeError|SyntaxError|ZodError/.test(answer.body))
    violations.push("the body shows an internal error");
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer.body);
  } catch {
    return [...violations, "the body is not JSON"];
  }
  const request = requestObject(text);
  if (answer.status !== 200) return [...violations, ...refusalViolations(request, parsed)];
  if (request === undefined) return [...violations, "a 200 for a body that is not a JSON object"];
  return [...violations, ...planViolations(request as unknown as PlanRequestInput, parsed as Plan)];
}

/** Posts a fuzz case and checks the answer; a valid request must also be planned (200). */
export async function checkFuzzCase({ kind, body }: FuzzCase): Promise<{ status: number; violations: string[] }> {
  const answer = await postPlan(body);
  const violations = answerViolations(body, answer);
  if (kind === "valid" && answer.status !== 200) violations.push(`a valid request was refused: ${answer.body}`);
  return { status: answer.status, violations };
}
