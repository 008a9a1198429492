import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

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
  },
});
