import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Every test runs in two time zones, in one run sharing one pool of workers: New York (behind
// UTC, with daylight saving) and Auckland (ahead of UTC, across the date line from it). A date
// the engine or a page writes must be the same in both. Node applies a new process.env.TZ at once.
const zones = ["America/New_York", "Pacific/Auckland"];

export default defineConfig({
  resolve: {
    alias: { "@": fileURLToPath(new URL("./", import.meta.url)) },
  },
  test: {
    include: ["tests/**/*.test.ts", "lib/**/*.test.ts", "rules/**/*.test.ts"],
    environment: "node",
    allowOnly: false,
    // Property tests run hundreds of plans; CI has two cores, often shared: 5 s is too tight there.
    testTimeout: 30_000,
    // The register's data-layer tests also run on a real PostgreSQL, started here for the run.
    globalSetup: ["tests/register/postgres-global-setup.ts"],
    // One worker per core: vitest leaves one core free by default, which on CI's two is half the machine.
    maxWorkers: availableParallelism(),
    // A worker imports the engine and the rules once, not once per test file: half the run's
    // time was imports. Tests that change the environment, the clock or the zone restore them.
    isolate: false,
    // Routes answer on the test's own thread: the door pool's worker entry is TypeScript, which
    // only the bundler (or tsx, as tests/server/door-pool.test.ts starts it) can run.
    env: { JAK_DOOR_THREADS: "0" },
    projects: zones.map((zone) => ({ extends: true, test: { name: zone, env: { TZ: zone } } })),
  },
});
