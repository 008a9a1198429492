import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { PlannerPage } from "./pages/planner-page";
import { artifactPath } from "./support/artifacts";
import { fillNormalAbrocitinib } from "./support/fill-normal-abrocitinib";

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(
    results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    ),
  ).toEqual([]);
}

test("the empty, filled and error states have no WCAG 2.1 AA violations", async ({ page }) => {
  // Three axe runs over a form of about 450 elements: 11 s alone, past 30 s beside the rest of the
  // suite on a busy 2-core machine (three full runs on 2026-12-04 at load averages of 4 to 19).
  test.setTimeout(60_000);
  const planner = new PlannerPage(page);
  await planner.open();
  await test.step("Empty form", async () => {
    await page.screenshot({ path: artifactPath("screenshots", "planner-empty.png") });
    await expectNoViolations(page);
  });
  await test.step("Filled form with a plan", async () => {
    await fillNormalAbrocitinib(planner);
    await expect(planner.visit("Mon 1 Feb 2027")).toBeVisible();
    await expectNoViolations(page);
  });
  await test.step("Form with field errors", async () => {
    await planner.enterLab("Platelets", "abc");
    await page.getByLabel("Age (years)").fill("130");
    await page.getByLabel("Sex").focus();
    await expect(page.getByText("Age must be between 0 and 120 years.").first()).toBeVisible();
    await expectNoViolations(page);
  });
});
