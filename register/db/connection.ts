import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzleNodePostgres } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePostgres } from "drizzle-orm/node-postgres/migrator";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { Pool } from "pg";
import { holdDataDirLock } from "./data-dir-lock";
import { registerSchema } from "./schema";

/** The register's database, whichever engine is under it. */
export type RegisterDb = PgDatabase<PgQueryResultHKT, typeof registerSchema>;

export interface RegisterStore {
  db: RegisterDb;
  backend: "pglite" | "postgresql";
  close(): Promise<void>;
}

/** Where the store lives: a PostgreSQL URL, a PGlite data folder, or PGlite in memory (tests). */
export type StoreLocation = { databaseUrl: string } | { dataDir: string } | { inMemory: true };

// Read at run time from the project folder (turbopackIgnore: not a file for the build to trace).
const migrationsFolder = path.join(/*turbopackIgnore: true*/ process.cwd(), "drizzle");

/** The location the app and the register commands use: DATABASE_URL, else PGlite in JAK_DATA_DIR (default ./data). */
export function configuredLocation(env: NodeJS.ProcessEnv = process.env): StoreLocation {
  if (env.DATABASE_URL) return { databaseUrl: env.DATABASE_URL };
  return { dataDir: path.resolve(/*turbopackIgnore: true*/ env.JAK_DATA_DIR || "data") };
}

/** Opens the store and brings its schema up to date with drizzle's migrator. */
export async function openRegisterStore(location: StoreLocation): Promise<RegisterStore> {
  if ("databaseUrl" in location) {
    const pool = new Pool({ connectionString: location.databaseUrl, max: 10 });
    const db = drizzleNodePostgres(pool, { schema: registerSchema });
    await migrateNodePostgres(db, { migrationsFolder });
    return { db: db as unknown as RegisterDb, backend: "postgresql", close: () => pool.end() };
  }
  // PGlite allows one process per data folder; a second one would corrupt it.
  const release = "dataDir" in location ? await holdDataDirLock(location.dataDir) : () => undefined;
  try {
    const client = await PGlite.create(
      "dataDir" in location ? path.join(/*turbopackIgnore: true*/ location.dataDir, "pglite") : undefined,
    );
    const db = drizzlePglite(client, { schema: registerSchema });
    await migratePglite(db, { migrationsFolder });
    return {
      db: db as unknown as RegisterDb,
      backend: "pglite",
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
