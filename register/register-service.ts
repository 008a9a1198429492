import { createRegisterAuth, type RegisterAuth } from "./auth/auth";
import { authSecret } from "./auth/secret";
import { configuredLocation, openRegisterStore, type RegisterStore } from "./db/connection";
import { refreshStatusesForRules } from "./records/status-store";

export interface RegisterService {
  store: RegisterStore;
  auth: RegisterAuth;
  secret: string;
}

// Kept on globalThis: one database per process, also across Next.js's module reloads.
const holder = globalThis as typeof globalThis & { jakRegister?: Promise<RegisterService> };

/** Opens a service over a store: secret, sign-in, and statuses brought up to the rules in force. */
export async function serviceOver(store: RegisterStore): Promise<RegisterService> {
  await refreshStatusesForRules(store.db);
  const secret = await authSecret(store.db);
  return { store, auth: createRegisterAuth(store.db, secret), secret };
}

/**
 * The app's register, opened on its first request rather than at server start, so the
 * planner never waits for the database (PGlite takes seconds to start).
 */
export function registerService(): Promise<RegisterService> {
  holder.jakRegister ??= openRegisterStore(configuredLocation())
    .then(serviceOver)
    .catch((error: unknown) => {
      holder.jakRegister = undefined;
      throw error;
    });
  return holder.jakRegister;
}
