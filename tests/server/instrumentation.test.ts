import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

/** The server's start-up hook in a process of its own: it changes Node's HTTP server for the whole process. */
function startUp(doorThreads: string) {
  return spawnSync(
    "node_modules/.bin/tsx",
    ["-e", 'import("./instrumentation.ts").then((hook) => hook.register()).then(() => console.log("started"))'],
    {
      cwd: repoRoot,
      encoding: "utf8",
      env: { ...process.env, NEXT_RUNTIME: "nodejs", JAK_DOOR_THREADS: doorThreads },
      timeout: 30_000,
    },
  );
}

describe("the server's start-up hook", () => {
  it("stops the server with the setting's message when JAK_DOOR_THREADS is not a whole number from 0 to 16", () => {
    const started = startUp("two");
    expect(started.status).toBe(1);
    expect(started.stderr).toContain(
      'JAK Monitor cannot start: JAK_DOOR_THREADS must be a whole number from 0 to 16 (got "two").',
    );
    expect(started.stdout).not.toContain("started");
  });

  it("starts with a valid setting", () => {
    const started = startUp("2");
    expect(started.status).toBe(0);
    expect(started.stdout).toContain("started");
  });
});
