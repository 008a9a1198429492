import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { rulesVersion } from "@/rules";
import { freePort, startServer } from "@/scripts/bench-server";

// The bench measures its own server or nothing: another server answering on the port, even one
// that looks like this app, stops the run with the failed server's own output.

describe("the bench's server", () => {
  it("gets a port nothing listens on", async () => {
    const port = await freePort();
    const probe = createServer();
    await new Promise<void>((resolve, reject) => {
      probe.once("error", reject);
      probe.listen(port, "127.0.0.1", resolve);
    });
    await new Promise((resolve) => probe.close(resolve));
  });

  it("stops, with the server's output, when another server already answers on its port", async () => {
    const impostor = createServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ status: "ok", rulesVersion }));
    });
    await new Promise<void>((resolve) => impostor.listen(0, "127.0.0.1", resolve));
    const { port } = impostor.address() as AddressInfo;
    try {
      await expect(startServer(port, 20_000)).rejects.toThrow(new RegExp(`next start on port ${port} exited`));
    } finally {
      await new Promise((resolve) => impostor.close(resolve));
    }
  }, 30_000);
});
