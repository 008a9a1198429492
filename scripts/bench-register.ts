/**
 * The register's figures for `npm run bench`: the worklist's server time at 1,000 and
 * 10,000 seeded patients (p95 of sequential requests; the ratio must stay ≤ 2, which only a
 * worklist that reads indexed statuses can do), and opening one patient against
 * POST /api/plan with the same request (≤ 2×). Each register is PGlite in a temporary folder.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startServer } from "./bench-server";

type Report = (figure: { name: string; shown: string; target: string; met: boolean }) => void;

const password = "bench-nurse-password-1";
const rounds = 300;

function seed(dataDir: string, patients: number) {
  const result = spawnSync(
    "npx",
    ["tsx", "scripts/register-seed.ts", "--patients", String(patients), "--user-password", password],
    { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, JAK_DATA_DIR: dataDir } },
  );
  if (result.status !== 0) throw new Error(`register-seed exited ${result.status}`);
}

async function signIn(origin: string): Promise<string> {
  const response = await fetch(`${origin}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ email: "bench-nurse@seed.test", password }),
  });
  if (!response.ok) throw new Error(`bench sign-in failed: ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

/** Milliseconds of each of `rounds` sequential calls, after a warm-up. */
async function timeCalls(call: () => Promise<Response>): Promise<number[]> {
  for (let warm = 0; warm < 30; warm += 1) await (await call()).arrayBuffer();
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    const response = await call();
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`bench call answered ${response.status}`);
    times.push(performance.now() - started);
  }
  return times;
}

const p95 = (times: readonly number[]) =>
  [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)] ?? Number.POSITIVE_INFINITY;

async function onRegister<T>(
  port: number,
  patients: number,
  measure: (origin: string, cookie: string) => Promise<T>,
): Promise<T> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `jak-bench-register-${patients}-`));
  try {
    const seeded = performance.now();
    seed(dataDir, patients);
    console.log(
      `  (seeded ${patients.toLocaleString("en-US")} patients in ${((performance.now() - seeded) / 1000).toFixed(1)} s)`,
    );
    const server = await startServer(port, 60_000, { JAK_DATA_DIR: dataDir });
    try {
      const origin = `http://127.0.0.1:${port}`;
      return await measure(origin, await signIn(origin));
    } finally {
      server.kill();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function measureRegister(port: number, report: Report) {
  const worklist = (origin: string, cookie: string) =>
    timeCalls(() => fetch(`${origin}/api/register/worklist`, { headers: { cookie } }));
  const small = await onRegister(port, 1_000, async (origin, cookie) => {
    const worklistTimes = await worklist(origin, cookie);
    // A patient with results on file: the first of the overdue list.
    const list = (await (await fetch(`${origin}/api/register/worklist`, { headers: { cookie } })).json()) as {
      lists: Record<string, { patientId: string }[]>;
    };
    const id = list.lists.overdue?.[0]?.patientId ?? list.lists.dueSoon?.[0]?.patientId;
    if (!id) throw new Error("the seeded worklist is empty");
    const view = (await (await fetch(`${origin}/api/register/patients/${id}`, { headers: { cookie } })).json()) as {
      request: unknown;
    };
    const body = JSON.stringify(view.request);
    const openTimes = await timeCalls(() => fetch(`${origin}/api/register/patients/${id}`, { headers: { cookie } }));
    const planTimes = await timeCalls(() =>
      fetch(`${origin}/api/plan`, { method: "POST", headers: { "content-type": "application/json" }, body }),
    );
    return { worklistTimes, openTimes, planTimes };
  });
  const large = await onRegister(port, 10_000, worklist);
  const ratio = p95(large) / p95(small.worklistTimes);
  console.log(
    `  (worklist p95 ${p95(small.worklistTimes).toFixed(1)} ms at 1,000 patients, ${p95(large).toFixed(1)} ms at 10,000; ${rounds} sequential requests each)`,
  );
  report({
    name: "register worklist p95 ratio (10,000 ÷ 1,000 patients)",
    shown: ratio.toFixed(2),
    target: "≤ 2",
    met: ratio <= 2,
  });
  const openRatio = p95(small.openTimes) / p95(small.planTimes);
  console.log(
    `  (opening one patient p95 ${p95(small.openTimes).toFixed(1)} ms, POST /api/plan of its request ${p95(small.planTimes).toFixed(1)} ms)`,
  );
  report({
    name: "register patient open ÷ POST /api/plan (p95)",
    shown: openRatio.toFixed(2),
    target: "≤ 2",
    met: openRatio <= 2,
  });
}
