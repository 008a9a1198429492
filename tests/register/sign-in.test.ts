import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "@/register/audit/actor";
import { createUser, setRole } from "@/register/auth/users";
import type { RegisterStore } from "@/register/db/connection";
import { account, session } from "@/register/db/schema";
import { serviceOver, type RegisterService } from "@/register/register-service";
import { backends } from "./backends";

const password = "a-long-test-password-7";
// The app's address comes from each request's Host (no BETTER_AUTH_URL in tests).
const host = { host: "localhost:3000" };

describe.each(backends)("sign-in on $name", ({ open }) => {
  let store: RegisterStore;
  let service: RegisterService;
  let userId: string;
  beforeAll(async () => {
    store = await open();
    service = await serviceOver(store);
    const created = await createUser(service, systemActor("test"), {
      email: "Nurse@Clinic.test",
      name: "Nurse",
      role: "nurse",
      password,
    });
    userId = created!.id;
  }, 60_000);
  afterAll(async () => {
    await store.close();
  });

  const signIn = async (secret = password) => {
    const { headers } = await service.auth.api.signInEmail({
      body: { email: "nurse@clinic.test", password: secret },
      headers: new Headers(host),
      returnHeaders: true,
    });
    return new Headers({ ...host, cookie: (headers.get("set-cookie") ?? "").split(";")[0] ?? "" });
  };
  const sessionOf = (cookie: Headers) => service.auth.api.getSession({ headers: cookie });

  it("keeps a memory-hard hash, never the password, and refuses a wrong password and a second account for the email", async () => {
    const [row] = await store.db.select({ password: account.password }).from(account).where(eq(account.userId, userId));
    expect(row?.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
    expect(row?.password).not.toContain(password);
    await expect(signIn("not-the-password")).rejects.toMatchObject({ status: "UNAUTHORIZED" });
    expect(
      await createUser(service, systemActor("test"), {
        email: "nurse@clinic.test",
        name: "Again",
        role: "admin",
        password,
      }),
    ).toBeNull();
  });

  it("gives a session that the database holds, that ends at sign-out, when it expires, and when the role changes", async () => {
    const first = await signIn();
    expect((await sessionOf(first))?.user).toMatchObject({ email: "nurse@clinic.test", role: "nurse" });
    await service.auth.api.signOut({ headers: first });
    expect(await sessionOf(first)).toBeNull();

    const second = await signIn();
    await store.db
      .update(session)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(session.userId, userId));
    expect(await sessionOf(second)).toBeNull();

    const third = await signIn();
    expect(await setRole(service, systemActor("test"), userId, "clinician")).toBe(true);
    expect(await sessionOf(third)).toBeNull();
    expect((await sessionOf(await signIn()))?.user).toMatchObject({ role: "clinician" });
  });
});
