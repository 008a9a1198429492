import { execFileSync, type ChildProcess } from "node:child_process";
import { startServer } from "../../scripts/bench-server";
import { startPostgres, type PostgresServer } from "../../tests/register/postgres-server";

/** App instances (the e2e build) on a PostgreSQL of their own, with the e2e register's users. */
export interface RegisterOnPostgres {
  postgres: PostgresServer;
  stop: () => void;
}

/**
 * Starts a PostgreSQL, makes the test users in it once (as the admin command would), then one
 * instance of the app on each port, all on that database. `stop` ends them all.
 */
export async function startRegisterOnPostgres(ports: readonly number[]): Promise<RegisterOnPostgres> {
  const postgres = await startPostgres();
  const servers: ChildProcess[] = [];
  const stop = () => {
    for (const server of servers) server.kill();
    postgres.stop();
  };
  try {
    execFileSync("npx", ["tsx", "e2e/support/seed-register-users.ts"], {
      env: { ...process.env, DATABASE_URL: postgres.url },
      stdio: "ignore",
    });
    for (const port of ports)
      servers.push(await startServer(port, 60_000, { DATABASE_URL: postgres.url, JAK_DATA_DIR: "" }));
  } catch (error) {
    stop();
    throw error;
  }
  return { postgres, stop };
}
