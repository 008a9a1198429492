import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { PlannerPage } from "./pages/planner-page";
import { fillNormalAbrocitinib } from "./support/fill-normal-abrocitinib";
import { serverLogPath } from "./support/server-log";

/** Every URL the page asks for, from navigation to the last click. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  return urls;
}

function notLocal(urls: string[], origin: string): string[] {
  return urls.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith("data:") && !url.startsWith("blob:"));
}

test("no page asks another host for anything", async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? "").origin;
  const urls = recordRequests(page);

  await test.step("When a clinician plans, prints and exports on the planner", async () => {
    const planner = new PlannerPage(page);
    await planner.open();
    await fillNormalAbrocitinib(planner);
    await expect(planner.visit("Mon 1 Feb 2027")).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await page.emulateMedia({ media: "screen" });
    await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Add to calendar (.ics)" }).click(),
    ]);
  });

  await test.step("And a trainee browses the explorer and a teaching case", async () => {
    for (const path of [
      "/rules",
      "/rules/abrocitinib",
      "/rules/cases",
      "/rules/cases/abrocitinib-platelets-in-si-units",
    ]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }
  });

  expect(urls.length).toBeGreaterThan(10);
  expect(notLocal(urls, origin)).toEqual([]);
});

test("a shared link's data never reaches the server", async ({ page, context }) => {
  const planner = new PlannerPage(page);
  await planner.open();
  await fillNormalAbrocitinib(planner);
  await page.getByRole("button", { name: "Copy share link" }).click();
  const link = page.url();
  expect(new URL(link).hash).toMatch(/^#request=/);

  const other = await context.newPage();
  const urls = recordRequests(other);
  await other.goto(link);
  await expect(other.getByLabel("Platelets", { exact: true })).toHaveValue("240");
  expect(urls.some((url) => url.includes("request="))).toBe(false);
  expect(await readFile(serverLogPath, "utf8")).not.toContain("request=");
});

test("the server log holds no request body and no patient value", async ({ request }) => {
  // Values no other test sends, so finding one in the log can only mean this test's body was logged.
  const patientValue = "4.4321";
  const marker = "PRIVACY-MARKER-7Q";
  const plan = {
    drug: "abrocitinib",
    indication: "atopic-dermatitis",
    doseMg: 100,
    startDate: "2027-01-04",
    patient: { ageYears: 34, sex: "female" },
    labs: [{ test: "anc", value: Number(patientValue), unit: "10^9/L", date: "2026-12-15" }],
  };

  await test.step("When valid, invalid, malformed, oversized and FHIR requests reach the server", async () => {
    expect((await request.post("/api/plan", { data: plan })).status()).toBe(200);
    expect((await request.post("/api/plan?format=fhir", { data: plan })).status()).toBe(200);
    expect((await request.post("/api/plan", { data: { ...plan, [marker]: patientValue } })).status()).toBe(400);
    const malformed = await request.post("/api/plan", {
      headers: { "content-type": "application/json" },
      data: Buffer.from(`{"${marker}": ${patientValue}`),
    });
    expect(malformed.status()).toBe(400);
    const oversized = await request.post("/api/plan", {
      headers: { "content-type": "application/json" },
      data: Buffer.from(`"${marker.repeat(10_000)}"`),
    });
    expect(oversized.status()).toBe(413);
    const hook = await request.post("/cds-services/jak-monitoring", {
      data: { hook: "order-select", hookInstance: marker, context: { note: patientValue } },
    });
    expect(hook.status()).toBe(400);
  });

  await test.step("Then the server's log, which did capture its start-up, names none of it", async () => {
    const log = await readFile(serverLogPath, "utf8");
    expect(log).toContain("Ready");
    expect(log).not.toContain(marker);
    expect(log).not.toContain(patientValue);
  });
});

test("the planner sends nothing to the register until Save to register is clicked", async ({ page }) => {
  const urls = recordRequests(page);
  const planner = new PlannerPage(page);
  await planner.open();
  await fillNormalAbrocitinib(planner);
  await expect(planner.visit("Mon 1 Feb 2027")).toBeVisible();
  const bodies: string[] = [];
  page.on("request", (request) => bodies.push(request.postData() ?? ""));
  await page.getByRole("button", { name: "Add to calendar (.ics)" }).click();
  expect(urls.filter((url) => url.includes("/api/"))).toEqual([]);
  expect(bodies.filter((body) => body.includes("2027-01-04"))).toEqual([]);

  await test.step("When the signed-out user clicks Save to register, only the session is asked for and nothing is saved", async () => {
    await page.getByRole("button", { name: "Save to register…" }).click();
    // The register's database opens on its first request, which can take seconds.
    await expect(page.getByText("Sign in to the register first")).toBeVisible({ timeout: 20_000 });
    expect(urls.filter((url) => url.includes("/api/register"))).toEqual([
      expect.stringMatching(/\/api\/register\/csrf$/),
    ]);
    expect(bodies.filter((body) => body.includes("2027-01-04"))).toEqual([]);
  });
});
