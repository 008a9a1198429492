import { csrfTokenFor } from "@/register/auth/csrf";
import { signedInUser } from "@/register/http/signed-in-user";
import { signedOut, reply, refuse } from "@/register/http/replies";
import { registerService } from "@/register/register-service";

/**
 * GET: who is signed in and the CSRF token for their session, for a page that is not
 * rendered per user (the planner's "Save to register"). Carries no patient data.
 */
export async function GET(request: Request): Promise<Response> {
  try {
    const service = await registerService();
    const user = await signedInUser(service, request.headers);
    if (!user) return signedOut();
    return reply(200, {
      name: user.name,
      role: user.actor.role,
      csrfToken: csrfTokenFor(service.secret, user.sessionId),
    });
  } catch {
    return refuse(503, [{ path: "", message: "The register could not answer just now." }]);
  }
}
