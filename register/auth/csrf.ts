import { createHmac, timingSafeEqual } from "node:crypto";

/** The header every change to the register must carry. */
export const csrfHeader = "x-csrf-token";

/**
 * A token bound to the session (HMAC of its id with the server's secret): pages hand it to
 * their forms, and a change without it, or with another session's, is refused. Another site
 * can neither read it nor make it; it dies with the session.
 */
export function csrfTokenFor(secret: string, sessionId: string): string {
  return createHmac("sha256", secret).update(`csrf:${sessionId}`).digest("base64url");
}

export function hasValidCsrfToken(request: Request, secret: string, sessionId: string): boolean {
  const sent = Buffer.from(request.headers.get(csrfHeader) ?? "");
  const expected = Buffer.from(csrfTokenFor(secret, sessionId));
  return sent.length === expected.length && timingSafeEqual(sent, expected);
}

/**
 * The browser's own word on where a request came from: a change must be same-origin. (A
 * client that is not a browser sends neither header, and still needs the token.)
 */
export function isSameOrigin(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin") return false;
  const origin = request.headers.get("origin");
  if (origin === null) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
