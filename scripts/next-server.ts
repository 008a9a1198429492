import { spawn, type ChildProcess } from "node:child_process";

/**
 * `next start` of the last build on 127.0.0.1:`port` with extra environment, once it answers
 * /api/health. Started by its own path, not through npx, so killing it leaves no orphan.
 */
export async function startNextServer(port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    stdio: "ignore",
    env: { ...process.env, ...env },
  });
  for (let attempt = 0; attempt < 150; attempt += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`next start did not answer on port ${port}`);
}
