import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// The register's commands as an admin runs them from the README (the first admin, backups), each
// in a process of its own on a PGlite register in a temporary folder: what they print, their exit
// codes, and the files made.
const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), "jak-backup-scripts-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(script: string, args: string[], dataDir: string) {
  const result = spawnSync("node_modules/.bin/tsx", [`scripts/${script}.ts`, ...args], {
    cwd: repoRoot,
    encoding: "utf8",
    env: { ...process.env, JAK_DATA_DIR: path.join(work, dataDir), DATABASE_URL: "" },
    timeout: 60_000,
  });
  return { status: result.status, out: result.stdout + result.stderr };
}

describe("npm run register:admin", () => {
  it("makes the first admin with a first password, once per email, and asks for an email", () => {
    const made = run("register-admin", ["--email", "admin@clinic.example"], "first-admin");
    expect(made.status).toBe(0);
    expect(made.out).toMatch(/^Admin admin@clinic\.example created\. First password .*\n[A-Za-z0-9_-]{24}\n$/);
    expect(run("register-admin", ["--email", "admin@clinic.example"], "first-admin")).toEqual({
      status: 1,
      out: "register:admin: a user with the email admin@clinic.example already exists.\n",
    });
    expect(run("register-admin", [], "first-admin")).toMatchObject({
      status: 2,
      out: expect.stringContaining("register:admin: give the admin's email"),
    });
  }, 120_000);
});

describe("npm run register:export and register:import", () => {
  it("export into a folder not made yet, then restore it into an empty register, once", () => {
    const backup = path.join(work, "backups", "nightly", "register.json");
    const exported = run("register-export", ["--out", backup], "clinic");
    expect(exported.out).toContain(`Exported 0 patients, 0 events and 0 audit entries to ${backup}`);
    expect(exported.status).toBe(0);
    expect(statSync(path.dirname(backup)).mode & 0o777).toBe(0o700);
    expect(statSync(backup).mode & 0o777).toBe(0o600);

    expect(run("register-import", ["--in", backup], "restored")).toMatchObject({
      status: 0,
      out: expect.stringContaining(`Restored 0 patients from ${backup}.`),
    });
    expect(run("register-import", ["--in", backup], "restored")).toMatchObject({
      status: 1,
      out: expect.stringMatching(/^register:import: .*empty database; nothing was restored\.\n$/),
    });
  }, 120_000);

  it("a backup file that is missing or not JSON: a one-line refusal, no stack trace", () => {
    const missing = run("register-import", ["--in", path.join(work, "no-such-backup.json")], "other");
    expect(missing).toMatchObject({ status: 1, out: expect.stringMatching(/\(ENOENT\); nothing was restored\.\n$/) });
    expect(missing.out).not.toContain("    at ");
    const notJson = path.join(work, "truncated.json");
    writeFileSync(notJson, '{"format": "jak-register-backup", "tables": {');
    expect(run("register-import", ["--in", notJson], "other")).toMatchObject({
      status: 1,
      out: `register:import: cannot read the backup ${notJson} (it is not JSON); nothing was restored.\n`,
    });
  }, 60_000);
});
