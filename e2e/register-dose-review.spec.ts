import { expect, test } from "@playwright/test";
import { signedInPage } from "./pages/register-page";
import { abrocitinibStartedDaysAgo, addPatient, dayFrom, signInApi } from "./support/register-api";
import { registerUsers } from "./support/register-users";

test("a dose change above the label's limit for the patient's kidney function goes to review, and a clinician signs it off", async ({
  browser,
  request,
  baseURL,
}) => {
  const origin = baseURL ?? "";
  const clinicPatientId = `DOSE-${Date.now()}`;
  await test.step("Given a patient with an eGFR of 45 on abrocitinib 100 mg under the EU SmPC", async () => {
    const csrfToken = await signInApi(request, origin, registerUsers.clinician, 96);
    const planRequest = abrocitinibStartedDaysAgo(20);
    await addPatient(request, origin, csrfToken, clinicPatientId, {
      ...planRequest,
      labelRegion: "EU",
      patient: { ...planRequest.patient, egfr: 45 },
    });
  });

  const nurse = await signedInPage(browser, origin, registerUsers.nurse, 97);
  await test.step("When the nurse records a change to 200 mg", async () => {
    await nurse.openPatient(clinicPatientId);
    await nurse.page.getByLabel("Date of the change").fill(dayFrom(-1));
    // No dose is chosen for her: recorded without one, the form asks for it (it once recorded an interruption).
    await nurse.page.getByRole("button", { name: "Record the dose change" }).click();
    await expect(nurse.page.locator("#dose-change-dose-error")).toHaveText(
      "Choose the new daily dose, or Interrupted (0 mg).",
    );
    await nurse.page.getByLabel("New daily dose").selectOption({ label: "200 mg once daily" });
    await nurse.page.getByRole("button", { name: "Record the dose change" }).click();
    // Saved: the form empties itself, then the page is fetched again with the change.
    await expect(nurse.page.getByLabel("Date of the change")).toHaveValue("");
  });

  await test.step("Then the page names the dose she takes now, and where it started", async () => {
    // The page's refresh after the save can take several seconds on a loaded 2-core machine.
    await expect(nurse.page.locator(".lede")).toContainText(
      /200 mg a day since \w{3} \d{1,2} \w{3} \d{4} \(started on 100 mg a day, \w{3} \d{1,2} \w{3} \d{4}\)/,
      { timeout: 15_000 },
    );
  });

  await test.step("And the dose change awaits a clinician's review, with the label's dose for the kidney function", async () => {
    await expect(nurse.review.getByText(/^Dose change of /)).toBeVisible();
    await expect(
      nurse.review.getByText(/Moderate renal impairment \(eGFR 30 to below 60\): the EU SmPC halves the dose/),
    ).toBeVisible();
    await nurse.page.getByRole("link", { name: "Worklist" }).click();
    await expect(
      nurse.worklistSection("Needs review").getByRole("link", { name: new RegExp(clinicPatientId) }),
    ).toBeVisible();
  });

  await test.step("And the worklist's CSV counts the dose change as awaiting sign-off", async () => {
    const row = await nurse.worklistCsvRow("Needs review", clinicPatientId);
    expect(row?.["Awaiting sign-off"]).toBe("1");
  });

  const clinician = await signedInPage(browser, origin, registerUsers.clinician, 98);
  await test.step("And a clinician signs it off", async () => {
    await clinician.openPatient(clinicPatientId);
    await clinician.review
      .getByLabel(
        /^(Sign-off comment \(optional\)|What was done about it \(required to sign off a stop\)): Dose change of /,
      )
      .fill("Phoned: back to 100 mg.");
    await clinician.review.getByRole("button", { name: "Sign off this dose change" }).click();
    await expect(
      clinician.review.getByText("No result, dose change or facts update waits for sign-off."),
    ).toBeVisible();
    await expect(clinician.page.getByRole("region", { name: "History" })).toContainText(
      /Dose change of \w{3} \d{1,2} \w{3} \d{4} signed off by Dr Chloe Clinician: Phoned: back to 100 mg\./,
    );
  });
});
