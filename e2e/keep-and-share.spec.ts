import { expect, test } from "@playwright/test";
import { PlannerPage } from "./pages/planner-page";
import { fillNormalAbrocitinib } from "./support/fill-normal-abrocitinib";

test("the form survives a reload, a share link reopens the plan, and clear empties it", async ({ page, context }) => {
  const planner = new PlannerPage(page);
  await planner.open();
  await fillNormalAbrocitinib(planner);
  await planner.enterLab("Platelets", "120");

  await test.step("When the page is reloaded, the form and the plan are still there", async () => {
    await page.reload();
    await expect(page.getByLabel("Platelets", { exact: true })).toHaveValue("120");
    await expect(planner.doNotStartBanner).toBeVisible();
  });

  const link = await test.step("When the share link is copied, its data is in the fragment only", async () => {
    await page.getByRole("button", { name: "Copy share link" }).click();
    await expect(page.getByRole("status")).toContainText("never sent to a server");
    const url = new URL(page.url());
    expect(url.search).toBe("");
    expect(url.hash).toMatch(/^#request=/);
    return page.url();
  });

  await test.step("Then a new tab opened on the link shows the same plan", async () => {
    const other = await context.newPage();
    const requests: string[] = [];
    other.on("request", (request) => requests.push(request.url()));
    await other.goto(link);
    await expect(other.getByLabel("Platelets", { exact: true })).toHaveValue("120");
    await expect(new PlannerPage(other).doNotStartBanner).toContainText("Do not start abrocitinib");
    expect(requests.every((url) => !url.includes("request="))).toBe(true);
    await other.close();
  });

  await test.step("When the form is cleared, it is empty after a reload too", async () => {
    await page.getByRole("button", { name: "Clear form" }).click();
    await expect(page.getByLabel("Platelets", { exact: true })).toHaveValue("");
    await page.reload();
    await expect(page.getByLabel("Platelets", { exact: true })).toHaveValue("");
  });
});

test("on a slow device, what is chosen as soon as the form is enabled is kept", async ({ page }) => {
  // A six-times slower CPU widens the moment between the form becoming usable and the page
  // finishing its start-up; a choice made in that moment must not be reset by the start-up.
  const devtools = await page.context().newCDPSession(page);
  await devtools.send("Emulation.setCPUThrottlingRate", { rate: 6 });
  const planner = new PlannerPage(page);
  for (let visit = 1; visit <= 3; visit += 1) {
    await test.step(`Visit ${visit}: upadacitinib chosen the moment the form is enabled`, async () => {
      await page.evaluate(() => sessionStorage.clear()).catch(() => undefined);
      await planner.open();
      await planner.chooseDrug("upadacitinib (RINVOQ)");
      await page.waitForTimeout(1_000);
      await expect(page.getByLabel("Drug")).toHaveValue("upadacitinib");
    });
  }
});

test("an EU label choice survives a reload, and Clear form returns to no region chosen (both labels applied)", async ({
  page,
}) => {
  const planner = new PlannerPage(page);
  await planner.open();
  await fillNormalAbrocitinib(planner);
  await page.getByLabel("EU SmPC").check();

  await test.step("When the page is reloaded, the EU label is still the one chosen", async () => {
    await page.reload();
    await expect(page.getByLabel("EU SmPC")).toBeChecked();
    await expect(page.getByLabel("US prescribing information")).not.toBeChecked();
  });

  await test.step("When the form is cleared, no region is chosen and the plan says it applies both labels", async () => {
    await page.getByRole("button", { name: "Clear form" }).click();
    await expect(page.getByLabel("US prescribing information")).not.toBeChecked();
    await expect(page.getByLabel("EU SmPC")).not.toBeChecked();
    await expect(
      page.getByText("Not chosen yet: the plan applies the stricter of both labels where they differ."),
    ).toBeVisible();
  });
});

test.describe("before the page's script has run", () => {
  test.use({ javaScriptEnabled: false });

  test("the server-rendered form shows the plan length an empty form starts with", async ({ page }) => {
    await test.step("When the page opens on a PC too slow to have run its script yet", async () => {
      await page.goto("/");
    });
    await test.step("Then the drug and 'Plan for 12 months' are already shown, not blank", async () => {
      await expect(page.getByLabel("Drug")).toHaveValue("abrocitinib");
      await expect(page.getByLabel("Plan for (months)")).toHaveValue("12");
    });
  });
});
