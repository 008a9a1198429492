import { calendarDateOf } from "@/lib/dates/calendar-date";
import { errorResponse, maxBodyBytes, respondToPlanRequest, type DoorResponse } from "@/lib/api/plan-response";
import { respondWithFhirBundle } from "@/lib/interop/fhir-response";
import { readLimitedBody } from "./read-limited-body";

function reply({ status, body }: DoorResponse, contentType = "application/json"): Response {
  return new Response(body, { status, headers: { "content-type": `${contentType}; charset=utf-8`, "cache-control": "no-store" } });
}

/**
 * POST /api/plan: the contract's request in, the plan (200) or field errors (400) out. Nothing is logged.
 * Added: `?format=fhir` answers the same request with the plan as a FHIR R4 Bundle (application/fhir+json).
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
  if (body === null) {
    return reply(errorResponse([{ path: "", message: `Request body is larger than ${maxBodyBytes / 1024} kB.` }]));
  }
  if (outputFormat === "fhir") {
    const answer = respondWithFhirBundle(body, calendarDateOf(new Date()));
    return reply(answer, answer.status === 200 ? "application/fhir+json" : "application/json");
  }
  return reply(respondToPlanRequest(body));
}
