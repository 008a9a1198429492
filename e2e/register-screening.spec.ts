import { expect, test } from "@playwright/test";
import { signedInPage } from "./pages/register-page";
import { artifactPath } from "./support/artifacts";
import { expectNoAxeViolations } from "./support/axe";
import { abrocitinibStartedDaysAgo, addPatient, dayFrom, signInApi } from "./support/register-api";
import { registerUsers } from "./support/register-users";

test("a patient saved without TB screening is due for it on the worklist; the nurse records it, a positive one goes to review", async ({
  browser,
  request,
  baseURL,
}) => {
  const origin = baseURL ?? "";
  const clinicPatientId = `SCREEN-${Date.now()}`;
  // Starts in 10 days, saved with hepatitis screening but no TB test.
  const planRequest = abrocitinibStartedDaysAgo(-10);
  await test.step("Given a clinician saved a patient due to start abrocitinib, without a TB test on file", async () => {
    const csrfToken = await signInApi(request, origin, registerUsers.clinician, 91);
    await addPatient(request, origin, csrfToken, clinicPatientId, {
      ...planRequest,
      screening: planRequest.screening.filter((entry) => entry.test !== "tb"),
    });
  });

  const nurse = await signedInPage(browser, origin, registerUsers.nurse, 92);
  const row = () => nurse.worklistSection("Due soon").getByRole("row", { name: new RegExp(clinicPatientId) });
  await test.step("Then the worklist has the patient due for TB screening on the start date", async () => {
    await expect(row()).toContainText("TB screening");
    await expectNoAxeViolations(nurse.page);
    await nurse.page.screenshot({ path: artifactPath("screenshots", "register-worklist.png"), fullPage: true });
  });

  await test.step("When the nurse records a positive TB test, assessed as latent TB, before the start", async () => {
    await nurse.openPatient(clinicPatientId);
    const form = nurse.page.getByRole("form", { name: "Record results" });
    await form.getByLabel("Date of the results").fill(dayFrom(-1));
    await form.getByRole("button", { name: "Save the results" }).click();
    await expect(form.getByRole("status")).toHaveText("Nothing was saved: Enter at least one result.");
    await form.getByLabel("Tuberculosis (IGRA or skin test)").selectOption("positive");
    await form.getByLabel("Assessed as").selectOption("latent");
    await expectNoAxeViolations(nurse.page);
    await form.screenshot({ path: artifactPath("screenshots", "register-result-form.png") });
    await form.getByRole("button", { name: "Save the results" }).click();
    await expect(form.getByRole("status")).toHaveText("Results saved.");
  });

  await test.step("Then the result awaits review with its finding, and the history names it", async () => {
    await expect(
      nurse.review.getByText(/Latent TB: start preventive TB treatment before the first dose/),
    ).toBeVisible();
    await expect(nurse.page.getByRole("region", { name: "History" })).toContainText(
      "TB screening positive (latent TB)",
    );
  });

  await test.step("And the worklist lists the patient under needs review and do not start, no longer due for TB", async () => {
    await nurse.page.getByRole("link", { name: "Worklist" }).click();
    for (const list of ["Needs review", "Do not start"])
      await expect(nurse.worklistSection(list).getByRole("link", { name: new RegExp(clinicPatientId) })).toBeVisible();
    // Screened, the next tests are the week-4 bloods, more than the 14 days ahead that "Due soon" looks.
    await expect(row()).toHaveCount(0);
  });
});
