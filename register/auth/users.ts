import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Actor } from "@/register/audit/actor";
import { appendAudit } from "@/register/audit/audit-trail";
import { session, user } from "@/register/db/schema";
import type { RegisterService } from "@/register/register-service";
import type { registerRoles } from "./roles";

/** A password shown once to whoever creates the account, to be changed by its owner. */
export function oneTimePassword(): string {
  return randomBytes(18).toString("base64url");
}

/**
 * Creates a user with a role and a password, through better-auth's own adapter and
 * password hasher (scrypt). Returns null when the email is already taken.
 */
export async function createUser(
  service: RegisterService,
  actor: Actor,
  input: { email: string; name: string; role: (typeof registerRoles)[number]; password: string },
): Promise<{ id: string } | null> {
  const context = await service.auth.$context;
  const email = input.email.toLowerCase();
  if (await context.internalAdapter.findUserByEmail(email)) return null;
  const created = await context.internalAdapter.createUser(
    { email, name: input.name, emailVerified: true, role: input.role },
    { method: "admin" },
  );
  await context.internalAdapter.linkAccount({
    userId: created.id,
    providerId: "credential",
    accountId: created.id,
    password: await context.password.hash(input.password),
  });
  await appendAudit(service.store.db, actor, {
    action: "user.create",
    detail: { before: null, after: { id: created.id, email, name: input.name, role: input.role } },
  });
  return { id: created.id };
}

/** Changes a user's role and ends their sessions, so the new role holds from their next sign-in. */
export async function setRole(service: RegisterService, actor: Actor, userId: string, role: string): Promise<boolean> {
  const { db } = service.store;
  const [before] = await db.select({ role: user.role, email: user.email }).from(user).where(eq(user.id, userId));
  if (!before) return false;
  await db.update(user).set({ role, updatedAt: new Date() }).where(eq(user.id, userId));
  await db.delete(session).where(eq(session.userId, userId));
  await appendAudit(db, actor, {
    action: "user.role",
    detail: { userId, email: before.email, before: { role: before.role }, after: { role } },
  });
  return true;
}

export async function listUsers(service: RegisterService) {
  return service.store.db
    .select({ id: user.id, name: user.name, email: user.email, role: user.role, createdAt: user.createdAt })
    .from(user)
    .orderBy(user.email);
}
