import { randomBytes } from "node:crypto";
import { and, eq, ne, sql } from "drizzle-orm";
import type { Actor } from "@/register/audit/actor";
import { appendAudit } from "@/register/audit/audit-trail";
import { account, session, user } from "@/register/db/schema";
import type { RegisterService } from "@/register/register-service";
import type { registerRoles } from "./roles";

/** A first password, shown once to the admin who makes it, for its owner to change under Your account. */
export function firstPassword(): string {
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

/**
 * A new first password for a user who forgot theirs (or never received it): the old one stops
 * working and their sessions end. Returns null for no such user or one with no password (single
 * sign-on only), and "admin" for an admin, whose password only its owner changes.
 */
export async function resetPassword(
  service: RegisterService,
  actor: Actor,
  userId: string,
): Promise<string | null | "admin"> {
  const { db } = service.store;
  const [target] = await db.select({ role: user.role, email: user.email }).from(user).where(eq(user.id, userId));
  if (!target) return null;
  // One admin must not be able to take over another's account (and act as them in the audit trail).
  if (target.role === "admin") return "admin";
  const context = await service.auth.$context;
  const account = await context.internalAdapter.findCredentialAccount(userId);
  if (!account?.password) return null;
  const password = firstPassword();
  await context.internalAdapter.updatePassword(userId, await context.password.hash(password));
  await db.delete(session).where(eq(session.userId, userId));
  await appendAudit(db, actor, { action: "user.password-reset", detail: { userId, email: target.email } });
  return password;
}

/** Wrong current passwords a session may give before it is ended. Counted per server process. */
export const maxWrongPasswords = 5;
const wrongPasswordsBySession = new Map<string, number>();

/**
 * A user's own password change, checked against the current one by the sign-in library. Their other
 * sessions end (a password changed because it leaked must lock out whoever used it); this one goes on.
 */
export async function changeOwnPassword(
  service: RegisterService,
  actor: Actor & { id: string },
  sessionId: string,
  passwords: { currentPassword: string; newPassword: string },
): Promise<"changed" | "wrong-password" | "signed-out" | "no-password"> {
  const context = await service.auth.$context;
  const { db } = service.store;
  const account = await context.internalAdapter.findCredentialAccount(actor.id);
  if (!account?.password) return "no-password";
  if (!(await context.password.verify({ hash: account.password, password: passwords.currentPassword }))) {
    // A session left open on a shared PC must not become a way to guess its owner's password.
    const wrong = (wrongPasswordsBySession.get(sessionId) ?? 0) + 1;
    wrongPasswordsBySession.set(sessionId, wrong);
    if (wrong < maxWrongPasswords) return "wrong-password";
    wrongPasswordsBySession.delete(sessionId);
    await db.delete(session).where(eq(session.id, sessionId));
    await appendAudit(db, actor, {
      action: "user.password-guesses",
      detail: { userId: actor.id, wrongPasswords: maxWrongPasswords },
    });
    return "signed-out";
  }
  wrongPasswordsBySession.delete(sessionId);
  await context.internalAdapter.updatePassword(actor.id, await context.password.hash(passwords.newPassword));
  await db.delete(session).where(and(eq(session.userId, actor.id), ne(session.id, sessionId)));
  await appendAudit(db, actor, { action: "user.password-change", detail: { userId: actor.id } });
  return "changed";
}

/** Whether a user signs in with a password (not only through single sign-on). */
export async function hasPassword(service: RegisterService, userId: string): Promise<boolean> {
  const context = await service.auth.$context;
  return Boolean((await context.internalAdapter.findCredentialAccount(userId))?.password);
}

export async function listUsers(service: RegisterService) {
  return service.store.db
    .select({
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role,
      createdAt: user.createdAt,
      // A user who signs in only through single sign-on has no password to give anew.
      hasPassword: sql<boolean>`${account.id} is not null`,
    })
    .from(user)
    .leftJoin(account, and(eq(account.userId, user.id), eq(account.providerId, "credential")))
    .orderBy(user.email);
}
