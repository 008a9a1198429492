import { expect, test, type Page } from "@playwright/test";
import { PlannerPage } from "./pages/planner-page";

/** Presses Tab until the field labelled `id` has focus, as a keyboard user would. */
async function tabTo(page: Page, id: string) {
  for (let presses = 0; presses < 300; presses += 1) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached #${id}`);
}

test("a clinician fills the planner with the keyboard alone", async ({ page }) => {
  const planner = new PlannerPage(page);
  await planner.open();
  await test.step("When the clinician follows the 'not ready' list to the start date", async () => {
    const goToStartDate = page.getByRole("button", { name: /^Start date \(first dose\): empty/ });
    await goToStartDate.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByLabel("Start date (first dose)")).toBeFocused();
  });
  await test.step("When the start date, age, sex, lab date and platelets are typed with Tab and keys only", async () => {
    await tabTo(page, "doseMg");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await tabTo(page, "startDate");
    await page.keyboard.type("01042027");
    await tabTo(page, "ageYears");
    await page.keyboard.type("34");
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowDown");
    await tabTo(page, "labsDate");
    await page.keyboard.type("12152026");
    await tabTo(page, "lab-platelets");
    await page.keyboard.type("120");
  });
  await test.step("Then the fields hold what was typed", async () => {
    await expect(page.getByLabel("Daily dose")).toHaveValue("100");
    await expect(page.getByLabel("Start date (first dose)")).toHaveValue("2027-01-04");
    await expect(page.getByLabel("Sex")).toHaveValue("female");
    await expect(page.getByLabel("Drawn on")).toHaveValue("2026-12-15");
  });
  await test.step("And the plan answers: do not start, with week 4 on Mon 1 Feb 2027", async () => {
    await expect(planner.doNotStartBanner).toContainText("Do not start abrocitinib");
    await expect(planner.visit("Mon 1 Feb 2027")).toContainText("Week 4");
  });
  await test.step("And the focused control is always visibly outlined", async () => {
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe("none");
  });
});
