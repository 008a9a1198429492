/**
 * The HTTP methods each address of the app answers, by its route's path as written under
 * `app/` (`[id]` one segment, `[...all]` the rest). Everything else gets 405 with an `Allow`
 * header from the server's request gate (`server/request-gate.ts`) before the framework or a
 * route sees the request. Pages and files are read-only; only the CDS Hooks addresses answer
 * CORS preflights (OPTIONS). tests/doors/allowed-methods.test.ts checks this table against the
 * methods every route file exports, so a new route cannot be left out.
 */
export const routeMethods: Readonly<Record<string, readonly string[]>> = {
  "/api/plan": ["POST"],
  "/api/rules": ["GET", "HEAD"],
  "/api/health": ["GET", "HEAD"],
  "/api/openapi.json": ["GET", "HEAD"],
  "/api/bench/post-floor": ["POST"],
  "/cds-services": ["GET", "HEAD", "OPTIONS"],
  "/cds-services/jak-monitoring": ["POST", "OPTIONS"],
  "/api/auth/[...all]": ["GET", "HEAD", "POST"],
  "/api/register/audit": ["GET", "HEAD"],
  "/api/register/csrf": ["GET", "HEAD"],
  "/api/register/worklist": ["GET", "HEAD"],
  "/api/register/users": ["GET", "HEAD", "POST"],
  "/api/register/users/[id]/role": ["POST"],
  "/api/register/users/[id]/password": ["POST"],
  "/api/register/account/password": ["POST"],
  "/api/register/patients": ["POST"],
  "/api/register/patients/import-fhir": ["POST"],
  "/api/register/patients/[id]": ["GET", "HEAD"],
  "/api/register/patients/[id]/contact-notes": ["POST"],
  "/api/register/patients/[id]/dose-changes": ["POST"],
  "/api/register/patients/[id]/monitoring-end": ["POST"],
  "/api/register/patients/[id]/monitoring-resume": ["POST"],
  "/api/register/patients/[id]/patient-facts": ["POST"],
  "/api/register/patients/[id]/plan-reviews": ["POST"],
  "/api/register/patients/[id]/results": ["POST"],
  "/api/register/patients/[id]/sign-offs": ["POST"],
};

// Each route path as a pattern over request paths, worked out once; exact paths first.
const routePatterns = Object.entries(routeMethods)
  .sort(([a], [b]) => Number(a.includes("[")) - Number(b.includes("[")))
  .map(([route, methods]) => {
    const source = route
      .split("/")
      .map((segment) =>
        segment.startsWith("[...")
          ? ".+"
          : segment.startsWith("[")
            ? "[^/]+"
            : segment.replace(/[.*+?^${}()|\\]/g, "\\$&"),
      )
      .join("/");
    return { pattern: new RegExp(`^${source}$`), methods };
  });

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
  return routePatterns.find(({ pattern }) => pattern.test(path))?.methods ?? readOnly;
}

/** The gate's verdict on one request line: pass it on, or refuse it with these allowed methods. */
export function methodVerdict(
  method: string,
  target: string,
): { pass: true } | { pass: false; allow: readonly string[]; path: string } {
  const path = pathOf(target);
  const allow = allowedMethods(path);
  if (forbiddenMethods.has(method)) return { pass: false, allow, path };
  if (isFrameworkPath(path) || allow.includes(method)) return { pass: true };
  return { pass: false, allow, path };
}
