import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/rules/route";
import { rulesVersion } from "@/rules";

// GET /api/rules carries the rules: no cache may keep it past a rules update.

const get = (headers: Record<string, string> = {}) => GET(new Request("http://localhost/api/rules", { headers }));

describe("GET /api/rules is cached by its rules version", () => {
  it("sends an ETag of the rules version and asks caches to revalidate before each use", async () => {
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toMatch(new RegExp(`^"${rulesVersion.replace(/\./g, "\\.")}-[\\w-]{16}"$`));
    expect(response.headers.get("cache-control")).toBe("public, no-cache");
    expect(((await response.json()) as { rulesVersion: string }).rulesVersion).toBe(rulesVersion);
  });

  it("answers 304 to a cache that holds the same rules, and the rules to one that holds others", async () => {
    const etag = (await get()).headers.get("etag") ?? "";
    for (const held of [etag, `W/${etag}`, `"2026.10.0-old", ${etag}`, "*"]) {
      const response = await get({ "if-none-match": held });
      expect(response.status).toBe(304);
      expect(response.headers.get("etag")).toBe(etag);
      expect(await response.text()).toBe("");
    }
    const stale = await get({ "if-none-match": '"2026.10.0-AAAAAAAAAAAAAAAA"' });
    expect(stale.status).toBe(200);
    expect(stale.headers.get("etag")).toBe(etag);
  });
});
