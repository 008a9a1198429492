import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { signedInPage } from "./pages/register-page";
import { dayFrom } from "./support/register-api";
import { registerUsers } from "./support/register-users";

// The planner's import fixture, with its baseline results (15 Dec 2026) moved to 20 days ago so that
// they are in the past on any day the tests run; its week-4 result of Mon 1 Feb 2027 is after the
// register's today, and refused by date.
const goodBundle = JSON.parse(
  readFileSync(new URL("../tests/interop/fixtures/import-good-bundle.json", import.meta.url), "utf8").replaceAll(
    "2026-12-15",
    dayFrom(-20),
  ),
) as { entry: { resource: { resourceType: string; effectiveDateTime?: string } }[] };
/** The bundle without its result dated in 2027, after the test's today. */
const withoutFuture = {
  ...goodBundle,
  entry: goodBundle.entry.filter((entry) => !entry.resource.effectiveDateTime?.startsWith("2027-")),
};

test("a clinician adds a patient from the EHR's FHIR bundle: a future result is named by its date, and the saved record's report says what was read and ignored", async ({
  browser,
  baseURL,
}) => {
  const clinician = await signedInPage(browser, baseURL ?? "", registerUsers.clinician, 135);
  const { page } = clinician;
  await page.getByRole("link", { name: "Add a patient from FHIR" }).click();
  const clinicPatientId = `FHIR-${Date.now()}`;
  await page.getByLabel("Clinic patient identifier").fill(clinicPatientId);

  await test.step("A result dated after today is refused, and the message says which one by its date", async () => {
    await page.getByLabel("FHIR R4 Bundle (JSON)").fill(JSON.stringify(goodBundle));
    await page.getByRole("button", { name: "Add to the register" }).click();
    const refusal = page.getByRole("alert").filter({ hasText: "Nothing was saved:" });
    await expect(refusal).toBeVisible();
    await expect(refusal).toContainText(/Platelets: the date, Mon 1 Feb 2027, must not be after today/);
  });

  await test.step("Without it, the record is saved and the report lists what was read and what was ignored", async () => {
    await page.getByLabel("FHIR R4 Bundle (JSON)").fill(JSON.stringify(withoutFuture));
    await page.getByRole("button", { name: "Add to the register" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Added to the register." })).toBeVisible();
    const report = page.getByRole("table", { name: "What the bundle held" });
    await expect(report.getByRole("row", { name: /Observation\/glucose/ })).toContainText("Ignored");
    await expect(report.getByRole("row", { name: /MedicationRequest\/med-1/ })).toContainText("Read");
    await page.getByRole("link", { name: "Open the record" }).click();
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^${clinicPatientId}`) })).toBeVisible();
  });

  await test.step("The same clinic identifier again is refused with a link to the record that holds it", async () => {
    await page.goBack();
    await page.getByLabel("Clinic patient identifier").fill(clinicPatientId);
    await page.getByLabel("FHIR R4 Bundle (JSON)").fill(JSON.stringify(withoutFuture));
    await page.getByRole("button", { name: "Add to the register" }).click();
    const refusal = page.getByRole("alert").filter({ hasText: "Nothing was saved:" });
    await expect(refusal).toContainText(
      `A patient with the clinic identifier ${clinicPatientId} is already on the register.`,
    );
    await refusal.getByRole("link", { name: "Open that record" }).click();
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^${clinicPatientId}`) })).toBeVisible();
  });
  await page.context().close();
});
