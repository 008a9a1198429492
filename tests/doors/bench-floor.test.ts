import { afterEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/bench/post-floor/route";
import { maxBodyBytes } from "@/lib/doors/plan-door";

const post = (body: string) => POST(new Request("http://localhost/api/bench/post-floor", { method: "POST", body }));

describe("POST /api/bench/post-floor, the bench's floor for a JSON POST", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("is absent (404) unless the server was started for the bench", async () => {
    vi.stubEnv("JAK_BENCH_FLOOR", "");
    expect((await post("{}")).status).toBe(404);
  });

  it("reads and parses the body as /api/plan does, then answers a fixed reply", async () => {
    vi.stubEnv("JAK_BENCH_FLOOR", "1");
    const answer = await post(JSON.stringify({ drug: "abrocitinib" }));
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ read: true });
    expect((await post("{not json")).status).toBe(400);
    expect((await post(" ".repeat(maxBodyBytes + 1))).status).toBe(413);
  });
});
