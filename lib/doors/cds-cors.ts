import { jsonText } from "@/lib/contract/json-text";

/**
 * CDS Hooks clients may call from a browser (the spec asks services to allow CORS). The
 * service keeps nothing and sets no cookies, so any origin may call it.
 */
export const corsHeaders: Readonly<Record<string, string>> = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, POST, OPTIONS",
  "access-control-allow-headers": "authorization, content-type",
};

export function json(body: unknown, status = 200): Response {
  return jsonReply(jsonText(body), status);
}

/** JSON text already written (by a door on a worker thread), with the service's headers. */
export function jsonReply(text: string, status = 200): Response {
  return new Response(text, {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...corsHeaders },
  });
}
