/**
 * The HTTP methods each address of the app answers. Everything else gets 405 with an `Allow`
 * header from the server's request gate (`server/request-gate.ts`) before the framework or a
 * route sees the request. Pages and files are read-only; only the two POST doors take bodies,
 * and only the CDS Hooks addresses answer CORS preflights (OPTIONS).
 */
const routeMethods: Readonly<Record<string, readonly string[]>> = {
  "/api/plan": ["POST"],
  "/api/rules": ["GET", "HEAD"],
  "/api/health": ["GET", "HEAD"],
  "/cds-services": ["GET", "HEAD", "OPTIONS"],
  "/cds-services/jak-monitoring": ["POST", "OPTIONS"],
};

const readOnly: readonly string[] = ["GET", "HEAD"];

/**
 * Methods the framework cannot represent as a web `Request` (the Fetch standard forbids them),
 * so it fails on them with a 500 before any route runs. They are refused on every address.
 */
export const forbiddenMethods: ReadonlySet<string> = new Set(["CONNECT", "TRACE", "TRACK"]);

/** The path of a request target, without its query string or a trailing slash. */
export function pathOf(target: string): string {
  const path = target.split(/[?#]/, 1)[0] ?? "";
  return path.replace(/(.)\/+$/, "$1");
}

/**
 * The framework's own addresses (its scripts, and in development its overlay and hot reload)
 * keep the methods it gives them; only the forbidden ones are refused there.
 */
export function isFrameworkPath(path: string): boolean {
  return path.startsWith("/_next/") || path.startsWith("/__nextjs");
}

/** The methods `path` answers: a route's own list, or GET and HEAD for pages, files and unknown addresses. */
export function allowedMethods(path: string): readonly string[] {
  return Object.hasOwn(routeMethods, path) ? (routeMethods[path] ?? readOnly) : readOnly;
}

/** The gate's verdict on one request line: pass it on, or refuse it with these allowed methods. */
export function methodVerdict(method: string, target: string): { pass: true } | { pass: false; allow: readonly string[]; path: string } {
  const path = pathOf(target);
  const allow = allowedMethods(path);
  if (forbiddenMethods.has(method)) return { pass: false, allow, path };
  if (isFrameworkPath(path) || allow.includes(method)) return { pass: true };
  return { pass: false, allow, path };
}
