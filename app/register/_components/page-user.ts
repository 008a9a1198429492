import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { csrfTokenFor } from "@/register/auth/csrf";
import type { Permission } from "@/register/auth/roles";
import { signedInUser, userMay, type SignedInUser } from "@/register/http/signed-in-user";
import { registerService, type RegisterService } from "@/register/register-service";

export type PageAccess =
  | { allowed: true; service: RegisterService; user: SignedInUser; csrfToken: string }
  | { allowed: false; user: SignedInUser };

/**
 * Every register page starts here, on the server: signed out goes to the sign-in page (and
 * back to `path` after it), a role without `permission` gets the page's refusal, and an
 * allowed user gets the CSRF token their page's forms send with each change.
 */
export async function pageAccess(permission: Permission, path: string): Promise<PageAccess> {
  // Headers first: that makes every register page dynamic, so the build never opens the database.
  const requestHeaders = await headers();
  const service = await registerService();
  const user = await signedInUser(service, requestHeaders);
  if (!user) redirect(`/register/sign-in?next=${encodeURIComponent(path)}`);
  if (!userMay(user, permission)) return { allowed: false, user };
  return { allowed: true, service, user, csrfToken: csrfTokenFor(service.secret, user.sessionId) };
}
