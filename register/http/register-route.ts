import { hasValidCsrfToken, isSameOrigin } from "@/register/auth/csrf";
import type { Permission } from "@/register/auth/roles";
import { registerService, type RegisterService } from "@/register/register-service";
import { forgedRequest, notAllowed, refuse, signedOut } from "./replies";
import { signedInUser, userMay, type SignedInUser } from "./signed-in-user";

export interface RouteContext {
  service: RegisterService;
  user: SignedInUser;
}

const changesState = (method: string) => !["GET", "HEAD", "OPTIONS"].includes(method);

/**
 * Every register endpoint goes through this: a session (401), the role's permission (403),
 * for a change a same-origin request with the session's CSRF token (403), and no stack
 * trace or patient value ever in an answer or the log: an unexpected failure is logged by
 * its name only and answered 503.
 */
export async function guarded(
  request: Request,
  permission: Permission,
  what: string,
  handle: (context: RouteContext) => Promise<Response>,
): Promise<Response> {
  try {
    const service = await registerService();
    const user = await signedInUser(service, request.headers);
    if (!user) return signedOut();
    if (
      changesState(request.method) &&
      (!isSameOrigin(request) || !hasValidCsrfToken(request, service.secret, user.sessionId))
    )
      return forgedRequest();
    if (!userMay(user, permission)) return notAllowed(what);
    return await handle({ service, user });
  } catch (error) {
    console.error(`register: ${request.method} failed (${error instanceof Error ? error.name : "unknown error"})`);
    return refuse(503, [
      { path: "", message: "The register could not answer just now; nothing was changed. Try again." },
    ]);
  }
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A patient id from a URL: a UUID, else no patient (404) without asking the database. */
export const isPatientId = (id: string) => uuidPattern.test(id);
