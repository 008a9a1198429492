import type { Actor } from "@/register/audit/actor";
import { may, type Permission, type RegisterRole } from "@/register/auth/roles";
import type { RegisterService } from "@/register/register-service";

export interface SignedInUser {
  actor: Actor & { id: string; role: RegisterRole };
  name: string;
  sessionId: string;
}

/** The user whose session cookie the headers carry, or null (no cookie, expired, signed out). */
export async function signedInUser(service: RegisterService, headers: Headers): Promise<SignedInUser | null> {
  const found = await service.auth.api.getSession({ headers });
  if (!found) return null;
  const role = (found.user as { role?: string }).role ?? "none";
  return {
    actor: { id: found.user.id, email: found.user.email, role: role as RegisterRole },
    name: found.user.name,
    sessionId: found.session.id,
  };
}

export const userMay = (user: SignedInUser, permission: Permission) => may(user.actor.role, permission);
