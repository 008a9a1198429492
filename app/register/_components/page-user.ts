import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
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
  const { service, user } = await currentUser();
  if (!user) redirect(`/register/sign-in?next=${encodeURIComponent(path)}`);
  if (!userMay(user, permission)) return { allowed: false, user };
  return { allowed: true, service, user, csrfToken: csrfTokenFor(service.secret, user.sessionId) };
}

/**
 * The register and the signed-in user (or null) of the request being rendered: looked up once
 * per request, for the layout's navigation and the page's own check alike.
 */
export const currentUser = cache(async (): Promise<{ service: RegisterService; user: SignedInUser | null }> => {
  // Headers first: that makes every register page dynamic, so the build never opens the database.
  const requestHeaders = await headers();
  const service = await registerService();
  return { service, user: await signedInUser(service, requestHeaders) };
});
