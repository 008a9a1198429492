import { expect, test } from "@playwright/test";
import { PlannerPage } from "./pages/planner-page";
import { fillNormalAbrocitinib } from "./support/fill-normal-abrocitinib";

test("a plan that cannot decide says so: no region chosen, the pregnancy question unanswered, other medicines not reviewed", async ({
  page,
}) => {
  const planner = new PlannerPage(page);
  await planner.open();
  await test.step("Given abrocitinib 100 mg for a 34-year-old woman, with no region and no pregnancy answer", async () => {
    await planner.chooseDrug("abrocitinib (CIBINQO)");
    await planner.chooseDose(100);
    await planner.setStartDate("2027-01-04");
    await planner.setPatient({ age: 34, sex: "Female" });
  });
  await test.step("Then the plan applies both labels and says so", async () => {
    await expect(
      page.getByText("Not chosen yet: the plan applies the stricter of both labels where they differ."),
    ).toBeVisible();
    await expect(planner.findings).toContainText(
      "No label region chosen: this plan applies the rules of both the US label and the EU SmPC",
    );
  });
  await test.step("And it asks whether she can become pregnant, plans the test, and will not print until answered", async () => {
    await expect(planner.findings).toContainText("Whether the patient can become pregnant is not recorded");
    await expect(planner.visit("Mon 4 Jan 2027")).toContainText("Pregnancy test");
    await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeDisabled();
    await expect(page.getByText("Answer “Can become pregnant?” (Patient) before printing")).toBeVisible();
    await planner.answerCanBecomePregnant("Unknown");
    await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeEnabled();
  });
  await test.step("And it asks for the other medicines until they are reviewed", async () => {
    await expect(planner.findings).toContainText("The patient's other medicines are not recorded");
    await page.getByLabel("Medicines reviewed").check();
    await expect(planner.findings).not.toContainText("The patient's other medicines are not recorded");
  });
});

test("an answer to “Can become pregnant?” stays in view when the sex is changed to male, since the plan still reads it", async ({
  page,
}) => {
  const planner = new PlannerPage(page);
  await planner.open();
  await fillNormalAbrocitinib(planner);
  await planner.setPatient({ age: 34, sex: "Female" });
  await planner.answerCanBecomePregnant("Yes");
  await planner.setPatient({ age: 34, sex: "Male" });
  await expect(page.getByLabel("Can become pregnant?")).toHaveValue("yes");
  await expect(planner.findings).toContainText("Can become pregnant: check pregnancy status before starting");
  // Choosing "Not answered" does not take the field away under the user's focus...
  const question = page.getByLabel("Can become pregnant?");
  await question.focus();
  await question.selectOption({ label: "Not answered" });
  await expect(question).toBeFocused();
  await expect(question).toHaveValue("");
  // ...but unanswered, the question is not asked of a patient whose sex is then set to male.
  await planner.setPatient({ age: 34, sex: "Female" });
  await planner.setPatient({ age: 34, sex: "Male" });
  await expect(page.getByLabel("Can become pregnant?")).toHaveCount(0);
  await expect(planner.findings).not.toContainText("Can become pregnant: check pregnancy status before starting");
});

test("a strong CYP2C19 inhibitor on abrocitinib 200 mg asks for the lower dose", async ({ page }) => {
  const planner = new PlannerPage(page);
  await planner.open();
  await fillNormalAbrocitinib(planner);
  await planner.chooseDose(200);
  await page.getByRole("checkbox", { name: /^Strong CYP2C19 inhibitor/ }).check();
  await expect(planner.findings).toContainText("With a strong CYP2C19 inhibitor");
  await expect(planner.findings).toContainText("Reduce to 100 mg a day.");
});

test("the printout of a do-not-start plan shows what matters next, not routine visits, and names what the clinic arranges", async ({
  page,
}) => {
  const planner = new PlannerPage(page);
  await planner.open();
  await fillNormalAbrocitinib(planner);
  await test.step("Given a routine interval not chosen, the printed sheet says the clinic arranges the regular blood tests", async () => {
    await page.emulateMedia({ media: "print" });
    const sheet = page.getByRole("region", { name: "Your monitoring schedule" });
    await expect(sheet).toContainText(
      "Regular blood tests (blood count (full blood count with white cells and platelets), cholesterol and fats in the blood (lipid panel)): your clinic will arrange them",
    );
    await expect(sheet.getByRole("row", { name: /Mon 1 Feb 2027/ })).toBeVisible();
    await page.emulateMedia({ media: "screen" });
  });
  await test.step("When the baseline platelet count is 120 ×10⁹/L", () => planner.enterLab("Platelets", "120"));
  await test.step("Then the printed sheet leads with the stop instruction and lists only the blood count, as the clinic arranges", async () => {
    await expect(planner.doNotStartBanner).toContainText("Do not start abrocitinib");
    await page.emulateMedia({ media: "print" });
    const sheet = page.getByRole("region", { name: "Your monitoring schedule" });
    await expect(sheet.locator(".print-stop-notice")).toContainText("Do not start abrocitinib");
    await expect(sheet.getByRole("row", { name: /As your clinic arranges/ })).toContainText("Blood count");
    await expect(sheet.getByRole("row", { name: /Mon 1 Feb 2027/ })).toHaveCount(0);
    await expect(sheet).not.toContainText("Shingles vaccine");
  });
});

test("the list of fields to fix names every one at once, the dose included, not one round after another", async ({
  page,
}) => {
  const planner = new PlannerPage(page);
  await planner.open();
  const summary = page.getByRole("region", { name: "Plan not ready yet" });
  await test.step("Given a start date, age and sex, a positive TB test without its date, and no dose chosen", async () => {
    await planner.setStartDate("2027-01-04");
    await planner.setPatient({ age: 34, sex: "Female" });
    await page.getByLabel("Tuberculosis (IGRA or skin test)").selectOption({ label: "Positive" });
  });
  await test.step("Then the list names both the test's date and the dose", async () => {
    await expect(summary).toContainText("Tuberculosis (IGRA or skin test), date: empty or incomplete.");
    await expect(summary).toContainText("Dose is required for abrocitinib");
  });
  await test.step("When the date is entered, the dose is still named, and choosing it shows the plan", async () => {
    const tuberculosis = page.locator(".row", { has: page.getByLabel("Tuberculosis (IGRA or skin test)") });
    await tuberculosis.getByLabel("Date").fill("2026-12-01");
    await expect(summary).toContainText("Dose is required for abrocitinib");
    await expect(summary).not.toContainText("Tuberculosis");
    await planner.chooseDose(100);
    await expect(summary).toBeHidden();
    await expect(planner.findings).toBeVisible();
  });
});
