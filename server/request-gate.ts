import { Server, type IncomingMessage, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { methodVerdict } from "@/lib/doors/allowed-methods";
import { securityHeaders } from "@/lib/doors/security-headers";
import { forwardedFor, trustedProxiesFrom } from "./client-address";

/**
 * The server's first check of every request, before Next.js or a route sees it: a method the
 * address does not answer gets 405 with an `Allow` header, and a request that passes has its
 * `X-Forwarded-For` set from the connection (client-address.ts). Next.js cannot refuse TRACE,
 * TRACK and CONNECT itself: it builds a web `Request` for its proxy and its route handlers,
 * which refuses those methods, so they ended as a 500 with a stack trace in the log.
 *
 * Next.js gives no hook before that, so `register()` in `instrumentation.ts` wraps the
 * `emit` of Node's HTTP server once, when the server starts: a refused request is answered
 * there and never emitted. CONNECT never reaches `request` (Node hands it to `connect`
 * listeners, or drops the connection without an answer when there are none), so the gate
 * adds a `connect` listener to each server the first time that server emits anything.
 */

const installed = Symbol.for("jak-monitor.request-gate");
const headers = securityHeaders(false).map(({ key, value }) => [key.toLowerCase(), value] as const);

function refusalBody(method: string, path: string, allow: readonly string[]): string {
  const message = `${method.slice(0, 20)} is not allowed on ${path.slice(0, 200)}; use ${allow.join(" or ")}.`;
  return `${JSON.stringify({ errors: [{ path: "", message }] }, null, 2)}\n`;
}

function refuse(request: IncomingMessage, response: ServerResponse, allow: readonly string[], path: string) {
  const body = refusalBody(request.method ?? "", path, allow);
  response.writeHead(405, {
    ...Object.fromEntries(headers),
    allow: allow.join(", "),
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(body),
    "cache-control": "no-store",
  });
  // A body sent with the refused request is read and dropped, so the connection stays usable.
  request.resume();
  response.end(request.method === "HEAD" ? undefined : body);
}

/** CONNECT asks to open a tunnel, which nothing here offers: one 405, then the connection closes. */
function refuseConnect(request: IncomingMessage, socket: Duplex) {
  // Its target is a host and port, not an address of the app: every address answers GET and HEAD.
  const allow = ["GET", "HEAD"];
  const body = refusalBody("CONNECT", request.url ?? "", allow);
  socket.on("error", () => undefined);
  socket.end(
    [
      "HTTP/1.1 405 Method Not Allowed",
      `Allow: ${allow.join(", ")}`,
      "Content-Type: application/json; charset=utf-8",
      `Content-Length: ${Buffer.byteLength(body)}`,
      "Connection: close",
      "",
      body,
    ].join("\r\n"),
  );
}

/**
 * The gate's check of one request: refused (405, answered here, `true`) or passed on with its
 * `X-Forwarded-For` set from the connection (`false`).
 */
export function gateRequest(request: IncomingMessage, response: ServerResponse, trustsProxies: boolean): boolean {
  const verdict = methodVerdict(request.method ?? "", request.url ?? "/");
  if (!verdict.pass) {
    refuse(request, response, verdict.allow, verdict.path);
    return true;
  }
  // Node joins a repeated X-Forwarded-For with ", "; its types also allow a list.
  const sent = request.headers["x-forwarded-for"];
  const address = forwardedFor(
    Array.isArray(sent) ? sent.join(", ") : sent,
    request.socket.remoteAddress,
    trustsProxies,
  );
  if (address === undefined) delete request.headers["x-forwarded-for"];
  else request.headers["x-forwarded-for"] = address;
  return false;
}

/** Installs the gate once per process; a second call (the dev server registers again on reload) does nothing. */
export function installRequestGate(): void {
  const prototype = Server.prototype as Server & { [installed]?: true };
  if (prototype[installed]) return;
  prototype[installed] = true;
  const trustsProxies = trustedProxiesFrom(process.env).length > 0;
  const gated = new WeakSet<Server>();
  const emit = prototype.emit;
  prototype.emit = function gatedEmit(this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (!gated.has(this)) {
      gated.add(this);
      this.on("connect", refuseConnect);
    }
    if (event === "request" || event === "checkContinue") {
      const [request, response] = args as [IncomingMessage, ServerResponse];
      if (gateRequest(request, response, trustsProxies)) return true;
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  };
}
