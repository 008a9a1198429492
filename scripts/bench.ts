/**
 * `npm run bench`: the project's speed figures, each a ratio to a floor measured in the same run.
 * Builds the app, then prints one line per figure (`name: value (target …)`) and exits 1
 * when any target is missed. A script, not a test: timings belong here, not in CI asserts.
 *
 *   engine throughput and p99  — buildPlan over varied valid requests, one core (median of 9 rounds)
 *   first-load ratio           — planner route's first-load JS ÷ the framework floor (/_not-found), gzip
 *   API ratio                  — POST /api/plan req/s ÷ the same body POSTed to a route that only reads
 *                                and parses it (/api/bench/post-floor, on for the bench's server only;
 *                                autocannon, 64 connections, 10 s each in alternating 2 s slices)
 *   CDS Hooks ratio            — the largest CDS Hooks request the service reads (100 draft orders, 2,000
 *                                observations, 1 MB) against a typical one (one order, a year of results):
 *                                requests per second of each (autocannon, 8 connections, alternating slices)
 *   Lighthouse                 — mobile performance, total blocking time and accessibility of the planner
 *                                (median of five runs), against the framework floor (Next.js's own
 *                                /_not-found page) measured in runs taken in turn with the planner's
 *
 * `npm run bench -- --only engine,first-load,api,cds,lighthouse` measures only the figures named.
 * The server is started on a free port the system gives; the script stops if that server does not
 * start or dies, and prints the port and the commit measured.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import fc from "fast-check";
import { addWeeks, toCalendarDate } from "@/lib/dates/calendar-date";
import { workedExampleRequest } from "@/lib/explorer/worked-example";
import { buildPlan } from "@/lib/plan";
import { planRequestSchema, type PlanRequest } from "@/lib/contract/plan-request";
import { checkAlive, commitMeasured, freePort, startServer } from "./bench-server";
import { validPlanRequest } from "../tests/support/arbitraries";
import { largestHookRequest, typicalHookRequest } from "../tests/support/cds-requests";
import { measureRegister } from "./bench-register";

interface Figure {
  name: string;
  shown: string;
  target: string;
  met: boolean;
}

const figures: Figure[] = [];

function report(figure: Figure) {
  figures.push(figure);
  console.log(`${figure.name}: ${figure.shown} (target ${figure.target})${figure.met ? "" : "  ← MISSED"}`);
}

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} exited ${result.status}`);
}

/** The same varied set every run: fast-check's request generator with a fixed seed. */
function benchRequests(count: number): PlanRequest[] {
  return fc
    .sample(validPlanRequest, { numRuns: count, seed: 20261126 })
    .map((request) => planRequestSchema.parse(request));
}

/** Plans per second of each round, and every plan's own duration in ms. */
function timeEngine(requests: readonly PlanRequest[], rounds: number, roundNs: bigint) {
  const rates: number[] = [];
  const durations: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = process.hrtime.bigint();
    let planned = 0;
    while (process.hrtime.bigint() - started < roundNs) {
      for (const request of requests) {
        const before = process.hrtime.bigint();
        buildPlan(request);
        durations.push(Number(process.hrtime.bigint() - before) / 1e6);
      }
      planned += requests.length;
    }
    rates.push(planned / (Number(process.hrtime.bigint() - started) / 1e9));
  }
  return { rates, durations };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function measureEngine() {
  const requests = benchRequests(1_000);
  const withFollowUps = requests.filter(
    (request) => request.labs?.some((lab) => lab.date > request.startDate) || request.doseChanges?.length,
  ).length;
  for (let warm = 0; warm < 3; warm += 1) requests.forEach((request) => buildPlan(request));

  // Nine rounds of half a second: this machine's speed drifts by tens of percent over
  // seconds, so the throughput is the median round, shown with the slowest and fastest.
  const { rates, durations } = timeEngine(requests, 9, 500_000_000n);
  const perSecond = median(rates);
  durations.sort((a, b) => a - b);
  const p99 = durations[Math.floor(durations.length * 0.99)] ?? Number.POSITIVE_INFINITY;
  const plans = (rate: number) => Math.round(rate).toLocaleString("en-US");
  console.log(
    `  (${durations.length} plans of ${requests.length} requests, ${withFollowUps} with follow-up results or dose changes, all nine drugs; rounds ${plans(Math.min(...rates))}–${plans(Math.max(...rates))} plans/s)`,
  );
  report({
    name: "engine throughput",
    shown: `${plans(perSecond)} plans/s`,
    target: "≥ 20,000 plans/s",
    met: perSecond >= 20_000,
  });
  report({ name: "engine p99", shown: `${p99.toFixed(3)} ms`, target: "< 1 ms", met: p99 < 1 });
}

