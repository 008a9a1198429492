import { calendarDateOf } from "@/lib/dates/calendar-date";
import { bodyTooLargeMessage, errorResponse, exceedsBodyLimit, maxBodyBytes } from "@/lib/doors/plan-door";
import { readLimitedBody } from "@/lib/doors/read-limited-body";
import { doorPool } from "@/server/door-pool";

function reply({ status, body }: { status: number; body: string }, contentType = "application/json"): Response {
  return new Response(body, {
    status,
    headers: { "content-type": `${contentType}; charset=utf-8`, "cache-control": "no-store" },
  });
}

/**
 * POST /api/plan: the contract's request in, the plan (200) or field errors (400) out; a body over
 * 64 kB gets 413 (an addition to the contract) with the same error shape. Nothing is logged.
 * Added: `?format=fhir` answers the same request with the plan as a FHIR R4 Bundle (application/fhir+json).
 * The engine runs on the door pool's worker threads (server/door-pool.ts), same bytes as here.
 */
export async function POST(request: Request): Promise<Response> {
  // Most calls carry no query string: the URL is parsed only when there is one.
  const outputFormat = request.url.includes("?") ? new URL(request.url).searchParams.get("format") : null;
  if (outputFormat !== null && outputFormat !== "fhir") {
    return reply(errorResponse([{ path: "format", message: 'format must be "fhir" or left out.' }]));
  }
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(contentType)) {
    return reply(errorResponse([{ path: "", message: "Content-Type must be application/json." }]));
  }
  const body = await readLimitedBody(request, maxBodyBytes);
  // The client hung up mid-body: nobody will read this answer, but it is not an error of ours.
  if (!body.ok && body.reason === "aborted")
    return reply(errorResponse([{ path: "", message: "The request body did not arrive whole." }]));
  // Too large: 413 with the engine door's own refusal (the CLI answers the same text with exit 2).
  if (!body.ok || exceedsBodyLimit(body.text))
    return reply({ ...errorResponse([{ path: "", message: bodyTooLargeMessage }]), status: 413 });
  if (outputFormat === "fhir") {
    const answer = await doorPool.answer({ door: "fhir-bundle", body: body.text, today: calendarDateOf(new Date()) });
    return reply(answer, answer.status === 200 ? "application/fhir+json" : "application/json");
  }
  return reply(await doorPool.answer({ door: "plan", body: body.text }));
}
