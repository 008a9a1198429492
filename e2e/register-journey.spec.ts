import { expect, test } from "@playwright/test";
import { signedInPage } from "./pages/register-page";
import { abrocitinibStartedDaysAgo, addPatient, dayFrom, signInApi } from "./support/register-api";
import { registerUsers } from "./support/register-users";

test("a nurse records a week-4 result that breaks a limit, a clinician signs it off, and the audit trail shows both", async ({
  browser,
  request,
  baseURL,
}) => {
  const origin = baseURL ?? "";
  // Started 30 days ago: the week-4 bloods were due two days ago.
  const clinicPatientId = `JOURNEY-${Date.now()}`;
  const week4 = dayFrom(-2);
  await test.step("Given a clinician saved a patient on abrocitinib to the register", async () => {
    const csrfToken = await signInApi(request, origin, registerUsers.clinician, 11);
    await addPatient(request, origin, csrfToken, clinicPatientId, abrocitinibStartedDaysAgo(30), "Journey Patient");
  });

  const nurse = await signedInPage(browser, origin, registerUsers.nurse, 12);
  await test.step("When the nurse opens the worklist, the patient is overdue", async () => {
    await expect(nurse.page.getByRole("heading", { name: "Monitoring worklist" })).toBeVisible();
    await expect(
      nurse.worklistSection("Overdue").getByRole("link", { name: new RegExp(clinicPatientId) }),
    ).toBeVisible();
  });

  await test.step("And the results table starts in the units this browser remembers (LDL cholesterol in mmol/L)", async () => {
    await nurse.openPatient(clinicPatientId);
    await nurse.page.evaluate(() => localStorage.setItem("jak-monitor:units:v1", JSON.stringify({ ldl: "mmol/L" })));
    await nurse.page.reload();
    const results = nurse.page.getByRole("form", { name: "Record results" });
    await expect(results.getByLabel("LDL cholesterol unit")).toHaveValue("mmol/L");
    await expect(results.getByLabel("HDL cholesterol unit")).toHaveValue("mg/dL");
  });

  await test.step("And she records the week-4 platelets of 40 ×10⁹/L", async () => {
    await nurse.recordResults(week4, { Platelets: "40" });
    await expect(nurse.review.getByText(/Platelets 40 ×10⁹\/L .* discontinue abrocitinib/)).toBeVisible();
    await expect(nurse.review.getByText("Awaiting a clinician's sign-off.")).toBeVisible();
    await expect(nurse.review.getByRole("button", { name: "Sign off this result" })).toHaveCount(0);
    // The history writes the result as the forms do, not in the request's codes.
    await expect(nurse.page.getByRole("region", { name: "History" })).toContainText("platelets 40 ×10⁹/L");
  });

  await test.step("Then the worklist lists the patient under needs review", async () => {
    await nurse.page.getByRole("link", { name: "Worklist" }).click();
    await expect(
      nurse.worklistSection("Needs review").getByRole("link", { name: new RegExp(clinicPatientId) }),
    ).toBeVisible();
  });

  const clinician = await signedInPage(browser, origin, registerUsers.clinician, 13);
  await test.step("When a clinician signs the result off with a comment", async () => {
    await clinician.openPatient(clinicPatientId);
    // A stop is signed off with what was done about it: the comment is required.
    const comment = clinician.review.getByLabel(/^What was done about it \(required to sign off a stop\): Results of /);
    await expect(comment).toHaveAttribute("required", "");
    await comment.fill("Phoned: abrocitinib stopped, repeat CBC in a week.");
    await clinician.review.getByRole("button", { name: "Sign off this result" }).click();
    await expect(
      clinician.review.getByText("No result, dose change or facts update waits for sign-off."),
    ).toBeVisible();
    await expect(clinician.page.getByRole("region", { name: "History" })).toContainText(
      /Result of \w{3} \d{1,2} \w{3} \d{4} signed off by Dr Chloe Clinician: Phoned: abrocitinib stopped/,
    );
  });

  await test.step("Then the needs-review list no longer holds the patient", async () => {
    await clinician.page.getByRole("link", { name: "Worklist" }).click();
    await expect(
      clinician.worklistSection("Needs review").getByRole("link", { name: new RegExp(clinicPatientId) }),
    ).toHaveCount(0);
  });

  const admin = await signedInPage(browser, origin, registerUsers.admin, 14);
  await test.step("And the admin's audit view shows the nurse's result and the clinician's sign-off", async () => {
    await admin.page.goto("/register/audit");
    const rows = admin.page.getByRole("row");
    await expect(
      rows.filter({ hasText: registerUsers.nurse.email }).filter({ hasText: "Recorded a result" }),
    ).not.toHaveCount(0);
    await expect(
      rows.filter({ hasText: registerUsers.clinician.email }).filter({ hasText: "Signed off a result" }),
    ).not.toHaveCount(0);
    await expect(
      rows.filter({ hasText: registerUsers.nurse.email }).filter({ hasText: "Opened a patient record" }),
    ).not.toHaveCount(0);
    // An admin opens no record: its id is not a link to a page that would refuse them.
    await expect(admin.page.locator("table a[href^='/register/patients/']")).toHaveCount(0);
  });

  await test.step("And on a phone the audit table scrolls in its own box, not the page", async () => {
    await admin.page.setViewportSize({ width: 360, height: 740 });
    const widths = await admin.page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      view: document.documentElement.clientWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
  });

  await test.step("And the nurse, signed out, is sent back to the sign-in page", async () => {
    await nurse.page.getByRole("button", { name: "Sign out" }).click();
    await expect(nurse.page.getByRole("heading", { name: "Sign in to the register" })).toBeVisible();
    await nurse.page.goto("/register");
    await expect(nurse.page.getByRole("heading", { name: "Sign in to the register" })).toBeVisible();
  });
});
