import { expect, test } from "@playwright/test";
import { toCalendarDate } from "@/lib/dates/calendar-date";
import { formatHumanDate } from "@/lib/dates/human-date";
import { signedInPage } from "./pages/register-page";
import { abrocitinibStartedDaysAgo, addPatient, dayFrom, signInApi } from "./support/register-api";
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

test("results of an overdue patient are never dated to the missed visit unless the nurse chooses it", async ({
  browser,
  request,
  baseURL,
}) => {
  const origin = baseURL ?? "";
  const clinicPatientId = `LATE-${Date.now()}`;
  const csrfToken = await signInApi(request, origin, registerUsers.clinician, 132);
  await addPatient(request, origin, csrfToken, clinicPatientId, abrocitinibStartedDaysAgo(120));
  const nurse = await signedInPage(browser, origin, registerUsers.nurse, 133);
  await nurse.page.goto("/register");
  await nurse.openPatient(clinicPatientId);
  const form = nurse.page.getByRole("form", { name: "Record results" });
  const date = form.getByLabel("Date of the results");

  await test.step("The date starts empty, and the hint names the missed visit's date", async () => {
    await expect(date).toHaveValue("");
    await expect(form.getByText(/The earliest open visit was due on \w{3} \d{1,2} \w{3} \d{4}\./)).toBeVisible();
  });

  await test.step("Saving without a date asks for one, in words for a date picker, and saves nothing", async () => {
    await form.getByLabel("Platelets", { exact: true }).fill("240");
    await form.getByRole("button", { name: "Save the results" }).click();
    await expect(form.locator("#result-date-error")).toHaveText(
      "Empty or incomplete. Enter the day the samples were taken.",
    );
    await expect(form.getByLabel("Platelets", { exact: true })).toHaveValue("240");
  });

  await test.step("'Use today' fills today's date, and the results save on it", async () => {
    await form.getByRole("button", { name: /^Use today/ }).click();
    await expect(date).toHaveValue(dayFrom(0));
    // The date chosen answers the earlier refusal at once.
    await expect(form.locator("#result-date-error")).toHaveText("");
    await form.getByRole("button", { name: "Save the results" }).click();
    await expect(form.getByRole("status")).toHaveText("Results saved.");
    // Stored on today's date, as the history says.
    await expect(nurse.page.getByRole("region", { name: "History" })).toContainText(
      `Results recorded by ${registerUsers.nurse.name}: ${formatHumanDate(toCalendarDate(dayFrom(0)))}: platelets 240`,
    );
  });
  await nurse.page.context().close();
});

test("the worklist says which filters it shows, on screen and on paper, and keeps the others when one is refused", async ({
  browser,
  baseURL,
}) => {
  const nurse = await signedInPage(browser, baseURL ?? "", registerUsers.nurse, 134);
  const { page } = nurse;
  await page.goto("/register?days=30&drug=tofacitinib");
  const summary = page.locator(".filter-summary");
  await expect(summary).toHaveText("Showing tofacitinib, all clinicians; due soon means within 30 days.");
  await page.emulateMedia({ media: "print" });
  await expect(summary).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  await page.goto("/register?days=120&drug=upadacitinib");
  await expect(page.getByRole("alert").filter({ hasText: "Due within (days)" })).toHaveText(
    "Due within (days) must be a whole number from 1 to 90. Showing 14 days ahead.",
  );
  await expect(page.getByLabel("Drug")).toHaveValue("upadacitinib");
  await expect(summary).toHaveText("Showing upadacitinib, all clinicians; due soon means within 14 days.");
  await expect(page.getByLabel("Due within (days)")).toHaveAttribute("max", "90");
  await page.context().close();
});
