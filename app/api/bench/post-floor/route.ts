import { exceedsBodyLimit, maxBodyBytes } from "@/lib/doors/plan-door";
import { readLimitedBody } from "@/lib/doors/read-limited-body";

/**
 * POST /api/bench/post-floor: the framework's own cost of a JSON POST, the floor `npm run bench`
 * sets /api/plan against. It reads and parses the body as /api/plan does, then answers a fixed
 * reply. Absent (404) unless the server was started with JAK_BENCH_FLOOR=1, as the bench does.
 */
export async function POST(request: Request): Promise<Response> {
  if (process.env.JAK_BENCH_FLOOR !== "1") return new Response(null, { status: 404 });
  const body = await readLimitedBody(request, maxBodyBytes);
  if (!body.ok || exceedsBodyLimit(body.text)) return new Response(null, { status: 413 });
  try {
    JSON.parse(body.text);
  } catch {
    return new Response(null, { status: 400 });
  }
  return new Response('{"read":true}', {
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
  });
}
