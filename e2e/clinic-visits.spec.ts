import { expect, test } from "@playwright/test";
import { PlannerPage } from "./pages/planner-page";
import { expectNoAxeViolations } from "./support/axe";

const rule =
  "Routine tests due within 7 days of another visit are drawn at that visit; dates a label sets are never moved to merge visits.";

test("the clinic keeps its visits: routine tests drawn with the week-12 lipids, no weekend visits", async ({
  page,
}) => {
  // An axe run over the whole planner takes seconds on a busy 2-core machine.
  test.setTimeout(60_000);
  const planner = new PlannerPage(page);
  await planner.open();

  await test.step("Given a new form, the clinic settings are on: 7 days, weekends avoided", async () => {
    await expect(planner.clinicSettings.getByLabel("Draw routine tests with a visit up to")).toHaveValue("7");
    await expect(planner.clinicSettings.getByLabel(/Avoid weekends/)).toBeChecked();
  });

  await test.step("When the dermatologist plans upadacitinib 15 mg from Mon 4 Jan 2027, routine labs every 3 months", async () => {
    await planner.chooseDrug("upadacitinib (RINVOQ)");
    await planner.chooseDose(15);
    await planner.setStartDate("2027-01-04");
    await planner.setPatient({ age: 40, sex: "Male" });
    await planner.setRoutineInterval("Every 3 months");
  });

  await test.step("Then the month-3 panel (Sun 4 Apr) is drawn with the week-12 lipids on Mon 29 Mar", async () => {
    const week12 = planner.visit("Mon 29 Mar 2027");
    await expect(week12).toContainText("Week 12 · Month 3");
    await expect(week12).toContainText("Lipid panel");
    await expect(week12).toContainText("CBC with differential");
    await expect(week12).toContainText("Moved from Sun 4 Apr 2027.");
    // No visit of its own: the date is named only as where the routine tests were moved from.
    await expect(planner.schedule.getByRole("rowheader", { name: "Sun 4 Apr 2027" })).toHaveCount(0);
    await expect(planner.schedule).toContainText(rule);
  });

  await test.step("And the clinic settings and the moved visits have no WCAG 2.1 AA violations", () =>
    expectNoAxeViolations(page));

  await test.step("And the printout follows: one visit on paper, and the rule on the clinician summary", async () => {
    await page.emulateMedia({ media: "print" });
    const patientPage = page.getByRole("region", { name: "Your monitoring schedule" });
    await expect(patientPage.getByRole("row", { name: /Mon 29 Mar 2027/ })).toContainText("Liver blood test");
    await expect(patientPage.getByRole("row", { name: /Apr 2027/ })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Clinician summary" })).toContainText(rule);
    await page.emulateMedia({ media: "screen" });
  });

  await test.step("When merging is turned off, month 3 has its own visit, moved off the Sunday to Mon 5 Apr", async () => {
    await planner.setMergeWindow("Off");
    await expect(planner.visit("Mon 5 Apr 2027")).toContainText("Month 3");
    await expect(planner.visit("Mon 5 Apr 2027")).toContainText("Moved from Sun 4 Apr 2027.");
    await expect(planner.visit("Mon 29 Mar 2027")).not.toContainText("Month 3");
  });
});
