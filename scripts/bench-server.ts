/**
 * The bench's own server: `next start` on a port the system gives, checked to be this checkout's
 * server before anything is measured. Before, the bench started its server on a fixed port and
 * measured whatever answered there, even another project's server while its own failed to start.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import { rulesVersion } from "@/rules";

/** A port nothing listens on: the system picks one for a moment's listener, which then closes. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * `next start` on `port`, ready once it has said "Ready" (it listens: no other server holds the
 * port) and answers /api/health with this checkout's rules version. Stops the run, with the
 * server's own output, if it exits or never gets there: the figures must come from this server.
 */
export async function startServer(
  port: number,
  timeoutMs = 30_000,
  env: Record<string, string> = {},
): Promise<ChildProcess> {
  const server = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      stdio: ["ignore", "pipe", "pipe"],
      // The CDS Hooks figure measures the service's own work, without a signed token per call.
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", JAK_CDS_ALLOW_UNSIGNED: "1", ...env },
    },
  );
  let output = "";
  server.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  let exited: string | undefined;
  server.once("exit", (code, signal) => (exited = `exited with ${signal ?? `code ${code}`}`));
  for (let waited = 0; waited < timeoutMs && !exited; waited += 200) {
    try {
      const health = (await (await fetch(`http://127.0.0.1:${port}/api/health`)).json()) as { rulesVersion?: string };
      if (/\bReady\b/.test(output) && !exited && health.rulesVersion === rulesVersion) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(
    `bench: next start on port ${port} ${exited ?? `did not answer /api/health with rules ${rulesVersion} within ${timeoutMs / 1000} s`}. Its output:\n${output}`,
  );
}

/** Throws if the server measured has died since it started. */
export function checkAlive(server: ChildProcess) {
  if (server.exitCode !== null || server.signalCode !== null)
    throw new Error(`bench: the server stopped during the run (${server.signalCode ?? `code ${server.exitCode}`})`);
}

/** The commit measured, with "+ changes" when the working tree differs from it. */
export function commitMeasured(): string {
  const commit = spawnSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).stdout.trim() || "unknown";
  const changed = spawnSync("git", ["status", "--porcelain"], { encoding: "utf8" }).stdout.trim() !== "";
  return changed ? `${commit} + uncommitted changes` : commit;
}
