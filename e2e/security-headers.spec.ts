import { expect, test, type APIResponse } from "@playwright/test";

// Every kind of route: pages, the explorer, the API, CDS Hooks, a static script and a 404.
const getRoutes = [
  "/",
  "/register/sign-in",
  "/api/register/worklist",
  "/rules",
  "/rules/abrocitinib",
  "/rules/cases",
  "/rules/cases/abrocitinib-platelets-in-si-units",
  "/api/rules",
  "/api/health",
  "/cds-services",
  "/no-such-page",
];

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  const policy = headers["content-security-policy"] ?? "";
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain("unsafe-eval");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["permissions-policy"]).toContain("geolocation=()");
  expect(headers["x-powered-by"]).toBeUndefined();
}

for (const route of getRoutes) {
  test(`GET ${route} sends the security headers`, async ({ request }) => {
    expectSecurityHeaders(await request.get(route));
  });
}

test("POST /api/plan and the CDS Hooks service send them on a refused request too", async ({ request }) => {
  const refused = await request.post("/api/plan", { data: { drug: "aspirin" } });
  expect(refused.status()).toBe(400);
  expectSecurityHeaders(refused);
  const hook = await request.post("/cds-services/jak-monitoring", { data: { hook: "order-select" } });
  expect(hook.status()).toBe(400);
  expectSecurityHeaders(hook);
});

test("the page's own scripts are served with them", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(script).toBeDefined();
  expectSecurityHeaders(await request.get(script ?? ""));
});

test("the planner refuses to be framed by another page", async ({ page }) => {
  await page.goto("/api/health");
  const refusal = page.waitForEvent("console", (message) => message.text().includes("frame-ancestors 'none'"));
  await page.setContent(`<iframe src="${new URL("/", page.url()).href}" title="framed planner"></iframe>`);
  // Chromium reports the refusal on the console; the frame then holds no planner.
  await refusal;
  await expect(page.frameLocator("iframe").getByRole("heading", { name: "Monitoring planner" })).toHaveCount(0);
});
