import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "@/register/audit/actor";
import { createUser, setRole } from "@/register/auth/users";
import type { RegisterStore } from "@/register/db/connection";
import { createRegisterAuth } from "@/register/auth/auth";
import { account, session } from "@/register/db/schema";
import { forwardedFor } from "@/server/client-address";
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

  /** A wrong-password sign-in through better-auth's HTTP handler, which applies the rate limit. */
  const failedSignIn = (auth: RegisterService["auth"], forwardedAddress: string) =>
    auth.handler(
      new Request("http://localhost:3000/api/auth/sign-in/email", {
        method: "POST",
        headers: {
          ...host,
          origin: "http://localhost:3000",
          "content-type": "application/json",
          "x-forwarded-for": forwardedAddress,
        },
        body: JSON.stringify({ email: "nurse@clinic.test", password: "not-the-password" }),
      }),
    );

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

  it("counts sign-in attempts per connection, whatever address a client names in X-Forwarded-For", async () => {
    // No proxy trusted: the request gate replaces the header with the connection's address.
    const fromOneConnection = (named: string) =>
      failedSignIn(service.auth, forwardedFor(named, "198.51.100.20", false) ?? "");
    for (let attempt = 0; attempt < 5; attempt += 1)
      expect((await fromOneConnection(`203.0.113.${attempt}`)).status).toBe(401);
    expect((await fromOneConnection("203.0.113.99")).status).toBe(429);
  });

  it("behind a trusted proxy, counts the client address the proxy names, not one the client adds", async () => {
    const proxy = "198.51.100.30";
    const behindProxy = createRegisterAuth(store.db, service.secret, { ...process.env, JAK_TRUSTED_PROXIES: proxy });
    // The proxy appends the address it saw; the gate appends the proxy's own.
    const throughProxy = (clientChain: string) =>
      failedSignIn(behindProxy, forwardedFor(clientChain, proxy, true) ?? "");
    for (let attempt = 0; attempt < 6; attempt += 1)
      expect((await throughProxy(`192.0.2.${100 + attempt}`)).status).toBe(401);
    for (let attempt = 0; attempt < 5; attempt += 1)
      expect((await throughProxy(`203.0.113.${attempt}, 192.0.2.50`)).status).toBe(401);
    expect((await throughProxy("203.0.113.99, 192.0.2.50")).status).toBe(429);
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
