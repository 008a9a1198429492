import { expect, test } from "@playwright/test";
import { PlannerPage } from "./pages/planner-page";
import { artifactPath } from "./support/artifacts";

test("a week-4 ALC of 0.4 ×10⁹/L on upadacitinib means interrupt, with a dated recheck", async ({ page }) => {
  const planner = new PlannerPage(page);
  await planner.open();
  await test.step("Given a patient on upadacitinib 15 mg since Mon 4 Jan 2027 with a normal baseline ALC", async () => {
    await planner.chooseDrug("upadacitinib (RINVOQ)");
    await planner.chooseDose(15);
    await planner.setStartDate("2027-01-04");
    await planner.setPatient({ age: 40, sex: "Male" });
    await planner.setLabsDate("2026-12-15");
    await planner.enterLab("Absolute lymphocyte count", "1.5");
    await planner.setAsOf("2027-02-03");
    await planner.setRecheckInterval("2 weeks");
  });
  await test.step("When the nurse records the week-4 result: ALC 0.4 ×10⁹/L on Mon 1 Feb 2027", () =>
    planner.recordVisitResults("2027-02-01", { "Absolute lymphocyte count": "0.4" }));
  await test.step("Then the advice is to interrupt, with the restart condition", async () => {
    await expect(planner.doNotStartBanner).toContainText("Interrupt upadacitinib");
    const interrupt = planner.findings.locator("li.finding-interrupt");
    await expect(interrupt).toContainText(
      "ALC 0.4 ×10⁹/L [400 cells/µL] on Mon 1 Feb 2027 is below 0.5 ×10⁹/L [500 cells/µL]: interrupt upadacitinib",
    );
    await expect(interrupt).toContainText("above 500 cells/µL");
  });
  await test.step("And a recheck is dated two weeks later, Mon 15 Feb 2027", async () => {
    await expect(planner.visit("Mon 15 Feb 2027")).toContainText("Recheck ALC");
  });
  await test.step("And the baseline tests not done by today show as overdue", async () => {
    await expect(planner.visit("Mon 4 Jan 2027")).toContainText("Overdue");
  });
  await test.step("And the ALC history shows the baseline, the result and the limits, as a table and a chart", async () => {
    await expect(planner.history.getByRole("row", { name: /Tue 15 Dec 2026 \(baseline\)/ })).toContainText("1.5");
    await expect(planner.history.getByRole("row", { name: /Mon 1 Feb 2027/ })).toContainText("0.4");
    await expect(planner.history.getByRole("row", { name: "Interrupt below 0.5" })).toBeVisible();
    await expect(planner.history.getByRole("img", { name: /Absolute lymphocyte count in ×10⁹\/L/ })).toBeVisible();
  });
  await page.screenshot({ path: artifactPath("screenshots", "follow-up-interrupt.png") });

  await test.step("When the recheck comes back at 0.6 ×10⁹/L, the restart condition is met", async () => {
    await planner.recordVisitResults("2027-02-15", { "Absolute lymphocyte count": "0.6" });
    await expect(planner.findings.locator("li.finding-interrupt")).toHaveCount(0);
    await expect(planner.doNotStartBanner).toHaveCount(0);
    await expect(planner.findings).toContainText("the restart condition is met");
  });

  await test.step("And the nurse prints the updated schedule", async () => {
    await page.emulateMedia({ media: "print" });
    const patientPage = page.getByRole("region", { name: "Your monitoring schedule" });
    await expect(patientPage).toContainText("Mon 29 Mar 2027");
    await expect(patientPage).toContainText("overdue, please book");
  });
});
