import { rulesVersion } from "@/rules";

// Answered per request: a health check must not be a build-time file.
export const dynamic = "force-dynamic";

/** GET /api/health: the server is up and which rules it serves. Also the benchmark's trivial JSON route. */
export function GET(): Response {
  return Response.json({ status: "ok", rulesVersion }, { headers: { "cache-control": "no-store" } });
}
