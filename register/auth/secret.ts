import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { RegisterDb } from "@/register/db/connection";
import { registerSetting } from "@/register/db/schema";

/**
 * The secret that signs session cookies and CSRF tokens: BETTER_AUTH_SECRET when set, else
 * one made on first start and kept in the database, so every instance that shares the
 * database shares it and nothing needs configuring for `npm run app`.
 */
export async function authSecret(db: RegisterDb, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  await db
    .insert(registerSetting)
    .values({ key: "auth-secret", value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing();
  const [row] = await db.select().from(registerSetting).where(eq(registerSetting.key, "auth-secret"));
  if (!row) throw new Error("The register's secret could not be stored.");
  return row.value;
}
