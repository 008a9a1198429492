import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { serverLogPath } from "./e2e/support/server-log";
import { ssoProviderName } from "./e2e/support/sso-clinician";

// Debian's Chromium (Playwright cannot download its own browser here). Root needs --no-sandbox.
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const port = Number(process.env.E2E_PORT ?? 3100);
// A fresh register (PGlite) for every run, in a temporary folder named once by the main
// process (its workers inherit the variable); the test users are made before the server starts.
process.env.E2E_REGISTER_DIR ??= path.join(tmpdir(), `jak-e2e-register-${port}-${Date.now()}`);
const registerDir = process.env.E2E_REGISTER_DIR;
// The single sign-on provider the register is configured with (e2e/register-single-sign-on.spec.ts).
const oidcPort = port + 99;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  forbidOnly: true,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    timezoneId: "America/New_York",
    locale: "en-US",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: [
    {
      command: `OIDC_PORT=${oidcPort} npx tsx e2e/support/oidc-provider.ts`,
      url: `http://127.0.0.1:${oidcPort}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The server's output goes to the console and to a file that the privacy spec reads.
      command: `JAK_TYPES_CHECKED=1 npx next build >/dev/null && rm -rf "${registerDir}" && JAK_DATA_DIR="${registerDir}" npx tsx e2e/support/seed-register-users.ts && mkdir -p "$(dirname ${serverLogPath})" && JAK_DATA_DIR="${registerDir}" node node_modules/next/dist/bin/next start --port ${port} --hostname 127.0.0.1 2>&1 | tee ${serverLogPath}`,
      // Next.js's anonymous telemetry is off for every run of the framework the project makes. The
      // CDS Hooks service takes unsigned calls here, as in development (tests/interop/cds-trust.test.ts
      // covers signed ones); its discovery answer says so. The tests stand in for a trusted proxy
      // (JAK_TRUSTED_PROXIES): each names its own client address in X-Forwarded-For, so the sign-in
      // limit counts each test's attempts apart.
      // Single sign-on goes to the local provider started above.
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        JAK_CDS_ALLOW_UNSIGNED: "1",
        JAK_TRUSTED_PROXIES: "127.0.0.1",
        JAK_OIDC_ISSUER: `http://127.0.0.1:${oidcPort}`,
        JAK_OIDC_CLIENT_ID: "jak-register-e2e",
        JAK_OIDC_CLIENT_SECRET: "e2e-client-secret",
        JAK_OIDC_NAME: ssoProviderName,
      },
      url: `http://127.0.0.1:${port}/api/rules`,
      reuseExistingServer: false,
      timeout: 300_000,
      stdout: "pipe",
      stderr: "pipe",
    },
  ],
});
