import { expect, test } from "@playwright/test";
import { PlannerPage } from "./pages/planner-page";
import { artifactPath } from "./support/artifacts";
import { fillNormalAbrocitinib } from "./support/fill-normal-abrocitinib";

test("a dermatologist plans abrocitinib with normal labs and sees the week-4 CBC and lipids", async ({ page }) => {
  const planner = new PlannerPage(page);
  await test.step("Given the planner is open", () => planner.open());
  await test.step("When the dermatologist enters abrocitinib 100 mg from 4 Jan 2027 and normal labs", () =>
    fillNormalAbrocitinib(planner));

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
    await expect(
      week4.getByRole("link", { name: /CIBINQO \(abrocitinib\) US prescribing information/ }).first(),
    ).toBeVisible();
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

test("on a phone, a do-not-start opens the plan above the schedule at a glance, whose blood count reads done", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const planner = new PlannerPage(page);
  await planner.open();
  await fillNormalAbrocitinib(planner);
  await planner.enterLab("Platelets", "120");
  const glance = page.getByRole("region", { name: "At a glance" });
  await expect(planner.doNotStartBanner).toContainText("Do not start abrocitinib — 1 reason under Findings.");
  await expect(glance).toBeVisible();
  const banner = await planner.doNotStartBanner.boundingBox();
  const summary = await glance.boundingBox();
  expect(banner && summary && banner.y + banner.height <= summary.y).toBe(true);
  // Its link leads to the reason, and leaves the address (which may hold a share link) as it was.
  const address = page.url();
  await planner.doNotStartBanner.getByRole("link", { name: "Findings" }).click();
  await expect(planner.findings.getByText(/Platelets 120 ×10⁹\/L/).first()).toBeInViewport();
  await expect(planner.findings.getByRole("heading", { name: "Findings" })).toBeFocused();
  expect(page.url()).toBe(address);
});

test("a new dose change chooses no dose for the user: with only its date, the dose is asked for and no increase is planned", async ({
  page,
}) => {
  const planner = new PlannerPage(page);
  await planner.open();
  await fillNormalAbrocitinib(planner);
  await test.step("When a dose change is added and only its date is filled in", async () => {
    await page.getByRole("button", { name: "Add a dose change" }).click();
    await expect(page.getByLabel("New daily dose")).toHaveValue("");
    await page.getByLabel("Change 1: date").fill("2027-03-01");
    await page.getByLabel("Change 1: date").blur();
  });
  await test.step("Then the dose is asked for at the field, and no check after an increase is planned", async () => {
    await expect(page.locator("#doseChange-0-dose-error")).toHaveText(
      "Choose the new daily dose, or Interrupted (0 mg).",
    );
    await expect(page.getByText("4 weeks after dose increase")).toHaveCount(0);
  });
  await test.step("And choosing 200 mg plans it", async () => {
    await page.getByLabel("New daily dose").selectOption({ label: "200 mg once daily" });
    await expect(planner.visit("Mon 29 Mar 2027")).toContainText("4 weeks after dose increase");
  });
});

test("a second dose change is added with the mouse right after the first is filled in, and one date cannot hold two", async ({
  page,
}) => {
  const planner = new PlannerPage(page);
  await planner.open();
  await fillNormalAbrocitinib(planner);
  const addChange = page.getByRole("button", { name: "Add a dose change" });
  await addChange.click();
  await test.step("A new row opens without an error before anything is typed in it", async () => {
    await expect(page.locator("#doseChange-0-date-error")).toHaveText("");
    await expect(page.getByLabel("Change 1: date")).not.toHaveAttribute("aria-invalid", "true");
  });
  await test.step("When the first change's date is typed and Add is clicked at once", async () => {
    await page.getByLabel("Change 1: date").fill("2027-03-01");
    await addChange.click();
    await expect(page.getByLabel("Change 2: date")).toBeVisible();
  });
  await test.step("Then a second change on the same date is refused next to its date", async () => {
    await page.getByLabel("Change 2: date").fill("2027-03-01");
    await page.getByLabel("Change 2: date").blur();
    await expect(page.getByText("Only one dose change per date: 2027-03-01 already has one.").first()).toBeVisible();
    await expect(page.getByLabel("Change 2: date")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Change 1: date")).not.toHaveAttribute("aria-invalid", "true");
  });
});