function gzipBytes(route: string): number {
  const stats = JSON.parse(readFileSync(".next/diagnostics/route-bundle-stats.json", "utf8")) as {
    route: string;
    firstLoadChunkPaths: string[];
  }[];
  const entry = stats.find((candidate) => candidate.route === route);
  if (!entry) throw new Error(`${route} is not in route-bundle-stats.json`);
  return entry.firstLoadChunkPaths.reduce((total, path) => total + gzipSync(readFileSync(path)).length, 0);
}

function measureFirstLoad() {
  const planner = gzipBytes("/");
  const floor = gzipBytes("/_not-found");
  const ratio = planner / floor;
  console.log(
    `  (planner ${(planner / 1024).toFixed(1)} kB gzip, framework floor ${(floor / 1024).toFixed(1)} kB gzip)`,
  );
  report({ name: "first-load ratio", shown: ratio.toFixed(3), target: "≤ 1.3", met: ratio <= 1.3 });
}

async function load(options: autocannon.Options, seconds: number, connections = 64): Promise<autocannon.Result> {
  return autocannon({ connections, duration: seconds, ...options });
}

/** A typical visit: abrocitinib's worked example (baseline labs and screens) plus its week-4 results. */
function typicalRequestBody(): string {
  const request = workedExampleRequest("abrocitinib");
  const week4Date = addWeeks(toCalendarDate(request.startDate), 4);
  const week4 = (request.labs ?? []).map((lab) => ({ ...lab, date: week4Date }));
  return JSON.stringify({ ...request, labs: [...(request.labs ?? []), ...week4], asOf: week4Date });
}

// 10 s per route, as five 2 s slices taken in turn: this machine's speed drifts by tens of
// percent over seconds, and back-to-back 10 s runs let that drift decide the ratio.
const slices = 5;
const sliceSeconds = 2;

/** "0.91 (slices 0.88–0.95)": a ratio of totals with the spread of the slices' own ratios. */
function ratioWithSpread(total: number, sliceRatios: readonly number[], digits = 3): string {
  const low = Math.min(...sliceRatios).toFixed(digits);
  const high = Math.max(...sliceRatios).toFixed(digits);
  return `${total.toFixed(digits)} (slices ${low}–${high})`;
}

async function measureApi(origin: string) {
  const post = (path: string) => ({
    url: `${origin}${path}`,
    method: "POST" as const,
    headers: { "content-type": "application/json" },
    body: typicalRequestBody(),
  });
  const plan = post("/api/plan");
  // The same body, read and parsed by a route that does nothing else: the framework's own POST cost.
  const floor = post("/api/bench/post-floor");
  await load(plan, 3);
  await load(floor, 2);
  const totals = { plan: 0, floor: 0, failures: 0 };
  const sliceRatios: number[] = [];
  for (let slice = 0; slice < slices; slice += 1) {
    const counts = { plan: 0, floor: 0 };
    for (const [route, options] of [
      ["plan", plan],
      ["floor", floor],
    ] as const) {
      const result = await load(options, sliceSeconds);
      counts[route] = result.requests.total;
      totals[route] += result.requests.total;
      totals.failures += result.errors + result.timeouts + result.non2xx;
    }
    sliceRatios.push(counts.plan / counts.floor);
  }
  const seconds = slices * sliceSeconds;
  const ratio = totals.plan / totals.floor;
  console.log(
    `  (POST /api/plan with a typical request, ${Math.round(totals.plan / seconds)} req/s; the same body to the POST floor route, ${Math.round(totals.floor / seconds)} req/s; 64 connections, ${seconds} s each in ${slices} alternating slices)`,
  );
  report({
    name: "API ratio (plan ÷ POST floor)",
    shown: ratioWithSpread(ratio, sliceRatios),
    target: "≥ 0.85",
    met: ratio >= 0.85,
  });
  report({ name: "API errors and timeouts", shown: String(totals.failures), target: "0", met: totals.failures === 0 });
}

/**
 * The largest CDS Hooks request the service reads against a typical one, in requests per second
 * of each, taken in alternating slices as the API ratio is. 8 connections: enough to keep both
 * cores busy without queueing megabyte bodies behind each other.
 */
