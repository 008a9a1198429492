import { expect, test } from "@playwright/test";
import { signedInPage } from "./pages/register-page";
import { abrocitinibStartedDaysAgo, addPatient, signInApi } from "./support/register-api";
import { registerUsers } from "./support/register-users";

test("a patient who missed two visits has both on the worklist, so the nurse books every overdue test", async ({
  browser,
  request,
  baseURL,
}) => {
  const origin = baseURL ?? "";
  const clinicPatientId = `MISSED-${Date.now()}`;
  await test.step("Given a patient on abrocitinib for 120 days, with 3-monthly routine labs and no result since the start", async () => {
    const csrfToken = await signInApi(request, origin, registerUsers.clinician, 110);
    await addPatient(request, origin, csrfToken, clinicPatientId, {
      ...abrocitinibStartedDaysAgo(120),
      routineIntervalMonths: 3,
    });
  });

  const nurse = await signedInPage(browser, origin, registerUsers.nurse, 111);
  await test.step("Then the Overdue list names the week-4 tests and the month-3 tests, each with its date", async () => {
    const row = nurse.worklistSection("Overdue").getByRole("row", { name: new RegExp(clinicPatientId) });
    const visits = row.locator(".overdue-visits li");
    await expect(visits).toHaveCount(2);
    await expect(visits.nth(0)).toContainText("CBC with differential, lipid panel");
    await expect(visits.nth(1)).toContainText("CBC with differential");
  });

  await test.step("And the worklist's CSV has both in its Overdue visits column", async () => {
    const row = await nurse.worklistCsvRow("Overdue", clinicPatientId);
    expect(row?.["Overdue visits"]).toMatch(
      /^\d{4}-\d{2}-\d{2}: CBC with differential, lipid panel; \d{4}-\d{2}-\d{2}: CBC with differential/,
    );
  });
});
