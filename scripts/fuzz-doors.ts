/**
 * `npm run fuzz -- --doors [--requests N] [--no-build]`: hostile input at every door of a real
 * `next start`, as an attacker would send it: every address with every method (and CONNECT),
 * the API's fuzz cases, bodies too large (declared and streamed), hang-ups mid-body, broken
 * request lines and headers, JSON bombs, forged and replayed CDS Hooks tokens, the largest CDS
 * Hooks request and more than it takes; many at once. The server trusts one EHR whose keys are
 * made for the run. Fails (exit 1) on any 5xx, any connection the server drops without an answer
 * where one is due, the server dying, an error in its log, or its memory not coming back to its
 * starting band after the run (run twice, so a leak would also show as a second rise).
 */
import { readFileSync } from "node:fs";
import { Agent, request as httpRequest } from "node:http";
import { connect } from "node:net";
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { fuzzCase } from "@/tests/support/arbitraries";
import {
  hookRequest,
  largestHookRequest,
  medicationRequest,
  observationHistory,
  typicalHookRequest,
} from "@/tests/support/cds-requests";
import { checkAlive, freePort, startServer } from "./bench-server";

interface Outcome {
  label: string;
  status: number | "no answer" | "hung up by the client";
  expectAnswer: boolean;
}

const addresses = [
  "/",
  "/rules",
  "/rules/abrocitinib",
  "/rules/cases",
  "/api/plan",
  "/api/rules",
  "/api/health",
  "/api/openapi.json",
  "/cds-services",
  "/cds-services/jak-monitoring",
  "/no-such-page",
  "/_next/static/none.js",
  "/api/plan/",
  "/%2e%2e/api/plan",
];
const methods = [
  "GET",
  "HEAD",
  "POST",
  "PUT",
  "PATCH",
  "DELETE",
  "OPTIONS",
  "TRACE",
  "PROPFIND",
  "SEARCH",
  "LOCK",
  "PURGE",
];

function wholeNumber(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
}

/** Resident memory of a process in MB, from /proc. */
function residentMegabytes(pid: number): number {
  const line =
    readFileSync(`/proc/${pid}/status`, "utf8")
      .split("\n")
      .find((entry) => entry.startsWith("VmRSS:")) ?? "VmRSS: 0 kB";
  return Number(/\d+/.exec(line)?.[0] ?? 0) / 1024;
}