async function measureCdsHooks(origin: string) {
  const url = `${origin}/cds-services/jak-monitoring`;
  const typicalBody = JSON.stringify(typicalHookRequest());
  const largestBody = JSON.stringify(largestHookRequest());
  const request = (body: string) => ({
    url,
    method: "POST" as const,
    headers: { "content-type": "application/json" },
    body,
  });
  const typical = request(typicalBody);
  const largest = request(largestBody);
  await load(typical, 2, 8);
  await load(largest, 2, 8);
  const totals = { typical: 0, largest: 0, failures: 0 };
  const sliceRatios: number[] = [];
  for (let slice = 0; slice < slices; slice += 1) {
    const counts = { typical: 0, largest: 0 };
    for (const [kind, options] of [
      ["typical", typical],
      ["largest", largest],
    ] as const) {
      const result = await load(options, sliceSeconds, 8);
      counts[kind] = result.requests.total;
      totals[kind] += result.requests.total;
      totals.failures += result.errors + result.timeouts + result.non2xx;
    }
    sliceRatios.push(counts.typical / counts.largest);
  }
  // While the largest requests arrive, the server must still answer others promptly.
  const [health] = await Promise.all([
    load({ url: `${origin}/api/health` }, sliceSeconds, 1),
    load(largest, sliceSeconds, 4),
  ]);
  const seconds = slices * sliceSeconds;
  const kB = (body: string) => Math.round(Buffer.byteLength(body) / 1024);
  const ratio = totals.typical / totals.largest;
  console.log(
    `  (typical: one order, 48 results, ${kB(typicalBody)} kB, ${Math.round(totals.typical / seconds)} req/s; largest: 100 draft orders, 2,000 results, ${kB(largestBody)} kB, ${Math.round(totals.largest / seconds)} req/s; 8 connections, ${seconds} s each in ${slices} alternating slices)`,
  );
  console.log(
    `  (GET /api/health beside 4 connections sending the largest request: p99 ${health.latency.p99} ms, max ${health.latency.max} ms)`,
  );
  report({
    name: "CDS Hooks ratio (largest ÷ typical cost)",
    shown: ratioWithSpread(ratio, sliceRatios, 2),
    target: "≤ 5",
    met: ratio <= 5,
  });
  report({
    name: "CDS Hooks errors and timeouts",
    shown: String(totals.failures),
    target: "0",
    met: totals.failures === 0,
  });
}

type LighthouseCategory = "performance" | "accessibility";

interface LighthouseRun {
  /** Category scores, 0–100, of the categories asked for. */
  scores: Partial<Record<LighthouseCategory, number>>;
  /** Total blocking time, ms: the main thread's long tasks while the page loads. */
  totalBlockingTimeMs: number;
}

/**
 * One Lighthouse run of `url`. The framework floor is a page Next.js serves with a 404 status,
 * so only that run passes `ignoreStatus`.
 */
