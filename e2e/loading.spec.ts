import { expect, test } from "@playwright/test";
import { PlannerPage } from "./pages/planner-page";

// The server sends the whole form, and its scripts arrive after it: hydrating the fieldsets, then
// restoring the tab's saved form. Anything typed before that could be overwritten, so the form
// takes no input until then, and keeps everything typed from the moment it opens.

test("the form takes no input while its scripts load, and keeps what is typed the moment it opens", async ({
  page,
}) => {
  // Scripts as slow as on a phone with a poor connection.
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
  // Not waiting for the load event, which waits for the scripts: the page is checked while they are held back.
  await page.goto("/", { waitUntil: "commit" });
  await expect(page.getByRole("heading", { name: "Monitoring planner" })).toBeVisible();
  await expect(page.getByLabel("Drug")).toBeDisabled();
  await expect(page.getByLabel("Age (years)")).toBeDisabled();

  await expect(page.getByLabel("Drug")).toBeEnabled({ timeout: 20_000 });
  const planner = new PlannerPage(page);
  await planner.setPatient({ age: 34, sex: "Female" });
  await planner.chooseDose(100);
  await planner.setStartDate("2026-12-14");
  await expect(page.getByRole("heading", { name: "At a glance" })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByLabel("Age (years)")).toHaveValue("34");
  await expect(page.getByLabel("Sex")).toHaveValue("female");
  await expect(page.getByLabel("Start date (first dose)")).toHaveValue("2026-12-14");

  // What was typed is the tab's saved form: a reload brings it back.
  await page.unrouteAll();
  await page.reload();
  await expect(page.getByLabel("Drug")).toBeEnabled();
  await expect(page.getByLabel("Age (years)")).toHaveValue("34");
});

test("the server sends the form in place, so it shows and keeps its place before any script runs", async ({
  request,
}) => {
  const html = await (await request.get("/")).text();
  const form = html.slice(html.indexOf('<form class="plan-form"'), html.indexOf("</form>"));
  for (const legend of ["Treatment", "Patient", "Baseline labs"]) expect(form).toContain(`<legend>${legend}</legend>`);
  // React's server renderer sends a large Suspense boundary after the page, hidden, and reveals it by script.
  expect(html).not.toMatch(/hidden id="S:\d+"/);
});
