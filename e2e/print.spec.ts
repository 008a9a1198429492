import { expect, test } from "@playwright/test";
import { PlannerPage } from "./pages/planner-page";
import { artifactPath } from "./support/artifacts";
import { fillNormalAbrocitinib } from "./support/fill-normal-abrocitinib";
import { rulesVersion } from "@/rules/version";

test("the nurse prints the schedule: patient page and clinician summary, no form or buttons", async ({ page }) => {
  const planner = new PlannerPage(page);
  await planner.open();
  await fillNormalAbrocitinib(planner);
  await expect(planner.visit("Mon 1 Feb 2027")).toBeVisible();

  await test.step("When the page is printed", () => page.emulateMedia({ media: "print" }));

  await test.step("Then the patient page shows dates and tests in plain words with room for notes", async () => {
    const patientPage = page.getByRole("region", { name: "Your monitoring schedule" });
    await expect(patientPage).toBeVisible();
    await expect(patientPage.getByRole("row", { name: /Mon 1 Feb 2027/ })).toContainText("Blood count");
    await expect(patientPage.getByRole("columnheader", { name: "Clinic notes" })).toBeVisible();
    await expect(patientPage.getByRole("row", { name: /Mon 4 Jan 2027 First dose/ })).toContainText(
      "Start taking abrocitinib",
    );
    // The rules version is for the clinician: it is on the summary, not on the patient's page.
    await expect(patientPage).not.toContainText(`rules ${rulesVersion}`);
  });
  await test.step("And it says where the schedule ends, and that later tests are not on it", async () => {
    const patientPage = page.getByRole("region", { name: "Your monitoring schedule" });
    await expect(patientPage).toContainText("schedule to Tue 4 Jan 2028");
    await expect(patientPage).toContainText(
      "Tests after Tue 4 Jan 2028 are not on this sheet; your clinic will plan them.",
    );
    await expect(patientPage.locator(".print-stop-notice")).toHaveCount(0);
  });
  await test.step("And the clinician summary gives the rules version, findings and sources", async () => {
    const summary = page.getByRole("region", { name: "Clinician summary" });
    await expect(summary).toBeVisible();
    await expect(summary).toContainText(`rules ${rulesVersion}`);
    await expect(summary).toContainText("CIBINQO (abrocitinib) US prescribing information");
    await expect(summary).toContainText("Decision support only");
  });
  await test.step("And no form, navigation or button is on paper", async () => {
    await expect(page.getByRole("form", { name: "Plan request" })).toBeHidden();
    await expect(page.getByRole("navigation")).toBeHidden();
    await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
  });
  await page.screenshot({ path: artifactPath("screenshots", "printout.png"), fullPage: true });
  await test.step("And a PDF can be saved", async () => {
    const pdf = await page.pdf({ path: artifactPath("pdf", "schedule.pdf"), format: "A4", printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });
});

test("Print prints the plan of the form as it is, even clicked straight after a change", async ({ page }) => {
  // What was on the page at each call of print: a stop notice, and whether the plan was being updated.
  await page.addInitScript(() => {
    const calls: { stop: boolean; updating: boolean }[] = [];
    Object.assign(window, { printCalls: calls });
    window.print = () =>
      void calls.push({
        stop: document.querySelector(".print-stop-notice") !== null,
        updating: document.querySelector("[data-updating]") !== null,
      });
  });
  const printCalls = () => page.evaluate(() => (window as unknown as { printCalls: unknown[] }).printCalls);
  const planner = new PlannerPage(page);
  await planner.open();
  await fillNormalAbrocitinib(planner);
  const print = page.getByRole("button", { name: "Print or save as PDF" });
  await test.step("When Print is clicked on a plan ready to print", () => print.click());
  await test.step("Then the page is printed once, with its plan up to date", async () => {
    await expect.poll(printCalls).toEqual([{ stop: false, updating: false }]);
    await expect(page.getByText("The plan was being updated")).toBeHidden();
  });
  await test.step("When a platelet count of 120 is typed and Print clicked straight away", async () => {
    await planner.enterLab("Platelets", "120");
    await print.click();
  });
  await test.step("Then what is printed is the do-not-start plan of 120, never the plan before it", async () => {
    await expect.poll(printCalls).toEqual([
      { stop: false, updating: false },
      { stop: true, updating: false },
    ]);
  });
});
