import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/plan/route";
import { maxBodyBytes, respondToPlanRequest } from "@/lib/doors/plan-door";
import type { PlanRequestInput } from "@/lib/contract/plan-request";
import type { DrugId } from "@/rules/types";
import { allDrugs, cleanRequest, minimalRequest, plan } from "../support/requests";

// The contract's three doors — POST /api/plan, the CLI and the engine function — must give
// byte-for-byte the same response for the same request.

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

async function post(
  body: BodyInit,
  contentType: string | null = "application/json",
): Promise<{ status: number; text: string; contentType: string | null }> {
  const headers: Record<string, string> = contentType === null ? {} : { "content-type": contentType };
  const response = await POST(new Request("http://localhost/api/plan", { method: "POST", headers, body }));
  return { status: response.status, text: await response.text(), contentType: response.headers.get("content-type") };
}

/** The CLI as a user runs it (`npm run -s plan < request.json`); each spawn costs ~0.5 s, so few are used. */
function cli(
  body: string,
  env: Record<string, string> = {},
): { exitCode: number | null; stdout: string; stderr: string } {
  const result = spawnSync("node_modules/.bin/tsx", ["scripts/plan-cli.ts"], {
    cwd: repoRoot,
    input: body,
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 30_000,
  });
  return { exitCode: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("POST /api/plan and the engine function give the same bytes", () => {
  it.each(allDrugs)("a valid %s request → 200, same body as respondToPlanRequest", async (drug) => {
    const body = JSON.stringify(cleanRequest(drug, { routineIntervalMonths: 3, doseChanges: undefined }));
    const expected = respondToPlanRequest(body);
    const response = await post(body);
    expect(expected.status).toBe(200);
    expect(response.status).toBe(200);
    expect(response.text).toBe(expected.body);
    expect(response.contentType).toMatch(/^application\/json/);
    expect(JSON.parse(response.text)).toMatchObject({ contractVersion: 1, drug });
  });

  it.each(allDrugs)("a minimal %s request → 200, same body as respondToPlanRequest", async (drug) => {
    const body = JSON.stringify(minimalRequest(drug));
    const response = await post(body);
    expect(response.status).toBe(200);
    expect(response.text).toBe(respondToPlanRequest(body).body);
  });

  it.each([
    ["unknown field", JSON.stringify({ ...minimalRequest("abrocitinib"), foo: 1 })],
    ["indication the drug lacks", JSON.stringify({ ...minimalRequest("ritlecitinib"), indication: "psoriasis" })],
    ["impossible date", JSON.stringify({ ...minimalRequest("abrocitinib"), startDate: "2027-02-30" })],
    ["not JSON", "{"],
    ["a JSON array", "[]"],
  ])("a refused request (%s) → 400, same body as respondToPlanRequest", async (_name, body) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(response.text).toBe(respondToPlanRequest(body).body);
  });
});

describe("the CLI gives the same bytes as the route", () => {
  it("a valid abrocitinib request, CLI run in another zone (UTC+14) → exit 0, stdout identical to the route's body", async () => {
    const body = JSON.stringify(
      minimalRequest("abrocitinib", { doseChanges: [{ date: "2027-03-01", doseMg: 200 }], routineIntervalMonths: 3 }),
    );
    const route = await post(body);
    const run = cli(body, { TZ: "Pacific/Kiritimati" });
    expect(run.stderr).toBe("");
    expect(run.exitCode).toBe(0);
    expect(route.status).toBe(200);
    expect(run.stdout).toBe(route.text);
    expect(run.stdout).toBe(respondToPlanRequest(body).body);
  });

  it("a refused request → exit 2, stdout identical to the route's 400 body", async () => {
    const body = JSON.stringify({
      ...minimalRequest("abrocitinib"),
      startDate: "2027-02-30",
      patient: { ageYears: -1, sex: "female", foo: 1 },
    });
    const route = await post(body);
    const run = cli(body);
    expect(run.exitCode).toBe(2);
    expect(route.status).toBe(400);
    expect(run.stdout).toBe(route.text);
  });

  // The route decodes the bytes with TextDecoder, which drops a leading UTF-8 byte-order
  // mark; the CLI (Buffer#toString) keeps it and respondToPlanRequest refuses it as "not
  // valid JSON". The same bytes must get the same answer through every door.
  it("a body starting with a UTF-8 byte-order mark gets the same status and bytes from the CLI as from the route", async () => {
    const text = `\uFEFF${JSON.stringify(minimalRequest("abrocitinib"))}`;
    const route = await post(new TextEncoder().encode(text));
    const run = cli(text);
    expect({ status: run.exitCode === 0 ? 200 : 400, body: run.stdout }).toEqual({
      status: route.status,
      body: route.text,
    });
  });
});

describe("POST /api/plan refuses bad requests with 400 (413 when too large), never 5xx", () => {
  const valid = JSON.stringify(minimalRequest("abrocitinib"));

  it.each<[string, string | null, number]>([
    ["text/plain", "text/plain", 400],
    ["no content type", null, 400],
    ["application/x-www-form-urlencoded", "application/x-www-form-urlencoded", 400],
    ["application/jsonp", "application/jsonp", 400],
    ["application/json; charset=utf-8", "application/json; charset=utf-8", 200],
    ["Application/JSON", "Application/JSON", 200],
  ])("content type %s → %d", async (_name, contentType, status) => {
    const response = await post(valid, contentType);
    expect(response.status).toBe(status);
    if (status === 400)
      expect(JSON.parse(response.text)).toEqual({
        errors: [{ path: "", message: expect.stringMatching(/Content-Type/) }],
      });
  });

  it.each([
    ["64 kB + 1 byte of padding", JSON.stringify({ ...minimalRequest("abrocitinib"), note: "x".repeat(maxBodyBytes) })],
    [
      "22,000 three-byte characters (over 64 kB in bytes)",
      JSON.stringify({ ...minimalRequest("abrocitinib"), note: "€".repeat(22_000) }),
    ],
    ["1 MB", "x".repeat(1024 * 1024)],
  ])('a body over 64 kB (%s) → 413 path ""', async (_name, body) => {
    const response = await post(body);
    expect(response.status).toBe(413);
    expect(JSON.parse(response.text)).toEqual({
      errors: [{ path: "", message: expect.stringMatching(/larger than 64 kB/) }],
    });
  });

  it("dose changes with a row that is not an object beside a dated one → 400 naming the row, not a throw", () => {
    const body = JSON.stringify({
      ...minimalRequest("abrocitinib"),
      doseChanges: [null, { date: "2027-03-01", doseMg: 100 }],
    });
    const answer = respondToPlanRequest(body);
    expect(answer.status).toBe(400);
    expect((JSON.parse(answer.body) as { errors: { path: string }[] }).errors.map((error) => error.path)).toEqual([
      "doseChanges.0",
    ]);
  });

  it("a body of exactly 64 kB is read and judged on its content", async () => {
    const request = JSON.stringify(minimalRequest("abrocitinib"));
    const body = `${request}${" ".repeat(maxBodyBytes - Buffer.byteLength(request))}`;
    expect(Buffer.byteLength(body)).toBe(maxBodyBytes);
    const response = await post(body);
    expect(response.status).toBe(200);
  });

  it("a declared Content-Length over 64 kB → 413 without reading the body", async () => {
    const response = await POST(
      new Request("http://localhost/api/plan", {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": String(maxBodyBytes + 1) },
        body: valid,
      }),
    );
    expect(response.status).toBe(413);
    expect(JSON.parse(await response.text())).toEqual({
      errors: [{ path: "", message: expect.stringMatching(/larger than 64 kB/) }],
    });
  });

  it.each<[string, number, string | null]>([
    ["?format=xml", 400, "format"],
    ["?format=", 400, "format"],
    ["?utm=1", 200, null],
    ["?", 200, null],
  ])("a query string %s → %d", async (query, status, errorPath) => {
    const response = await POST(
      new Request(`http://localhost/api/plan${query}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: valid,
      }),
    );
    expect(response.status).toBe(status);
    const text = await response.text();
    if (errorPath === null) expect(text).toBe(respondToPlanRequest(valid).body);
    else
      expect(JSON.parse(text)).toEqual({
        errors: [{ path: errorPath, message: 'format must be "fhir" or left out.' }],
      });
  });

  it("a body with its Content-Length declared is read whole and planned", async () => {
    const response = await POST(
      new Request("http://localhost/api/plan", {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": String(Buffer.byteLength(valid)) },
        body: valid,
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(respondToPlanRequest(valid).body);
  });

  it("a body over 64 kB behind a Content-Length that claims less → 413 all the same", async () => {
    const body = JSON.stringify({ ...minimalRequest("abrocitinib"), note: "x".repeat(maxBodyBytes) });
    const response = await POST(
      new Request("http://localhost/api/plan", {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": "100" },
        body,
      }),
    );
    expect(response.status).toBe(413);
    expect(JSON.parse(await response.text())).toEqual({
      errors: [{ path: "", message: expect.stringMatching(/larger than 64 kB/) }],
    });
  });

  /** A body streamed in 16 kB chunks (no declared length), noting how far it was read. */
  function streamedBody(chunks: number, failAfter?: number) {
    const progress = { pulled: 0, cancelled: false };
    const chunk = new TextEncoder().encode(" ".repeat(16 * 1024));
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        progress.pulled += 1;
        if (failAfter !== undefined && progress.pulled > failAfter) controller.error(new Error("aborted"));
        else if (progress.pulled > chunks) controller.close();
        else controller.enqueue(chunk);
      },
      cancel() {
        progress.cancelled = true;
      },
    });
    const request = new Request("http://localhost/api/plan", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      duplex: "half",
    } as RequestInit);
    return { request, progress };
  }

  it("a streamed body over 64 kB → 413, and the rest is read and dropped rather than the connection cut", async () => {
    const { request, progress } = streamedBody(64);
    const response = await POST(request);
    expect(response.status).toBe(413);
    expect(JSON.parse(await response.text())).toEqual({
      errors: [{ path: "", message: "Request body is larger than 64 kB." }],
    });
    await vi.waitFor(() => expect(progress.pulled).toBe(65));
    expect(progress.cancelled).toBe(false);
  });

  it("a client that hangs up mid-body gets a 400 (unread), and nothing is thrown for the framework to log", async () => {
    const { request } = streamedBody(64, 2);
    const response = await POST(request);
    expect(response.status).toBe(400);
    expect(JSON.parse(await response.text())).toEqual({
      errors: [{ path: "", message: "The request body did not arrive whole." }],
    });
  });

  const badBodies: Array<[string, BodyInit]> = [
    ["empty", ""],
    ["not JSON", "drug=abrocitinib"],
    ["truncated JSON", valid.slice(0, -5)],
    ["JSON null", "null"],
    ["JSON array", "[1, 2]"],
    ["JSON string", '"abrocitinib"'],
    ["invalid UTF-8", new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])],
    ["deeply nested JSON", `${'{"a":'.repeat(5000)}1${"}".repeat(5000)}`],
    ["__proto__ field", `{"__proto__": {"drug": "abrocitinib"}, ${valid.slice(1)}`],
    ["unknown drug", JSON.stringify({ ...minimalRequest("abrocitinib"), drug: "toString" })],
    [
      "every field wrong",
      JSON.stringify({
        drug: 1,
        indication: [],
        doseMg: "x",
        startDate: 20270104,
        patient: "adult",
        labs: {},
        screening: [1],
        zosterVaccine: [null],
        doseChanges: [{}],
      }),
    ],
    [
      "labs with nulls",
      JSON.stringify({
        ...minimalRequest("abrocitinib"),
        labs: [null, { test: null, value: null, unit: null, date: null }],
      }),
    ],
    ["a value of 1e400 (Infinity)", valid.replace('"doseMg":100', '"doseMg":1e400')],
  ];

  it.each(badBodies)("%s → 400 with path and message, no stack trace or 'Error:' text", async (_name, body) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(response.text).not.toMatch(/Error:|\bat .+:\d+:\d+|stack|ZodError|TypeError|SyntaxError/);
    const { errors } = JSON.parse(response.text) as { errors: Array<{ path: unknown; message: unknown }> };
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) {
      expect(typeof error.path).toBe("string");
      expect(typeof error.message === "string" && error.message.length > 0).toBe(true);
    }
  });
});

describe("the plan does not depend on the machine's time zone", () => {
  // Hard-coded calendar dates: this file runs under America/New_York and Pacific/Auckland,
  // both of which change clocks inside these schedules (14 Mar / 7 Nov 2027; 4 Apr / 26 Sep 2027).
  it.each<[string, Partial<PlanRequestInput>, DrugId, string[]]>([
    [
      "abrocitinib with a dose increase on 2027-03-01 and a 3-monthly routine",
      { doseChanges: [{ date: "2027-03-01", doseMg: 200 }], routineIntervalMonths: 3 },
      "abrocitinib",
      [
        "2026-12-21",
        "2027-01-04",
        "2027-02-01",
        "2027-02-21",
        "2027-03-29",
        "2027-04-04",
        "2027-07-04",
        "2027-10-04",
        "2028-01-04",
      ],
    ],
    [
      "tofacitinib",
      {},
      "tofacitinib",
      ["2026-12-21", "2027-01-04", "2027-02-01", "2027-02-21", "2027-04-04", "2027-07-04", "2027-10-04", "2028-01-04"],
    ],
    [
      "upadacitinib started on 2027-03-14 (US clocks change that day)",
      { startDate: "2027-03-14", horizonMonths: 6 },
      "upadacitinib",
      ["2027-02-28", "2027-03-14", "2027-04-28", "2027-06-06"],
    ],
    [
      "ritlecitinib started on 2027-09-26 (NZ clocks change that day)",
      { startDate: "2027-09-26", horizonMonths: 3 },
      "ritlecitinib",
      ["2027-09-12", "2027-09-26", "2027-10-24", "2027-11-12"],
    ],
    [
      "abrocitinib started on 2028-02-29 with a monthly routine",
      {
        startDate: "2028-02-29",
        horizonMonths: 3,
        routineIntervalMonths: 1,
        zosterVaccine: [
          { vaccine: "rzv", date: "2027-06-01" },
          { vaccine: "rzv", date: "2027-08-01" },
        ],
      },
      "abrocitinib",
      ["2028-02-29", "2028-03-28", "2028-03-29", "2028-04-29", "2028-05-29"],
    ],
  ])("%s: visit dates are fixed calendar dates", (_name, overrides, drug, dates) => {
    const p = plan(minimalRequest(drug, overrides));
    expect(p.visits.map((visit) => visit.date)).toEqual(dates);
  });
});

describe("one refusal names every field at fault", () => {
  it("an unreadable lab date and no dose: both, the lab's first, where the dose check once waited for the lab", () => {
    const clean = cleanRequest("abrocitinib");
    const labs = clean.labs ?? [];
    const body = { ...clean, doseMg: undefined, labs: [{ ...labs[0]!, date: "2027-02-30" }, ...labs.slice(1)] };
    const answer = respondToPlanRequest(JSON.stringify(body));
    expect(answer.status).toBe(400);
    expect((JSON.parse(answer.body) as { errors: { path: string }[] }).errors.map((error) => error.path)).toEqual([
      "labs.0.date",
      "doseMg",
    ]);
  });

  it("a dose change is not checked against a start date that was itself refused", () => {
    const body = {
      ...cleanRequest("abrocitinib"),
      startDate: "soon",
      doseChanges: [{ date: "2027-03-01", doseMg: 100 }],
    };
    const errors = (JSON.parse(respondToPlanRequest(JSON.stringify(body)).body) as { errors: { path: string }[] })
      .errors;
    expect(errors.map((error) => error.path)).toEqual(["startDate"]);
  });
});
