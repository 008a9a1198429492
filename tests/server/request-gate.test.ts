import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forwardedFor, trustedProxiesFrom } from "@/server/client-address";
import { gateRequest } from "@/server/request-gate";

describe("the X-Forwarded-For a request goes on with", () => {
  it("is the connection's own address when no proxy is trusted, whatever the client sent", () => {
    expect(forwardedFor("203.0.113.5", "198.51.100.20", false)).toBe("198.51.100.20");
    expect(forwardedFor("203.0.113.5, 192.0.2.1", "198.51.100.20", false)).toBe("198.51.100.20");
    expect(forwardedFor(undefined, "198.51.100.20", false)).toBe("198.51.100.20");
    expect(forwardedFor("203.0.113.5", undefined, false)).toBeUndefined();
  });

  it("ends with the connection's address when proxies are trusted, as a proxy adds its own", () => {
    expect(forwardedFor("203.0.113.5", "198.51.100.20", true)).toBe("203.0.113.5, 198.51.100.20");
    expect(forwardedFor(" ", "198.51.100.20", true)).toBe("198.51.100.20");
    expect(forwardedFor(undefined, "198.51.100.20", true)).toBe("198.51.100.20");
  });

  it("reads the trusted proxies as a comma-separated list", () => {
    expect(trustedProxiesFrom({})).toEqual([]);
    expect(trustedProxiesFrom({ JAK_TRUSTED_PROXIES: " 10.0.0.1 , 10.1.0.0/16,," })).toEqual([
      "10.0.0.1",
      "10.1.0.0/16",
    ]);
  });
});

/** A real Node server that answers with the X-Forwarded-For the gate passed on. */
function echoServer(trustsProxies: boolean): Promise<Server> {
  const server = createServer((incoming, response) => {
    if (!gateRequest(incoming, response, trustsProxies)) response.end(incoming.headers["x-forwarded-for"] ?? "(none)");
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

function send(server: Server, method: string, headers: Record<string, string | string[]>) {
  const { port } = server.address() as AddressInfo;
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const sent = request({ host: "127.0.0.1", port, path: "/api/plan", method, headers }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    sent.on("error", reject);
    sent.end();
  });
}

describe.each([false, true])("the request gate on a Node server (proxies trusted: %s)", (trustsProxies) => {
  let server: Server;
  beforeAll(async () => {
    server = await echoServer(trustsProxies);
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("passes a request on with the address it came from", async () => {
    const spoofed = await send(server, "POST", { "x-forwarded-for": ["203.0.113.5", "192.0.2.1"] });
    expect(spoofed).toEqual({
      status: 200,
      body: trustsProxies ? "203.0.113.5, 192.0.2.1, 127.0.0.1" : "127.0.0.1",
    });
    expect((await send(server, "POST", {})).body).toBe("127.0.0.1");
  });

  it("refuses a method the address does not take, before anything else", async () => {
    const refused = await send(server, "DELETE", { "x-forwarded-for": "203.0.113.5" });
    expect(refused.status).toBe(405);
    expect(refused.body).toContain("DELETE is not allowed on /api/plan");
  });
});
