import { calendarDateOf } from "@/lib/dates/calendar-date";
import { readLimitedBody } from "@/lib/doors/read-limited-body";
import { corsHeaders, json, jsonReply } from "@/lib/doors/cds-cors";
import { checkCaller, trustConfig } from "@/server/cds-trust";
import { doorPool } from "@/server/door-pool";

// A hook request carries prefetched resources (a patient's lab history), so it may be
// larger than a plan request; it is still read with a cap and never held past the answer.
const maxHookBytes = 1024 * 1024;

const servicePath = "/cds-services/jak-monitoring";

/** 401 with the reason, and the challenge RFC 6750 asks for. */
function unauthorized(message: string): Response {
  const response = json({ errors: [{ path: "", message }] }, 401);
  response.headers.set(
    "www-authenticate",
    `Bearer error="invalid_token", error_description="${message.replace(/["\\]/g, "'")}"`,
  );
  return response;
}

/**
 * POST /cds-services/jak-monitoring: a CDS Hooks 2.0 request in, cards out. The caller is checked
 * first (trust.ts), before the body is read. Nothing is logged or kept but the ids of tokens seen.
 */
export async function POST(request: Request): Promise<Response> {
  const caller = await checkCaller(request.headers.get("authorization"), servicePath, trustConfig(), Date.now());
  if (!caller.ok) return unauthorized(caller.message);
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/(fhir\+)?json\b/i.test(contentType)) {
    return json({ errors: [{ path: "", message: "Content-Type must be application/json." }] }, 400);
  }
  const read = await readLimitedBody(request, maxHookBytes);
  if (!read.ok && read.reason === "aborted")
    return json({ errors: [{ path: "", message: "The hook request did not arrive whole." }] }, 400);
  if (!read.ok)
    return json({ errors: [{ path: "", message: `The hook request is larger than ${maxHookBytes / 1024} kB.` }] }, 413);
  // The route may read the clock; the service itself is pure. Today is the default start date.
  // The hook is read and answered on the door pool's threads (server/door-pool.ts).
  const answer = await doorPool.answer({ door: "cds-hook", body: read.text, today: calendarDateOf(new Date()) });
  return jsonReply(answer.body, answer.status);
}

export function OPTIONS(): Response {
  return new Response(null, { status: 204, headers: corsHeaders });
}
