import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "@/register/audit/actor";
import { changeOwnPassword, createUser, listUsers, maxWrongPasswords, resetPassword } from "@/register/auth/users";
import type { RegisterStore } from "@/register/db/connection";
import { auditEvent, session } from "@/register/db/schema";
import { serviceOver, type RegisterService } from "@/register/register-service";
import { backends } from "./backends";

const host = { host: "localhost:3000" };
const admin = systemActor("test");

describe.each(backends)("passwords on $name", ({ open }) => {
  let store: RegisterStore;
  let service: RegisterService;
  beforeAll(async () => {
    store = await open();
    service = await serviceOver(store);
  }, 60_000);
  afterAll(async () => {
    await store.close();
  });

  let serial = 0;
  const newUser = async (role: "admin" | "clinician" | "nurse", password = "first-password-123") => {
    serial += 1;
    const email = `user-${serial}@clinic.test`;
    const created = await createUser(service, admin, { email, name: `User ${serial}`, role, password });
    const { headers } = await service.auth.api.signInEmail({
      body: { email, password },
      headers: new Headers(host),
      returnHeaders: true,
    });
    const cookie = new Headers({ ...host, cookie: (headers.get("set-cookie") ?? "").split(";")[0] ?? "" });
    const found = await service.auth.api.getSession({ headers: cookie });
    return { id: created!.id, email, sessionId: found!.session.id, actor: { ...admin, id: created!.id } };
  };
  const sessionsOf = async (userId: string) =>
    (await store.db.select().from(session).where(eq(session.userId, userId))).length;

  it("changes one's own password with the current one, ending the other sessions but not this one", async () => {
    const nurse = await newUser("nurse");
    const other = await service.auth.api.signInEmail({
      body: { email: nurse.email, password: "first-password-123" },
      headers: new Headers(host),
    });
    expect(other.token).toBeTruthy();
    expect(await sessionsOf(nurse.id)).toBe(2);
    expect(
      await changeOwnPassword(service, nurse.actor, nurse.sessionId, {
        currentPassword: "first-password-123",
        newPassword: "the-nurses-own-choice",
      }),
    ).toBe("changed");
    const left = await store.db.select().from(session).where(eq(session.userId, nurse.id));
    expect(left.map((row) => row.id)).toEqual([nurse.sessionId]);
    await expect(
      service.auth.api.signInEmail({
        body: { email: nurse.email, password: "the-nurses-own-choice" },
        headers: new Headers(host),
      }),
    ).resolves.toMatchObject({ token: expect.any(String) });
  });

  it(`ends the session after ${maxWrongPasswords} wrong current passwords, and says so in the audit trail`, async () => {
    const nurse = await newUser("nurse");
    const attempt = () =>
      changeOwnPassword(service, nurse.actor, nurse.sessionId, {
        currentPassword: "a-guess-at-the-password",
        newPassword: "taken-over-password",
      });
    for (let wrong = 1; wrong < maxWrongPasswords; wrong += 1) expect(await attempt()).toBe("wrong-password");
    expect(await sessionsOf(nurse.id)).toBe(1);
    expect(await attempt()).toBe("signed-out");
    expect(await sessionsOf(nurse.id)).toBe(0);
    const audit = await store.db.select().from(auditEvent).where(eq(auditEvent.action, "user.password-guesses"));
    expect(audit.some((entry) => (entry.detail as { userId?: string }).userId === nurse.id)).toBe(true);
  });

  it("gives a nurse a new first password (her sessions end), never another admin, and lists who has a password", async () => {
    const nurse = await newUser("nurse");
    const renewed = await resetPassword(service, admin, nurse.id);
    expect(renewed).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(await sessionsOf(nurse.id)).toBe(0);
    const otherAdmin = await newUser("admin");
    expect(await resetPassword(service, admin, otherAdmin.id)).toBe("admin");
    expect(await sessionsOf(otherAdmin.id)).toBe(1);
    expect(await resetPassword(service, admin, "6f1c2a6e-3b0d-4c55-9a4e-0d2f3c1b7e90")).toBeNull();
    const listed = await listUsers(service);
    expect(listed.find((entry) => entry.id === nurse.id)?.hasPassword).toBe(true);
  });
});