export async function fuzzDoors(): Promise<number> {
  const requests = wholeNumber("requests", 3000);
  if (!Number.isSafeInteger(requests) || requests < 1) throw new Error("fuzz --doors: --requests takes a whole number");
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const ehr = "https://ehr.fuzz.example";
  const { privateKey, publicKey } = await generateKeyPair("ES384");
  const jwk = { ...(await exportJWK(publicKey)), kid: "fuzz", alg: "ES384" };
  // Node collects its old space lazily, letting it grow far before it does; held to 128 MB it
  // must collect, so a leak shows as the server dying, and memory that was only garbage as the
  // resident size coming back to its band.
  const server = await startServer(port, 60_000, {
    NODE_OPTIONS: "--max-old-space-size=128",
    JAK_CDS_ALLOW_UNSIGNED: "",
    JAK_CDS_TRUSTED_ISSUERS: JSON.stringify([{ iss: ehr, jwks: { keys: [jwk] } }]),
    JAK_CDS_PUBLIC_URL: origin,
  });
  const pid = server.pid ?? 0;
  let log = "";
  server.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString("utf8")));
  server.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString("utf8")));
  const outcomes: Outcome[] = [];
  const agent = new Agent({ keepAlive: true, maxSockets: 32 });

  const token = (claims: { aud?: string; exp?: number; jti?: string } = {}) =>
    new SignJWT({})
      .setProtectedHeader({ alg: "ES384", kid: "fuzz", typ: "JWT" })
      .setIssuer(ehr)
      .setAudience(claims.aud ?? `${origin}/cds-services/jak-monitoring`)
      .setIssuedAt()
      .setExpirationTime(claims.exp ?? Math.floor(Date.now() / 1000) + 300)
      .setJti(claims.jti ?? randomUUID())
      .sign(privateKey);

  /**
   * One request on a kept-alive connection. A connection the server closed as idle just as it
   * was reused fails before any answer; as any HTTP client would, that one is sent again, once,
   * on a new connection, and only the second try counts.
   */
  function send(
    label: string,
    method: string,
    path: string,
    headers: Record<string, string> = {},
    body?: Buffer | string | Buffer[],
    fresh = false,
  ): Promise<void> {
    return new Promise((resolve) => {
      const outgoing = httpRequest(
        `${origin}${path}`,
        { method, headers, agent: fresh ? false : agent },
        (response) => {
          response.resume();
          response.on("end", () => {
            outcomes.push({ label, status: response.statusCode ?? 0, expectAnswer: true });
            resolve();
          });
        },
      );
      outgoing.on("error", () => {
        if (outgoing.reusedSocket && !fresh) return resolve(send(label, method, path, headers, body, true));
        outcomes.push({ label, status: "no answer", expectAnswer: true });
        resolve();
      });
      for (const chunk of body === undefined ? [] : [body].flat()) outgoing.write(chunk);
      outgoing.end();
    });
  }

  /** Raw bytes on a fresh connection; `hangUp` closes it after writing, before any answer. */
  function raw(label: string, bytes: string, hangUp = false): Promise<void> {
    return new Promise((resolve) => {
      const socket = connect(port, "127.0.0.1", () => {
        socket.write(bytes);
        if (hangUp) {
          setTimeout(() => socket.destroy(), 50);
          outcomes.push({ label, status: "hung up by the client", expectAnswer: false });
          resolve();
        }
      });
      let answer = "";
      socket.on("data", (chunk) => (answer += chunk.toString("latin1")));
      socket.on("close", () => {
        if (hangUp) return;
        const status = /^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1];
        outcomes.push({ label, status: status ? Number(status) : "no answer", expectAnswer: true });
        resolve();
      });
      socket.on("error", () => undefined);
      socket.setTimeout(10_000, () => socket.destroy());
    });
  }

  const json = { "content-type": "application/json" };
  const megabytes = (count: number) => Array.from({ length: count * 16 }, () => Buffer.alloc(64 * 1024, 0x20));
  const hookBody = JSON.stringify(typicalHookRequest());
  const planCases = fc.sample(fuzzCase, { numRuns: Math.max(100, Math.floor(requests / 3)), seed: 20261204 });

  const signed = async () => ({ ...json, authorization: `Bearer ${await token()}` });
  const abrocitinib = (index: number) =>
    medicationRequest({ medication: "abrocitinib 100 MG", doseMg: 100, start: "2027-01-04" }, index);
  const hostileHooks: [string, () => Promise<Record<string, string>>, string | Buffer[]][] = [
    ["no token", async () => json, hookBody],
    [
      "alg none",
      async () => ({
        ...json,
        authorization: `Bearer ${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from(`{"iss":"${ehr}"}`).toString("base64url")}.`,
      }),
      hookBody,
    ],
    [
      "expired token",
      async () => ({ ...json, authorization: `Bearer ${await token({ exp: Math.floor(Date.now() / 1000) - 3600 })}` }),
      hookBody,
    ],
    [
      "another audience",
      async () => ({
        ...json,
        authorization: `Bearer ${await token({ aud: "https://evil.example/cds-services/jak-monitoring" })}`,
      }),
      hookBody,
    ],
    ["garbage token", async () => ({ ...json, authorization: "Bearer x.y.z" }), hookBody],
    ["largest request", signed, JSON.stringify(largestHookRequest())],
    [
      "101 draft orders",
      signed,
      JSON.stringify(
        hookRequest(
          Array.from({ length: 101 }, (_, index) => abrocitinib(index)),
          observationHistory(10),
        ),
      ),
    ],
    ["JSON bomb", signed, `[${"{},".repeat(200_000)}{}]`],
    ["observations null", signed, JSON.stringify(hookRequest([abrocitinib(0)], [], { observationsPrefetch: null }))],
    ["5 MB body", signed, megabytes(5)],
    ["not JSON", signed, "{"],
  ];

  /** One round of every kind of hostile request; `cases` of the API's fuzz cases with it. */
  async function round(
    cases: readonly { kind: string; body: string }[],
    hookRounds: number,
  ): Promise<(() => Promise<void>)[]> {
    const jobs: (() => Promise<void>)[] = [];
    for (const path of addresses)
      for (const method of methods)
        jobs.push(() =>
          send(`${method} ${path}`, method, path, json, method === "GET" || method === "HEAD" ? undefined : "{}"),
        );
    for (const { kind, body } of cases) jobs.push(() => send(`api fuzz (${kind})`, "POST", "/api/plan", json, body));
    for (let repeat = 0; repeat < hookRounds; repeat += 1) {
      for (const [label, headers, body] of hostileHooks)
        jobs.push(async () => send(`cds: ${label}`, "POST", "/cds-services/jak-monitoring", await headers(), body));
    }
    const replayed = await token();
    jobs.push(() =>
      send(
        "cds: first use of a token",
        "POST",
        "/cds-services/jak-monitoring",
        { ...json, authorization: `Bearer ${replayed}` },
        hookBody,
      ),
    );
    jobs.push(() =>
      send(
        "cds: replayed token",
        "POST",
        "/cds-services/jak-monitoring",
        { ...json, authorization: `Bearer ${replayed}` },
        hookBody,
      ),
    );
    for (let repeat = 0; repeat < 5; repeat += 1) {
      jobs.push(() => send("api: 2 MB streamed", "POST", "/api/plan", json, megabytes(2)));
      jobs.push(() =>
        send(
          "api: 2 MB declared",
          "POST",
          "/api/plan",
          { ...json, "content-length": String(2 * 1024 * 1024) },
          megabytes(2),
        ),
      );
      jobs.push(() =>
        raw(
          "hang-up mid-body",
          `POST /api/plan HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 60000\r\n\r\n{"a":"${"x".repeat(10_000)}`,
          true,
        ),
      );
      jobs.push(() =>
        raw(
          "hang-up mid-hook",
          `POST /cds-services/jak-monitoring HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n4000\r\n${"x".repeat(8000)}`,
          true,
        ),
      );
      jobs.push(() => raw("CONNECT", "CONNECT example.org:443 HTTP/1.1\r\nHost: example.org:443\r\n\r\n"));
      jobs.push(() => raw("TRACK", "TRACK /api/plan HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
      jobs.push(() => raw("garbage request line", "GARBAGE\r\n\r\n"));
      jobs.push(() =>
        raw(
          "32 kB header",
          `GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(32 * 1024)}\r\nConnection: close\r\n\r\n`,
        ),
      );
      jobs.push(() =>
        raw(
          "length and chunked",
          "POST /api/plan HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n",
        ),
      );
      jobs.push(() => raw("HTTP/0.9", "GET /\r\n\r\n"));
    }
    return jobs;
  }

  /** The jobs shuffled (fixed seed) and sent 32 at a time, so the hostile and the ordinary arrive together. */
  let peakMemory = 0;
  async function run(jobs: (() => Promise<void>)[]) {
    const order =
      fc.sample(
        fc.shuffledSubarray(
          jobs.map((_, index) => index),
          { minLength: jobs.length, maxLength: jobs.length },
        ),
        { numRuns: 1, seed: 7 },
      )[0] ?? [];
    for (let at = 0; at < order.length; at += 32) {
      await Promise.all(order.slice(at, at + 32).map((index) => jobs[index]?.() ?? Promise.resolve()));
      peakMemory = Math.max(peakMemory, residentMegabytes(pid));
      checkAlive(server);
    }
  }

  // The starting band: the server's memory once it has met every kind of request (its code
  // loaded and compiled, its caches filled), after one small round of the same mix.
  await run(await round(planCases.slice(0, 50), 1));
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const startMemory = residentMegabytes(pid);
  peakMemory = startMemory;
  const warmUp = outcomes.length;
  console.log(
    `fuzz --doors: next start on ${origin} (pid ${pid}), ${startMemory.toFixed(0)} MB resident after a warm-up of ${warmUp} requests`,
  );

  // The run, twice: memory that grew with each run (a leak) would show as a second rise.
  const started = performance.now();
  const settled = async () => {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    return residentMegabytes(pid);
  };
  await run(await round(planCases, Math.max(3, Math.floor(requests / 600))));
  const afterFirst = await settled();
  await run(await round(planCases, Math.max(3, Math.floor(requests / 600))));
  agent.destroy();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);

  // Memory: Node keeps much of a heap it has grown, so the band is a margin over the start
  // (a third, at least 64 MB), and the second run must not raise it further (16 MB of slack).
  const band = Math.max(startMemory * 1.35, startMemory + 64);
  const endMemory = await settled();
  const grewAgain = endMemory > afterFirst + 16;
  checkAlive(server);
  server.kill();

  const failures = outcomes.filter(
    (outcome) =>
      (typeof outcome.status === "number" && outcome.status >= 500) ||
      (outcome.expectAnswer && outcome.status === "no answer"),
  );
  const logErrors = log
    .split("\n")
    .filter((line) => /⨯|Error|TypeError|unsupported|aborted|ECONNRESET|\bat .+:\d+:\d+/.test(line));
  const byStatus = new Map<string, number>();
  for (const outcome of outcomes) byStatus.set(String(outcome.status), (byStatus.get(String(outcome.status)) ?? 0) + 1);
  console.log(
    `fuzz --doors: ${outcomes.length} requests in ${seconds} s; answers ${[...byStatus]
      .sort()
      .map(([status, count]) => `${status}×${count}`)
      .join(", ")}`,
  );
  console.log(
    `fuzz --doors: memory ${startMemory.toFixed(0)} MB at the start, ${peakMemory.toFixed(0)} MB at the peak, ${afterFirst.toFixed(0)} MB after the first run and ${endMemory.toFixed(0)} MB after the second (band ≤ ${band.toFixed(0)} MB)`,
  );
  for (const failure of failures.slice(0, 20)) console.log(`  FAILED: ${failure.label} → ${failure.status}`);
  for (const line of logErrors.slice(0, 20)) console.log(`  SERVER LOG: ${line}`);
  const inBand = endMemory <= band && !grewAgain;
  const passed = failures.length === 0 && logErrors.length === 0 && inBand;
  console.log(
    passed
      ? "fuzz --doors: 0 5xx, 0 crashes, memory back in its band"
      : `fuzz --doors: FAILED (${failures.length} 5xx or dropped, ${logErrors.length} log errors, memory ${inBand ? "in" : "out of"} its band)`,
  );
  return passed ? 0 : 1;
}
