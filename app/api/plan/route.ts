import { errorResponse, maxBodyBytes, respondToPlanRequest, type DoorResponse } from "@/lib/api/plan-response";
import { readLimitedBody } from "./read-limited-body";

function reply({ status, body }: DoorResponse): Response {
  return new Response(body, { status, headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" } });
}

/** POST /api/plan: the contract's request in, the plan (200) or field errors (400) out. Nothing is logged. */
export async function POST(request: Request): Promise<Response> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(contentType)) {
    return reply(errorResponse([{ path: "", message: "Content-Type must be application/json." }]));
  }
  const body = await readLimitedBody(request, maxBodyBytes);
  if (body === null) {
    return reply(errorResponse([{ path: "", message: `Request body is larger than ${maxBodyBytes / 1024} kB.` }]));
  }
  return reply(respondToPlanRequest(body));
}
