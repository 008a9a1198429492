import { expect, test } from "@playwright/test";
import { PlannerPage } from "./pages/planner-page";
import { fillNormalAbrocitinib } from "./support/fill-normal-abrocitinib";

test("switching units (g/L haemoglobin, cells/µL counts) gives the same findings", async ({ page }) => {
  const planner = new PlannerPage(page);
  await planner.open();
  await fillNormalAbrocitinib(planner);
  await planner.enterLab("Haemoglobin", "7.9");
  await planner.enterLab("Absolute lymphocyte count", "0.45");

  const inConventional = await test.step("Given haemoglobin 7.9 g/dL and ALC 0.45 ×10⁹/L", async () => {
    await expect(planner.doNotStartBanner).toContainText("2 reasons");
    return planner.findingTexts();
  });

  await test.step("When the same values are entered as 79 g/L and 450 cells/µL", async () => {
    await planner.enterLab("Haemoglobin", "79", "g/L");
    await planner.enterLab("Absolute lymphocyte count", "450", "cells/µL");
  });

  await test.step("Then the same findings are shown, each in the unit typed, the label's unit in brackets", async () => {
    await expect(planner.doNotStartBanner).toContainText("2 reasons");
    const inSi = await planner.findingTexts();
    expect(inSi.map((text) => text.split(" ")[0])).toEqual(inConventional.map((text) => text.split(" ")[0]));
    expect(inSi.join("\n")).toContain("Haemoglobin 79 g/L [7.9 g/dL] (Tue 15 Dec 2026) is below 80 g/L [8 g/dL]");
    expect(inSi.join("\n")).toContain("ALC 450 cells/µL (Tue 15 Dec 2026) is below 500 cells/µL");
  });

  await test.step("And the unit choice is remembered for the next patient", async () => {
    await page.getByRole("button", { name: "Clear form" }).click();
    await expect(page.getByLabel("Haemoglobin", { exact: true })).toHaveValue("");
    await expect(page.getByLabel("Haemoglobin unit")).toHaveValue("g/L");
    await expect(page.getByLabel("Absolute lymphocyte count unit")).toHaveValue("cells/uL");
  });
});