function lighthouseRun(
  url: string,
  categories: readonly LighthouseCategory[],
  ignoreStatus = false,
  attempt = 1,
): LighthouseRun {
  const chrome = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  const result = spawnSync(
    "node_modules/.bin/lighthouse",
    [
      url,
      `--only-categories=${categories.join(",")}`,
      ...(ignoreStatus ? ["--ignore-status-code"] : []),
      "--output=json",
      "--output-path=stdout",
      "--quiet",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --no-first-run",
    ],
    { encoding: "utf8", env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0) {
    // A trace Lighthouse itself failed to record ("Please run Lighthouse again") is run again, up to
    // twice: on this busy machine NO_NAVSTART came twice in a row once.
    if (attempt < 3 && result.stderr.includes("Runtime error encountered")) {
      console.log(`  (Lighthouse could not record ${url} and ran it again: ${result.stderr.trim().split("\n")[0]})`);
      return lighthouseRun(url, categories, ignoreStatus, attempt + 1);
    }
    throw new Error(`lighthouse exited ${result.status}: ${result.stderr}`);
  }
  const report = JSON.parse(result.stdout) as {
    categories: Record<string, { score: number | null }>;
    audits: Record<string, { numericValue?: number }>;
  };
  return {
    scores: Object.fromEntries(
      categories.map((category) => [category, Math.round((report.categories[category]?.score ?? 0) * 100)]),
    ),
    totalBlockingTimeMs: Math.round(report.audits["total-blocking-time"]?.numericValue ?? Number.NaN),
  };
}

// Lighthouse's variability guide: the median of five runs is about twice as stable as one run
// (https://github.com/GoogleChrome/lighthouse/blob/main/docs/variability.md).
const lighthouseRuns = 5;

// An address no route serves: Next.js answers it with its own /_not-found page, the same floor
// as the first-load ratio's. Its score shows what this machine allows any page of this framework.
const frameworkFloorPath = "/bench-framework-floor";

function measureLighthouse(origin: string) {
  const planner: LighthouseRun[] = [];
  const floor: LighthouseRun[] = [];
  // Taken in turn, as the API's slices are, so the machine's drift weighs on both alike.
  for (let run = 0; run < lighthouseRuns; run += 1) {
    planner.push(lighthouseRun(`${origin}/`, ["performance", "accessibility"]));
    floor.push(lighthouseRun(`${origin}${frameworkFloorPath}`, ["performance"], true));
  }
  const scores = (runs: LighthouseRun[], category: LighthouseCategory) => runs.map((run) => run.scores[category] ?? 0);
  const blocking = (runs: LighthouseRun[]) => runs.map((run) => run.totalBlockingTimeMs);
  const spread = (values: number[]) => `${Math.min(...values)}–${Math.max(...values)}`;
  const performance = median(scores(planner, "performance"));
  const floorPerformance = median(scores(floor, "performance"));
  const blockingRatio = median(blocking(planner)) / Math.max(median(blocking(floor)), 1);
  console.log(
    `  (planner page, ${lighthouseRuns} runs: performance ${scores(planner, "performance").join(", ")}; total blocking time ${blocking(planner).join(", ")} ms; accessibility ${scores(planner, "accessibility").join(", ")})`,
  );
  console.log(
    `  (framework floor, Next.js's own /_not-found page, in turn with those runs: performance ${scores(floor, "performance").join(", ")}; total blocking time ${blocking(floor).join(", ")} ms)`,
  );
  report({
    name: "Lighthouse performance (mobile), planner − floor",
    shown: `${performance - floorPerformance} (planner ${performance}, runs ${spread(scores(planner, "performance"))}; floor ${floorPerformance}, runs ${spread(scores(floor, "performance"))})`,
    target: "≥ −3",
    met: performance - floorPerformance >= -3,
  });
  report({
    name: "Lighthouse total blocking time, planner ÷ floor",
    shown: `${blockingRatio.toFixed(2)} (planner ${median(blocking(planner))} ms, runs ${spread(blocking(planner))}; floor ${median(blocking(floor))} ms, runs ${spread(blocking(floor))})`,
    target: "≤ 1.25",
    met: blockingRatio <= 1.25,
  });
  const accessibility = median(scores(planner, "accessibility"));
  report({
    name: "Lighthouse accessibility (mobile)",
    shown: `${accessibility} (runs ${spread(scores(planner, "accessibility"))})`,
    target: "100",
    met: accessibility === 100,
  });
}

const figureNames = ["engine", "first-load", "api", "cds", "lighthouse", "register"] as const;
type FigureName = (typeof figureNames)[number];

/** The figures asked for with `--only a,b`, or all of them. */
function chosenFigures(): Set<FigureName> {
  const index = process.argv.indexOf("--only");
  if (index === -1) return new Set(figureNames);
  const names = (process.argv[index + 1] ?? "").split(",").filter(Boolean);
  const unknown = names.filter((name) => !(figureNames as readonly string[]).includes(name));
  if (names.length === 0 || unknown.length > 0) {
    console.error(`bench: --only takes a comma-separated list of ${figureNames.join(", ")}`);
    process.exit(2);
  }
  return new Set(names as FigureName[]);
}

async function main() {
  const chosen = chosenFigures();
  const needsServer = chosen.has("api") || chosen.has("cds") || chosen.has("lighthouse");
  const needsBuild = chosen.has("first-load") || needsServer || chosen.has("register");
  console.log(`bench: commit ${commitMeasured()}, figures ${[...chosen].join(", ")}`);
  if (needsBuild) {
    console.log("Building the app…");
    run("bash", ["scripts/setup.sh"]);
    if (chosen.has("lighthouse")) run("bash", ["scripts/ensure-chromium.sh"]);
    run(process.execPath, ["node_modules/next/dist/bin/next", "build"], { NEXT_TELEMETRY_DISABLED: "1" });
  }

  if (chosen.has("engine")) measureEngine();
  if (chosen.has("first-load")) measureFirstLoad();
  if (needsServer) {
    const port = await freePort();
    const server = await startServer(port, 30_000, { JAK_BENCH_FLOOR: "1" });
    const origin = `http://127.0.0.1:${port}`;
    console.log(`bench: measuring next start on ${origin} (pid ${server.pid})`);
    const stop = () => server.kill();
    process.on("SIGINT", () => {
      stop();
      process.exit(130);
    });
    try {
      if (chosen.has("api")) await measureApi(origin);
      checkAlive(server);
      if (chosen.has("cds")) await measureCdsHooks(origin);
      checkAlive(server);
      if (chosen.has("lighthouse")) measureLighthouse(origin);
      checkAlive(server);
    } finally {
      stop();
    }
  }
  // The register on a port of its own, with a fresh seeded register each.
  if (chosen.has("register")) await measureRegister(await freePort(), report);
  const missed = figures.filter((figure) => !figure.met);
  console.log(
    missed.length === 0
      ? "bench: every target met"
      : `bench: ${missed.length} target(s) missed: ${missed.map((figure) => figure.name).join(", ")}`,
  );
  process.exitCode = missed.length === 0 ? 0 : 1;
}

await main();
