import { expect, test } from "@playwright/test";
import { PlannerPage } from "./pages/planner-page";
import { artifactPath } from "./support/artifacts";
import { fillNormalAbrocitinib } from "./support/fill-normal-abrocitinib";

test("a low platelet count makes 'do not start' impossible to miss", async ({ page }) => {
  const planner = new PlannerPage(page);
  await planner.open();
  await fillNormalAbrocitinib(planner);
  await test.step("When the platelet count is 120 ×10⁹/L", () => planner.enterLab("Platelets", "120"));
  await test.step("Then a do-not-start banner leads the findings", async () => {
    await expect(planner.doNotStartBanner).toContainText("Do not start abrocitinib");
    const first = (await planner.findingTexts())[0];
    expect(first).toContain("Do not start");
    expect(first).toContain(
      "Platelets 120 ×10⁹/L [120,000 cells/µL] (Tue 15 Dec 2026) is below 150 ×10⁹/L [150,000 cells/µL]",
    );
    // The opened detail goes on from that line instead of repeating it.
    await expect(planner.findings.locator("li.finding .finding-message").first()).not.toContainText("Platelets 120");
  });
  await page.screenshot({ path: artifactPath("screenshots", "planner-do-not-start.png") });
  await test.step("And on a 360 px phone no unit in the findings breaks at its slash", async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    // An inline element broken across two lines has two boxes.
    const boxes = await planner.findings
      .locator("summary .unit-whole")
      .evaluateAll((units) => units.map((unit) => unit.getClientRects().length));
    expect(boxes.length).toBeGreaterThan(0);
    expect(boxes.filter((count) => count !== 1)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 720 });
  });
  await test.step("And the printed patient page opens with the instruction not to start", async () => {
    await page.emulateMedia({ media: "print" });
    const patientPage = page.getByRole("region", { name: "Your monitoring schedule" });
    await expect(patientPage.locator(".print-stop-notice")).toHaveText(
      "Do not start abrocitinib (or, if you have already started, do not take your next dose) until your clinic tells you to. " +
        "Something in your health details or test results needs your clinician's review first. The dates below may change.",
    );
    await page.emulateMedia({ media: "screen" });
  });
  await test.step("And back at 150 ×10⁹/L (the limit itself) the banner goes", async () => {
    await planner.enterLab("Platelets", "150");
    await expect(planner.doNotStartBanner).toHaveCount(0);
  });
});

test("an implausible value is refused next to its field, and nothing typed is lost", async ({ page }) => {
  const planner = new PlannerPage(page);
  await planner.open();
  await fillNormalAbrocitinib(planner);
  await planner.enterLab("Platelets", "5000");
  await page.getByLabel("Absolute neutrophil count", { exact: true }).focus();
  await expect(page.getByText("Platelets must be a number between 0 and 2,000 ×10⁹/L.").first()).toBeVisible();
  await expect(page.getByLabel("Platelets", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Platelets", { exact: true })).toHaveValue("5000");
  // The plan stays in view without the refused value, under a banner naming the field; nothing prints.
  await expect(page.getByRole("heading", { name: "Fix these fields to print the plan" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Platelets \(baseline\): must be a number between/ })).toBeVisible();
  await expect(planner.schedule).toBeVisible();
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeDisabled();
  await page.screenshot({ path: artifactPath("screenshots", "planner-error.png") });
});
