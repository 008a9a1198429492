import { createHash } from "node:crypto";
import { drugRules, rulesVersion } from "@/rules";
import { sources } from "@/rules/sources";

// Answered per request, to honour If-None-Match; the body itself is made once.
export const dynamic = "force-dynamic";

const body = JSON.stringify({ rulesVersion, sources, drugs: Object.values(drugRules) });

/**
 * The rules version and a digest of the body: a new rules version (or any change to what is
 * sent) is a new tag, so a cache asking again after a deployment gets the new rules.
 */
const rulesEtag = `"${rulesVersion}-${createHash("sha256").update(body).digest("base64url").slice(0, 16)}"`;

// Any cache may keep it, but must ask again before each use (no-cache): while the rules are
// the same the answer is a 304, and the first request after an update gets the new rules.
const caching = { "cache-control": "public, no-cache", etag: rulesEtag };

/** GET /api/rules: the whole rule content, for the explorer and integrators. */
export function GET(request: Request): Response {
  const asked = request.headers.get("if-none-match") ?? "";
  if (asked.split(",").some((tag) => tag.trim().replace(/^W\//, "") === rulesEtag || tag.trim() === "*")) {
    return new Response(null, { status: 304, headers: caching });
  }
  return new Response(body, { headers: { ...caching, "content-type": "application/json" } });
}
