import { expect, test } from "@playwright/test";
import { signedInPage } from "./pages/register-page";
import { expectNoAxeViolations } from "./support/axe";
import { abrocitinibStartedDaysAgo, addPatient, signInApi } from "./support/register-api";
import { registerUsers } from "./support/register-users";

test("a clinician ends an overdue patient's monitoring with a reason: the patient leaves the overdue list, and comes back once resumed", async ({
  browser,
  request,
  baseURL,
}) => {
  const origin = baseURL ?? "";
  const clinicPatientId = `STOPPED-${Date.now()}`;
  await test.step("Given a patient on abrocitinib whose week-4 bloods are overdue", async () => {
    const csrfToken = await signInApi(request, origin, registerUsers.clinician, 93);
    await addPatient(request, origin, csrfToken, clinicPatientId, abrocitinibStartedDaysAgo(40));
  });

  const nurse = await signedInPage(browser, origin, registerUsers.nurse, 94);
  await test.step("A nurse cannot end a patient's monitoring", async () => {
    await nurse.openPatient(clinicPatientId);
    await expect(nurse.page.getByRole("button", { name: "Add the note" })).toBeVisible();
    await expect(nurse.page.getByRole("button", { name: "End monitoring" })).toHaveCount(0);
  });

  const clinician = await signedInPage(browser, origin, registerUsers.clinician, 95);
  const patientLink = (list: string) =>
    clinician.worklistSection(list).getByRole("link", { name: new RegExp(clinicPatientId) });
  await test.step("When the clinician ends the monitoring, saying why", async () => {
    await expect(patientLink("Overdue")).toBeVisible();
    await clinician.openPatient(clinicPatientId);
    await clinician.page.getByLabel("Why monitoring ends").fill("Stopped abrocitinib: clear skin, patient's wish.");
    await clinician.page.getByRole("button", { name: "End monitoring" }).click();
    const note = clinician.page.getByRole("region", { name: "Monitoring ended" });
    await expect(note).toContainText("by Dr Chloe Clinician: Stopped abrocitinib: clear skin, patient's wish.");
    await expect(clinician.page.getByRole("button", { name: "End monitoring" })).toHaveCount(0);
    await expectNoAxeViolations(clinician.page);
  });

  await test.step("Then the worklist lists the patient under Monitoring ended, not Overdue", async () => {
    await clinician.page.getByRole("link", { name: "Worklist" }).click();
    await expect(patientLink("Monitoring ended")).toBeVisible();
    await expect(patientLink("Overdue")).toHaveCount(0);
  });

  await test.step("And once resumed, the patient is overdue again", async () => {
    await clinician.openPatient(clinicPatientId);
    await clinician.page.getByRole("button", { name: "Resume monitoring" }).click();
    await expect(clinician.page.getByRole("region", { name: "Monitoring ended" })).toHaveCount(0);
    await expect(clinician.page.getByRole("region", { name: "History" })).toContainText("Monitoring resumed");
    await clinician.page.getByRole("link", { name: "Worklist" }).click();
    await expect(patientLink("Overdue")).toBeVisible();
  });
});
