/**
 * `npm run fuzz [-- --runs N] [-- --seed S]`: N generated cases (default 100,000) through
 * POST /api/plan, the route handler called directly. The generators and checks are the
 * property tests' own (tests/support): valid requests must be planned with every plan
 * invariant kept; mutated requests and random input must get a 200 or a 400 that names
 * fields, never a throw or a 5xx. Exits 1 on the first failure with the seed and the
 * shrunk counterexample, so `--seed S --runs N` replays it.
 */
import { spawnSync } from "node:child_process";
import fc from "fast-check";

// `--doors`: hostile input at every door of a real server instead (scripts/fuzz-doors.ts).
if (process.argv.includes("--doors")) {
  if (!process.argv.includes("--no-build")) {
    console.log("fuzz --doors: building the app…");
    for (const [command, args] of [
      ["bash", ["scripts/setup.sh"]],
      [process.execPath, ["node_modules/next/dist/bin/next", "build"]],
    ] as const) {
      const built = spawnSync(command, args, {
        stdio: ["ignore", "ignore", "inherit"],
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      });
      if (built.status !== 0) throw new Error(`fuzz --doors: ${command} ${args.join(" ")} exited ${built.status}`);
    }
  }
  const { fuzzDoors } = await import("./fuzz-doors");
  process.exit(await fuzzDoors());
}

function wholeNumberOption(name: string): number | undefined {
  const index = process.argv.indexOf(`--${name}`);
  if (index === -1) return undefined;
  const value = Number(process.argv[index + 1]);
  if (!Number.isSafeInteger(value)) {
    console.error(`fuzz: --${name} takes a whole number`);
    process.exit(2);
  }
  return value;
}

// The route handler is called here from source, on this thread: the door pool's worker entry is
// TypeScript, which only the build runs. Set before the route is imported, and only on this path,
// so the server that --doors starts keeps its threads.
process.env.JAK_DOOR_THREADS = "0";
const { fuzzCase } = await import("@/tests/support/arbitraries");
const { checkFuzzCase } = await import("@/tests/support/door-checks");

const runs = wholeNumberOption("runs") ?? 100_000;
const seed = wholeNumberOption("seed") ?? Date.now() ^ (Math.random() * 0x100000000);
const progressEvery = Math.max(1, Math.round(runs / 10));
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

// Counted until the first failure: shrinking re-runs smaller cases after it.
const tally = { cases: 0, planned: 0, refused: 0, failed: false };

console.log(`fuzz: ${runs} cases, seed ${seed}`);
const details = await fc.check(
  fc.asyncProperty(fuzzCase, async (entry) => {
    const { status, violations } = await checkFuzzCase(entry);
    if (violations.length > 0) {
      tally.failed = true;
      throw new Error(`${entry.kind} case broke the contract:\n- ${violations.join("\n- ")}`);
    }
    if (tally.failed) return;
    tally.cases += 1;
    if (status === 200) tally.planned += 1;
    else tally.refused += 1;
    if (tally.cases % progressEvery === 0) console.log(`fuzz: ${tally.cases}/${runs} cases (${seconds()} s)`);
  }),
  { numRuns: runs, seed },
);

if (details.failed) {
  console.log(fc.defaultReportMessage(details));
  console.log(details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance));
  console.log(
    `fuzz: ${details.numRuns} cases, 1 failure (seed ${seed}; replay with --seed ${seed} --runs ${details.numRuns}) in ${seconds()} s`,
  );
  process.exitCode = 1;
} else {
  console.log(
    `fuzz: ${tally.cases} cases, 0 failures (${tally.planned} valid plans, ${tally.refused} refused) in ${seconds()} s`,
  );
}
