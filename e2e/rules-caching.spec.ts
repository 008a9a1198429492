import { expect, test } from "@playwright/test";
import { rulesVersion } from "../rules/version";

// After a rules update no cache may go on serving the old thresholds: every page and the rules
// API are revalidated before each use, by an ETag that changes with them.

const pages = ["/", "/rules", "/rules/abrocitinib", "/rules/cases", "/rules/cases/abrocitinib-platelets-in-si-units"];

for (const path of [...pages, "/api/rules"]) {
  test(`${path} may be cached only with revalidation against its ETag`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const cacheControl = response.headers()["cache-control"] ?? "";
    expect(cacheControl).toContain("no-cache");
    expect(cacheControl).not.toMatch(/(s-)?max-age=[1-9]/);
    const etag = response.headers().etag ?? "";
    expect(etag).not.toBe("");
    if (path === "/api/rules") expect(etag).toContain(rulesVersion);
    const again = await request.get(path, { headers: { "if-none-match": etag } });
    expect(again.status()).toBe(304);
  });
}

test("the page's scripts, named by their content, stay cacheable for a year", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1] ?? "";
  expect((await request.get(script)).headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
});
