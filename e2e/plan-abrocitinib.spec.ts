import { expect, test } from "@playwright/test";
import { PlannerPage } from "./pages/planner-page";
import { artifactPath } from "./support/artifacts";
import { fillNormalAbrocitinib } from "./support/fill-normal-abrocitinib";

test("a dermatologist plans abrocitinib with normal labs and sees the week-4 CBC and lipids", async ({ page }) => {
  const planner = new PlannerPage(page);
  await test.step("Given the planner is open", () => planner.open());
  await test.step("When the dermatologist enters abrocitinib 100 mg from 4 Jan 2027 and normal labs", () => fillNormalAbrocitinib(planner));

  await test.step("Then no do-not-start finding is shown", async () => {
    await expect(planner.findings.getByText("No do-not-start, interrupt or discontinue finding")).toBeVisible();
  });
  await test.step("And the baseline visit is on the start date", async () => {
    await expect(planner.visit("Mon 4 Jan 2027")).toContainText("Baseline");
  });
  await test.step("And week 4 (Mon 1 Feb 2027) has the CBC and the lipid panel", async () => {
    const week4 = planner.visit("Mon 1 Feb 2027");
    await expect(week4).toContainText("Week 4");
    await expect(week4).toContainText("CBC with differential");
    await expect(week4).toContainText("Lipid panel");
  });
  await test.step("And each item can show its source", async () => {
    const week4 = planner.visit("Mon 1 Feb 2027");
    await week4.getByText("Source").first().click();
    await expect(week4.getByRole("link", { name: /CIBINQO \(abrocitinib\) US prescribing information/ }).first()).toBeVisible();
  });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: artifactPath("screenshots", "planner-filled.png") });
});

test("a dose increase to 200 mg adds a CBC 4 weeks later", async ({ page }) => {
  const planner = new PlannerPage(page);
  await planner.open();
  await fillNormalAbrocitinib(planner);
  await test.step("When the dose is raised to 200 mg on Mon 1 Mar 2027", async () => {
    await page.getByRole("button", { name: "Add a dose change" }).click();
    await page.getByLabel("Change 1: date").fill("2027-03-01");
    await page.getByLabel("New daily dose").selectOption({ label: "200 mg once daily" });
  });
  await test.step("Then a CBC is due on Mon 29 Mar 2027", async () => {
    await expect(planner.visit("Mon 29 Mar 2027")).toContainText("4 weeks after dose increase");
    await expect(planner.visit("Mon 29 Mar 2027")).toContainText("CBC with differential");
  });
});
