import { expect, test, type Page } from "@playwright/test";
import { PlannerPage } from "./pages/planner-page";
import { malformedSavedForms, olderSavedForm, savedFormKey } from "../tests/support/saved-forms";

// What a tab may have kept in session storage when the planner opens: a form from an older
// version, or one that no longer fits (a drug renamed by a rules release, a changed field, a
// hand edit). The page must open usable every time, and say when it had to clear the form.

const clearedNotice = "Your saved form was from an older version and was cleared.";

/** Opens the planner in a tab whose session storage already holds `text` as the saved form. */
async function openWithSavedForm(page: Page, text: string): Promise<string[]> {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto("/api/health");
  await page.evaluate(([key, value]) => sessionStorage.setItem(key, value), [savedFormKey, text] as const);
  await new PlannerPage(page).open();
  return errors;
}

// The unit test (tests/planner/saved-form.test.ts) refuses every malformed form; the page takes
// the same path for all of them, so here one of each kind: not JSON, not a form, a renamed drug,
// a bad lab row, a bad visit list.
const kinds = new Set([
  "text that is not JSON",
  "JSON null",
  "a drug id a rules release renamed",
  "a null lab row",
  "follow-ups as an object",
]);
const forms = malformedSavedForms.filter(([name]) => kinds.has(name));

test(`saved forms with ${[...kinds].join("; ")} are each cleared with a notice, and the planner works`, async ({
  context,
}) => {
  expect(forms).toHaveLength(kinds.size);
  test.setTimeout(60_000);
  for (const [name, text] of forms) {
    const page = await context.newPage();
    const planner = new PlannerPage(page);
    const errors = await test.step(`When the planner opens on ${name}`, () => openWithSavedForm(page, text));
    await test.step("Then the status line says the saved form was cleared, and the form is empty", async () => {
      await expect(page.getByRole("status")).toHaveText(clearedNotice);
      await expect(page.getByLabel("Drug")).toHaveValue("abrocitinib");
      await expect(page.getByLabel("Start date (first dose)")).toHaveValue("");
    });
    await test.step("And the form takes a new patient", async () => {
      await planner.chooseDrug("upadacitinib (RINVOQ)");
      await planner.setStartDate("2027-01-04");
      await expect(page.getByLabel("Indication")).toBeEnabled();
    });
    if (name === "a drug id a rules release renamed") {
      await test.step("And keeps it over a reload, without the notice", async () => {
        await page.reload();
        await expect(page.getByLabel("Drug")).toHaveValue("upadacitinib");
        await expect(page.getByLabel("Start date (first dose)")).toHaveValue("2027-01-04");
        await expect(page.getByRole("status")).toHaveText("");
      });
    }
    expect(errors, name).toEqual([]);
    await page.close();
  }
});

test("a form saved by an older version opens with its values and the fields added since", async ({ page }) => {
  const planner = new PlannerPage(page);
  const errors = await openWithSavedForm(page, JSON.stringify(olderSavedForm));
  await expect(page.getByLabel("Platelets", { exact: true })).toHaveValue("120");
  // Fields added since take the empty form's value: no region chosen, 12 months, a 90-day baseline window.
  await expect(page.getByLabel("US prescribing information")).not.toBeChecked();
  await expect(page.getByLabel("EU SmPC")).not.toBeChecked();
  await expect(page.getByLabel("Plan for (months)")).toHaveValue("12");
  await expect(page.getByLabel("Baseline counts for (days)")).toHaveValue("90");
  await expect(planner.doNotStartBanner).toContainText("Do not start abrocitinib");
  await expect(page.getByRole("status")).toHaveText("");
  expect(errors).toEqual([]);
});

test("a share link or a bundle that does not fit changes nothing and says so", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const planner = new PlannerPage(page);
  const link = (value: unknown) =>
    `/#request=${Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url")}`;
  for (const shared of [{ ...olderSavedForm, drug: "abrocitinib-er" }, { drug: null, patient: [] }, "not json", "🙂"]) {
    await test.step(`When a link carries ${JSON.stringify(shared).slice(0, 40)}`, async () => {
      await page.goto(link(shared));
      await expect(page.getByLabel("Drug")).toBeEnabled();
      await expect(page.getByRole("status")).toHaveText(
        "The shared link could not be read; nothing was loaded from it.",
      );
    });
  }
  await test.step("When bundles of the wrong shape are imported", async () => {
    await planner.open();
    await page.getByText("Import FHIR bundle").click();
    for (const bundle of [
      '{"resourceType": "Bundle", "entry": [null, {"resource": 5}, {"resource": {"resourceType": "Patient", "gender": {"x": 1}}}]}',
      "[[[[",
      '{"resourceType": "Bundle", "entry": {}}',
    ]) {
      await page.getByLabel("FHIR R4 Bundle (JSON)").fill(bundle);
      await page.getByRole("button", { name: "Import into the form" }).click();
      await expect(page.getByRole("alert").filter({ hasText: "Nothing was changed" })).toBeVisible();
    }
    await expect(page.getByLabel("Drug")).toBeEnabled();
  });
  expect(errors).toEqual([]);
});
