/**
 * The client address the register's sign-in limit counts. better-auth reads it from
 * `X-Forwarded-For`, and Next.js fills that header from the connection only when the request
 * has none, so a client talking to the app directly could name any address it liked and get a
 * fresh count of sign-in attempts with each one.
 *
 * The request gate (request-gate.ts) therefore rewrites the header before Next.js sees it:
 * - no proxy trusted (`JAK_TRUSTED_PROXIES` unset): the header becomes the connection's own
 *   address, whatever the client sent;
 * - proxies trusted: the connection's address is added at the end, as a proxy would add it, and
 *   better-auth walks the list from the end past the trusted proxies to the client they name.
 */

/** The addresses or CIDR ranges of the load balancers in front of the app, from `JAK_TRUSTED_PROXIES`. */
export function trustedProxiesFrom(env: Readonly<Record<string, string | undefined>>): string[] {
  return (env.JAK_TRUSTED_PROXIES ?? "")
    .split(",")
    .map((proxy) => proxy.trim())
    .filter(Boolean);
}

/**
 * The `X-Forwarded-For` a request goes on with: `sent` is the header as received (Node joins
 * repeated headers with ", "), `peer` the connection's remote address. Without a peer (a
 * closed socket) a header that cannot be checked is dropped when no proxy is trusted.
 */
export function forwardedFor(
  sent: string | undefined,
  peer: string | undefined,
  trustsProxies: boolean,
): string | undefined {
  if (!trustsProxies) return peer;
  const chain = sent?.trim();
  if (!peer) return chain || undefined;
  return chain ? `${chain}, ${peer}` : peer;
}
