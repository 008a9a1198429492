/**
 * `npm run fuzz [-- --runs N] [-- --seed S] [-- --visits]`: N generated cases (default 100,000)
 * through POST /api/plan, the route handler called directly (with --visits, through the
 * visit-planning property instead). The generators and checks are the
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
const { fuzzCase, validPlanRequest } = await import("@/tests/support/arbitraries");
const { checkFuzzCase } = await import("@/tests/support/door-checks");
const { planningViolations, visitPlanningSettings } = await import("@/tests/support/visit-planning-checks");

// `--visits`: the visit-planning property (every test still drawn, nothing a label dates moved but
// off a weekend, …) on generated requests and clinic settings, instead of the API's cases.
const visits = process.argv.includes("--visits");
const runs = wholeNumberOption("runs") ?? 100_000;
const seed = wholeNumberOption("seed") ?? Date.now() ^ (Math.random() * 0x100000000);
const progressEvery = Math.max(1, Math.round(runs / 10));
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

// Counted until the first failure: shrinking re-runs smaller cases after it.
const tally = { cases: 0, failed: false, outcomes: new Map<string, number>() };

/** One case's verdict: a failure ends the run with what broke; a pass is counted under `outcome`. */
function judge(violations: string[], outcome: string, broke: string): void {
  if (violations.length > 0) {
    tally.failed = true;
    throw new Error(`${broke}:\n- ${violations.join("\n- ")}`);
  }
  if (tally.failed) return;
  tally.cases += 1;
  tally.outcomes.set(outcome, (tally.outcomes.get(outcome) ?? 0) + 1);
  if (tally.cases % progressEvery === 0) console.log(`fuzz: ${tally.cases}/${runs} cases (${seconds()} s)`);
}

console.log(`fuzz${visits ? " --visits" : ""}: ${runs} cases, seed ${seed}`);
/** One property run with the run's count and seed: whether it failed, after how many cases, and fast-check's report. */
async function check<Ts extends [unknown, ...unknown[]]>(property: fc.IAsyncProperty<Ts>) {
  const details = await fc.check(property, { numRuns: runs, seed });
  const error = details.failed && details.errorInstance instanceof Error ? details.errorInstance.message : "";
  return {
    failed: details.failed,
    numRuns: details.numRuns,
    report: details.failed ? `${fc.defaultReportMessage(details)}\n${error || String(details.errorInstance)}` : "",
  };
}
const details = visits
  ? await check(
      fc.asyncProperty(validPlanRequest, visitPlanningSettings, async (request, settings) =>
        judge(
          planningViolations(request, settings),
          settings.mergeWithinDays > 0 || settings.avoidWeekends ? "with visit planning" : "without",
          "visit planning broke its rules",
        ),
      ),
    )
  : await check(
      fc.asyncProperty(fuzzCase, async (entry) => {
        const { status, violations } = await checkFuzzCase(entry);
        judge(violations, status === 200 ? "valid plans" : "refused", `${entry.kind} case broke the contract`);
      }),
    );

const replay = `--seed ${seed} --runs ${details.numRuns}${visits ? " --visits" : ""}`;
if (details.failed) {
  console.log(details.report);
  console.log(`fuzz: ${details.numRuns} cases, 1 failure (seed ${seed}; replay with ${replay}) in ${seconds()} s`);
  process.exitCode = 1;
} else {
  const outcomes = [...tally.outcomes].map(([outcome, count]) => `${count} ${outcome}`).join(", ");
  console.log(`fuzz: ${tally.cases} cases, 0 failures (${outcomes}) in ${seconds()} s`);
}
