import { readFile } from "node:fs/promises";
import { Agent, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { connect } from "node:net";
import { expect, test } from "@playwright/test";
import { serverLogPath } from "./support/server-log";

// The app's doors as an attacker tries them: every method on every kind of address, bodies too
// large to take, and clients that hang up mid-body. Node's own HTTP client, not the browser's,
// so that methods a browser refuses to send (TRACE, TRACK, CONNECT) reach the server.

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** The client's end of the connection, to tell whether a kept-alive one was used again. */
  localPort: number | undefined;
}

function send(
  baseURL: string,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: Buffer | Buffer[]; agent?: Agent } = {},
): Promise<Answer> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { hostname, port, method, path, headers: options.headers, agent: options.agent ?? false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        const { localPort } = response.socket;
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8"),
            localPort,
          }),
        );
      },
    );
    outgoing.on("error", reject);
    for (const chunk of [options.body ?? []].flat()) outgoing.write(chunk);
    outgoing.end();
  });
}

// What each address answers; everything else must be refused with 405 and this Allow list.
const addresses: [string, string[]][] = [
  ["/api/plan", ["POST"]],
  ["/api/rules", ["GET", "HEAD"]],
  ["/api/health", ["GET", "HEAD"]],
  ["/cds-services", ["GET", "HEAD", "OPTIONS"]],
  ["/cds-services/jak-monitoring", ["POST", "OPTIONS"]],
  ["/", ["GET", "HEAD"]],
  ["/rules/abrocitinib", ["GET", "HEAD"]],
];
const methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "PROPFIND", "SEARCH"];

test("every address answers a method it does not take with 405 and Allow, and nothing answers 5xx", async ({
  baseURL,
}) => {
  const origin = baseURL ?? "";
  for (const [path, allowed] of addresses) {
    await test.step(`${path} (${allowed.join(", ")})`, async () => {
      for (const method of methods) {
        const answer = await send(origin, method, path, {
          headers: { "content-type": "application/json" },
          body: method === "GET" || method === "HEAD" ? undefined : Buffer.from("{}"),
        });
        expect(answer.status, `${method} ${path}`).toBeLessThan(500);
        if (allowed.includes(method)) {
          expect(answer.status, `${method} ${path}`).not.toBe(405);
        } else {
          expect(answer.status, `${method} ${path}`).toBe(405);
          expect(answer.headers.allow, `${method} ${path}`).toBe(allowed.join(", "));
          expect(answer.headers["content-security-policy"]).toContain("default-src 'self'");
        }
      }
    });
  }
  await test.step("CONNECT, which asks for a tunnel, gets a 405 too rather than a dropped connection", async () => {
    const { hostname, port } = new URL(origin);
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), hostname, () =>
        socket.write("CONNECT example.org:443 HTTP/1.1\r\nHost: example.org:443\r\n\r\n"),
      );
      let text = "";
      socket.on("data", (chunk) => (text += chunk.toString("utf8")));
      socket.on("end", () => resolve(text));
      socket.on("error", reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 405 /);
    expect(reply).toMatch(/\r\nAllow: GET, HEAD\r\n/);
  });
  await test.step("And the server's log shows no internal error or path", async () => {
    const log = await readFile(serverLogPath, "utf8");
    expect(log).not.toMatch(/is unsupported|TypeError|⨯/);
    expect(log).not.toContain(".next/server");
  });
});

