import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { OAuth2Server } from "oauth2-mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRegisterAuth, signInAttempts, type RegisterAuth } from "@/register/auth/auth";
import type { RegisterStore } from "@/register/db/connection";
import { account, user } from "@/register/db/schema";
import {
  singleSignOnCallbackPath,
  singleSignOnProviderId,
  singleSignOnStartBody,
  singleSignOnStartPath,
} from "@/lib/register/single-sign-on-request";
import { backends } from "./backends";

// Single sign-on through an OpenID Connect provider: a real one on a local port (a mock that
// signs its tokens, serves its discovery document and checks PKCE), better-auth's HTTP handler
// on each register database, and the browser's part (redirects, cookies) played by this test.
const app = "http://localhost:3000";
const host = { host: "localhost:3000" };
const clinician = { sub: "oidc-user-42", email: "dr.sso@clinic.test", name: "Dr Single Sign-On" };

/** The cookies a response sets, as the Cookie header a browser would send back. */
const cookiesOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");

describe.each(backends)("single sign-on on $name", ({ open }) => {
  const provider = new OAuth2Server();
  let store: RegisterStore;
  let auth: RegisterAuth;
  let issuer: string;
  beforeAll(async () => {
    await provider.issuer.keys.generate("RS256");
    await provider.start(0, "localhost");
    // The provider vouches for one clinician: in its ID token and at its userinfo address.
    provider.service.on("beforeTokenSigning", (token) => Object.assign(token.payload, clinician));
    provider.service.on("beforeUserinfo", (userinfo) => {
      userinfo.body = { ...clinician, email_verified: true };
    });
    store = await open();
    issuer = provider.issuer.url ?? "";
    auth = createRegisterAuth(store.db, randomBytes(32).toString("hex"), {
      NODE_ENV: "test",
      JAK_OIDC_ISSUER: issuer,
      JAK_OIDC_CLIENT_ID: "jak-register",
      JAK_OIDC_CLIENT_SECRET: "client-secret-for-tests",
    });
  }, 60_000);
  afterAll(async () => {
    await provider.stop();
    await store.close();
  });

  /** The sign-in page's single sign-on button, pressed from one address. */
  const pressButton = (address = "198.51.100.7") =>
    auth.handler(
      new Request(`${app}${singleSignOnStartPath}`, {
        method: "POST",
        headers: { ...host, origin: app, "content-type": "application/json", "x-forwarded-for": address },
        body: JSON.stringify(singleSignOnStartBody("/register")),
      }),
    );

  /** Sign-in started at the app: where it sends the browser, and the cookies it set. */
  async function startSignIn() {
    const started = await pressButton();
    expect(started.status).toBe(200);
    const { url } = (await started.json()) as { url: string };
    return { url: new URL(url), cookies: cookiesOf(started) };
  }

  it("a clinician the provider knows arrives signed in, as a user with no register role until an admin gives one", async () => {
    const { url, cookies } = await startSignIn();
    expect(url.origin).toBe(new URL(issuer).origin);
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");

    // The provider approves and sends the browser back to the app with a code.
    const approved = await fetch(url, { redirect: "manual" });
    const callback = new URL(approved.headers.get("location") ?? "");
    expect(callback.pathname).toBe(singleSignOnCallbackPath);

    const arrived = await auth.handler(new Request(callback, { headers: { ...host, cookie: cookies } }));
    expect(arrived.status).toBe(302);
    expect(arrived.headers.get("location")).toBe("/register");
    const session = await auth.api.getSession({ headers: new Headers({ ...host, cookie: cookiesOf(arrived) }) });
    expect(session?.user).toMatchObject({ email: clinician.email, name: clinician.name, role: "none" });

    const [stored] = await store.db.select().from(user).where(eq(user.email, clinician.email));
    const [linked] = await store.db.select().from(account).where(eq(account.userId, stored!.id));
    expect(linked).toMatchObject({ providerId: singleSignOnProviderId, accountId: clinician.sub, password: null });
  });

  it("starting single sign-on counts against the sign-in limit of the address", async () => {
    for (let attempt = 0; attempt < signInAttempts.max; attempt += 1)
      expect((await pressButton("203.0.113.77")).status).toBe(200);
    expect((await pressButton("203.0.113.77")).status).toBe(429);
    expect((await pressButton("203.0.113.78")).status).toBe(200);
  });

  it("a callback whose state was not issued to this browser is refused, and nobody is signed in", async () => {
    const { url } = await startSignIn();
    const approved = await fetch(url, { redirect: "manual" });
    const callback = new URL(approved.headers.get("location") ?? "");
    // Another browser's callback: without the cookies the sign-in set, the state does not match.
    const refused = await auth.handler(new Request(callback, { headers: host }));
    expect(refused.headers.get("location") ?? "").toMatch(/error=/);
    expect(refused.headers.getSetCookie().some((cookie) => cookie.includes("session_token="))).toBe(false);
  });
});
