import { expect, test, type Page } from "@playwright/test";
import { PlannerPage } from "./pages/planner-page";
import { fillNormalAbrocitinib } from "./support/fill-normal-abrocitinib";

// A shared link is loaded once per tab. After that the tab's own saved form wins, so a value
// changed after opening the link is never silently put back by a reload or by Back: a low
// platelet count once turned back into a normal one that way.

const loaded = "Loaded the plan from the shared link.";
const kept = "Showing the form as last edited in this tab: a shared link is loaded only once.";

/** Copies the share link of what the planner holds now. */
async function copyShareLink(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Copy share link" }).click();
  expect(new URL(page.url()).hash).toMatch(/^#request=/);
  return page.url();
}

test("edits made after opening a share link survive a reload, Back and Forward", async ({ page, context }) => {
  // Two tabs and six page loads: more than the default 30 s on a busy machine.
  test.setTimeout(90_000);
  const sharing = new PlannerPage(page);
  await sharing.open();
  await fillNormalAbrocitinib(sharing);
  const link = await copyShareLink(page);

  const other = await context.newPage();
  const planner = new PlannerPage(other);
  await test.step("Given a colleague opens the link in a new tab: platelets 240, no do-not-start", async () => {
    await other.goto("/rules");
    await other.goto(link);
    await expect(other.getByRole("status")).toHaveText(loaded);
    await expect(planner.platelets).toHaveValue("240");
    await expect(planner.findings).toContainText("No do-not-start");
  });
  await test.step("When the colleague changes the platelet count to 120 ×10⁹/L", async () => {
    await planner.enterLab("Platelets", "120");
    await expect(planner.doNotStartBanner).toContainText("Do not start abrocitinib");
  });

  await test.step("Then after a reload on the link's address the count is still 120, and the plan still says do not start", async () => {
    await other.reload();
    await expect(other.getByLabel("Drug")).toBeEnabled();
    await expect(other).toHaveURL(link);
    await expect(planner.platelets).toHaveValue("120");
    await expect(planner.doNotStartBanner).toContainText("Do not start abrocitinib");
    await expect(other.getByRole("status")).toHaveText(kept);
  });
  await test.step("And after going to the rules explorer and Back, it is still 120", async () => {
    await other.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Rules explorer" }).click();
    await expect(other).toHaveURL(/\/rules$/);
    await other.goBack();
    await expect(other).toHaveURL(link);
    await expect(other.getByLabel("Drug")).toBeEnabled();
    await expect(planner.platelets).toHaveValue("120");
    await expect(planner.doNotStartBanner).toContainText("Do not start abrocitinib");
  });
  await test.step("And after leaving the page for another and coming Back, it is still 120", async () => {
    await other.goto("/rules/abrocitinib");
    await other.goBack();
    await expect(other).toHaveURL(link);
    await expect(other.getByLabel("Drug")).toBeEnabled();
    await expect(planner.platelets).toHaveValue("120");
    await expect(planner.doNotStartBanner).toContainText("Do not start abrocitinib");
  });
  await test.step("And after Forward and Back again, it is still 120", async () => {
    await other.goForward();
    await expect(other.getByRole("heading", { level: 1 })).toContainText("abrocitinib");
    await other.goBack();
    await expect(other).toHaveURL(link);
    await expect(other.getByLabel("Drug")).toBeEnabled();
    await expect(planner.platelets).toHaveValue("120");
    await expect(planner.doNotStartBanner).toContainText("Do not start abrocitinib");
  });

  await test.step("But a different link opened in that tab is loaded: the memory is of one link, not of all", async () => {
    await page.bringToFront();
    await sharing.chooseDose(200);
    const second = await copyShareLink(page);
    expect(second).not.toBe(link);
    await other.goto("/rules");
    await other.goto(second);
    await expect(other.getByRole("status")).toHaveText(loaded);
    await expect(other.getByLabel("Daily dose")).toHaveValue("200");
    await expect(planner.platelets).toHaveValue("240");
  });
});

test("edits made after copying a share link survive a reload of the tab that copied it", async ({ page }) => {
  const planner = new PlannerPage(page);
  await planner.open();
  await fillNormalAbrocitinib(planner);
  const link = await copyShareLink(page);
  await test.step("When the platelet count is changed to 120 after copying the link, and the page reloaded", async () => {
    await planner.enterLab("Platelets", "120");
    await expect(planner.doNotStartBanner).toBeVisible();
    await page.reload();
  });
  await test.step("Then the address still holds the link, and the form the edit", async () => {
    await expect(page.getByLabel("Drug")).toBeEnabled();
    expect(page.url()).toBe(link);
    await expect(planner.platelets).toHaveValue("120");
    await expect(planner.doNotStartBanner).toContainText("Do not start abrocitinib");
  });
});