test("bodies too large get 413 on a connection that stays usable, and a client hanging up leaves no error in the log", async ({
  baseURL,
}) => {
  const origin = baseURL ?? "";
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const json = { "content-type": "application/json" };
  const megabytes = (count: number) => Array.from({ length: count * 16 }, () => Buffer.alloc(64 * 1024, 0x20));
  const valid = Buffer.from(
    JSON.stringify({
      drug: "abrocitinib",
      indication: "atopic-dermatitis",
      doseMg: 100,
      startDate: "2027-01-04",
      patient: { ageYears: 34, sex: "female" },
    }),
  );

  const ports = new Set<number | undefined>();
  await test.step("When 2 MB is sent to /api/plan, with and without a declared length", async () => {
    const streamed = await send(origin, "POST", "/api/plan", { headers: json, body: megabytes(2), agent });
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body)).toEqual({
      errors: [{ path: "", message: "Request body is larger than 64 kB." }],
    });
    const declared = await send(origin, "POST", "/api/plan", {
      headers: { ...json, "content-length": String(2 * 1024 * 1024) },
      body: megabytes(2),
      agent,
    });
    expect(declared.status).toBe(413);
    ports.add(streamed.localPort).add(declared.localPort);
  });
  await test.step("And 5 MB to the CDS Hooks service", async () => {
    const hook = await send(origin, "POST", "/cds-services/jak-monitoring", {
      headers: json,
      body: megabytes(5),
      agent,
    });
    expect(hook.status).toBe(413);
    ports.add(hook.localPort);
  });
  await test.step("Then the same connection still plans a request", async () => {
    const planned = await send(origin, "POST", "/api/plan", { headers: json, body: valid, agent });
    expect(planned.status).toBe(200);
    ports.add(planned.localPort);
    // One connection from start to end: no refusal reset it.
    expect(ports.size).toBe(1);
  });
  agent.destroy();

  await test.step("When clients hang up halfway through their bodies", async () => {
    const { hostname, port } = new URL(origin);
    for (const [path, length] of [
      ["/api/plan", 60_000],
      ["/cds-services/jak-monitoring", 600_000],
      ["/api/plan", -1],
    ] as const) {
      await new Promise<void>((resolve) => {
        const socket = connect(Number(port), hostname, () => {
          const size = length === -1 ? "Transfer-Encoding: chunked" : `Content-Length: ${length}`;
          socket.write(
            `POST ${path} HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\n${size}\r\n\r\n`,
          );
          socket.write(length === -1 ? `400\r\n{"a":"${"x".repeat(1018)}\r\n` : `{"a":"${"x".repeat(20_000)}`);
          setTimeout(() => {
            socket.destroy();
            resolve();
          }, 200);
        });
        socket.on("error", () => resolve());
      });
    }
    // The server notices a hang-up when its read of the body fails, a moment after the socket closes.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await send(origin, "GET", "/api/health")).status).toBe(200);
  });
  await test.step("Then the server's log has no 'aborted' and no error", async () => {
    const log = await readFile(serverLogPath, "utf8");
    expect(log).not.toMatch(/aborted|ECONNRESET|⨯/);
  });
});

test("plans sent at once are answered on the server's worker threads with the same bytes, and no thread stops", async ({
  request,
}) => {
  const plan = {
    drug: "upadacitinib",
    indication: "atopic-dermatitis",
    doseMg: 15,
    startDate: "2027-01-04",
    patient: { ageYears: 41, sex: "male" },
    labs: [{ test: "anc", value: 0.9, unit: "10^9/L", date: "2026-12-15" }],
  };
  await test.step("When 40 requests for one plan and 10 for its FHIR bundle arrive together", async () => {
    // The first ones may be answered while the pool's thread starts; the rest on it.
    const plans = await Promise.all(Array.from({ length: 40 }, () => request.post("/api/plan", { data: plan })));
    const bundles = await Promise.all(
      Array.from({ length: 10 }, () => request.post("/api/plan?format=fhir", { data: plan })),
    );
    for (const answers of [plans, bundles]) {
      const bodies = await Promise.all(answers.map((answer) => answer.text()));
      expect(answers.map((answer) => answer.status())).toEqual(answers.map(() => 200));
      expect(new Set(bodies).size).toBe(1);
    }
    expect(JSON.parse(await plans[0]!.text()).findings[0].action).toBe("do-not-start");
  });
  await test.step("Then the server's log has no thread that stopped or failed to load", async () => {
    expect(await readFile(serverLogPath, "utf8")).not.toContain("worker thread stopped");
  });
});
