import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import type { RegisterDb } from "@/register/db/connection";
import { passwordLength } from "@/lib/register/account-inputs";
import { account, rateLimit, session, user, verification } from "@/register/db/schema";
import { trustedProxiesFrom } from "@/server/client-address";
import { singleSignOnPlugins } from "./single-sign-on";

/** How long a session lasts without use, and how often its expiry is pushed on while in use. */
export const sessionSeconds = 8 * 60 * 60;
const sessionRefreshSeconds = 60 * 60;

/** Sign-in attempts allowed per client address in each window, shared by every instance. */
export const signInAttempts = { window: 60, max: 5 };

/**
 * better-auth does the sign-in: passwords hashed with scrypt (memory-hard), sessions in the
 * database (so any instance serves any user), HttpOnly SameSite=Lax cookies, origin checks
 * on its own POST routes, and a database rate limit. No public sign-up: admins create users.
 */
export function createRegisterAuth(db: RegisterDb, secret: string, env: NodeJS.ProcessEnv = process.env) {
  return betterAuth({
    appName: "JAK Monitor register",
    secret,
    // BETTER_AUTH_URL fixes the app's address (set it in production). Without it the address
    // comes from each request's Host header, accepted only for the hosts in JAK_ALLOWED_HOSTS
    // (default: this machine, any port), so `npm run app` and the tests need no setting.
    baseURL: env.BETTER_AUTH_URL || {
      allowedHosts: (env.JAK_ALLOWED_HOSTS || "localhost:*,127.0.0.1:*,[::1]:*").split(",").map((host) => host.trim()),
    },
    trustedOrigins: env.JAK_TRUSTED_ORIGINS ? env.JAK_TRUSTED_ORIGINS.split(",").map((origin) => origin.trim()) : [],
    database: drizzleAdapter(db, { provider: "pg", schema: { user, session, account, verification, rateLimit } }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: passwordLength.min,
      maxPasswordLength: passwordLength.max,
    },
    user: { additionalFields: { role: { type: "string", required: false, defaultValue: "none", input: false } } },
    session: { expiresIn: sessionSeconds, updateAge: sessionRefreshSeconds, cookieCache: { enabled: false } },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      // Single sign-on starts at the social sign-in (lib/register/single-sign-on-request.ts).
      customRules: { "/sign-in/email": signInAttempts, "/sign-in/social": signInAttempts },
    },
    advanced: {
      database: { generateId: "uuid" },
      cookiePrefix: "jak-register",
      // Secure (HTTPS-only) cookies whenever the app's address is https; a plain-http address
      // (the local `npm run app`, the tests) could not send them back.
      useSecureCookies: (env.BETTER_AUTH_URL ?? "").startsWith("https://"),
      // The sign-in limit counts per client address from X-Forwarded-For, which the server's
      // request gate sets from the connection. Behind a load balancer, list it in
      // JAK_TRUSTED_PROXIES so the address it adds is the one counted.
      ipAddress: { trustedProxies: trustedProxiesFrom(env) },
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    telemetry: { enabled: false },
    logger: { level: "error" },
    plugins: singleSignOnPlugins(env),
  });
}

export type RegisterAuth = ReturnType<typeof createRegisterAuth>;
