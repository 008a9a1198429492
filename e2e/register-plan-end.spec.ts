import { expect, test } from "@playwright/test";
import { signedInPage } from "./pages/register-page";
import { expectNoAxeViolations } from "./support/axe";
import { abrocitinibStartedDaysAgo, addPatient, signInApi } from "./support/register-api";
import { registerUsers } from "./support/register-users";

test("a patient whose five-year plan in the register ends within the window is listed, and the record says so", async ({
  browser,
  request,
  baseURL,
}) => {
  const origin = baseURL ?? "";
  // 1,819 days ago is five years (1,826 or 1,827 days) less a week: the 60-month plan ends in 7–8 days,
  // inside the worklist's default 14.
  const clinicPatientId = `PLAN-END-${Date.now()}`;
  const csrfToken = await signInApi(request, origin, registerUsers.clinician, 81);
  await addPatient(request, origin, csrfToken, clinicPatientId, abrocitinibStartedDaysAgo(1819));

  const nurse = await signedInPage(browser, origin, registerUsers.nurse, 82);
  const row = nurse.worklistSection("Plan ending").getByRole("row", { name: new RegExp(clinicPatientId) });
  await expect(row).toContainText(/plan ends \w{3} \d{1,2} \w{3} \d{4}/);
  await expectNoAxeViolations(nurse.page);

  await nurse.openPatient(clinicPatientId);
  const note = nurse.page.getByRole("region", { name: "The register's plan ends soon" });
  await expect(note).toContainText("The register plans 60 months from the start");
  await expect(note).toContainText("Arrange this patient's monitoring from then on outside the register.");
  await expectNoAxeViolations(nurse.page);
  await nurse.page.context().close();
});
