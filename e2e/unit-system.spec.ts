import { expect, test, type Locator } from "@playwright/test";
import { PlannerPage } from "./pages/planner-page";
import { artifactPath } from "./support/artifacts";
import { expectNoAxeViolations } from "./support/axe";
import { sidewaysOverflow } from "./support/sideways-overflow";

/** A lab table's SI / conventional switch, inside the fieldset that holds the table. */
const unitSwitchOf = (fieldset: Locator) => fieldset.getByRole("group", { name: "Units for the whole table" });

test("one switch puts a lab table's empty rows in SI, keeps a typed row, and is remembered", async ({ page }) => {
  // One axe run over the whole form: about 11 s on a busy 2-core machine.
  test.setTimeout(60_000);
  const planner = new PlannerPage(page);
  await planner.open();
  const baseline = page.getByRole("group", { name: "Baseline labs" });
  const baselineSwitch = unitSwitchOf(baseline);

  await test.step("Given a new table, which says it starts in the rules' own units rather than calling itself mixed", async () => {
    await expect(baselineSwitch).toContainText("Each row starts in the unit the rules use");
    await expect(baselineSwitch).not.toContainText("Mixed");
  });

  await test.step("And baseline labs in conventional units, LDL cholesterol typed as 130 mg/dL", async () => {
    await baselineSwitch.getByRole("radio", { name: "Conventional", exact: true }).check();
    await expect(baseline.getByLabel("Platelets unit")).toHaveValue("cells/uL");
    await planner.enterLab("LDL cholesterol", "130");
    await expect(baseline.getByLabel("LDL cholesterol unit")).toHaveValue("mg/dL");
  });

  await test.step("When the clinician switches the baseline labs to SI", async () => {
    // Not check(): the table ends up mixed, so neither radio stays checked.
    await baselineSwitch.getByRole("radio", { name: "SI", exact: true }).click();
  });

  await test.step("Then every empty row is in SI units", async () => {
    await expect(baseline.getByLabel("Platelets unit")).toHaveValue("10^9/L");
    await expect(baseline.getByLabel("Platelets unit").getByRole("option", { selected: true })).toHaveText("×10⁹/L");
    await expect(baseline.getByLabel("Creatinine unit")).toHaveValue("umol/L");
    await expect(baseline.getByLabel("Haemoglobin unit")).toHaveValue("g/L");
    await expect(baseline.getByLabel("HDL cholesterol unit")).toHaveValue("mmol/L");
  });

  await test.step("And the typed LDL cholesterol keeps mg/dL, the switch saying so and showing the table as mixed", async () => {
    await expect(baseline.getByLabel("LDL cholesterol", { exact: true })).toHaveValue("130");
    await expect(baseline.getByLabel("LDL cholesterol unit")).toHaveValue("mg/dL");
    await expect(baselineSwitch).toContainText(
      "Kept as typed: LDL cholesterol in mg/dL — it holds a value; change its own unit if that is wrong.",
    );
    await expect(baselineSwitch).toContainText("Mixed: some rows in SI units, some in conventional ones");
    await expect(baselineSwitch.getByRole("radio", { name: "SI", exact: true })).not.toBeChecked();
  });

  await test.step("And after a reload a new visit's table starts in SI", async () => {
    await page.reload();
    await expect(page.getByLabel("Drug")).toBeEnabled();
    await expect(baseline.getByLabel("LDL cholesterol unit")).toHaveValue("mg/dL");
    await page.getByRole("button", { name: "Record a visit's results" }).click();
    const visit = page.getByRole("group", { name: /^Results of visit/ }).last();
    await expect(unitSwitchOf(visit).getByRole("radio", { name: "SI", exact: true })).toBeChecked();
    await expect(visit.getByLabel("Platelets unit")).toHaveValue("10^9/L");
    await expect(visit.getByLabel("Creatinine unit")).toHaveValue("umol/L");
    await expect(visit.getByLabel("LDL cholesterol unit")).toHaveValue("mmol/L");
  });

  await test.step("And once a kept row's own unit is changed, the switch no longer says it was kept", async () => {
    const visit = page.getByRole("group", { name: /^Results of visit/ }).last();
    const visitSwitch = unitSwitchOf(visit);
    await visit.getByLabel("LDL cholesterol", { exact: true }).fill("3.4");
    await visitSwitch.getByRole("radio", { name: "Conventional", exact: true }).click();
    await expect(visitSwitch).toContainText("Kept as typed: LDL cholesterol in mmol/L");
    await visit.getByLabel("LDL cholesterol unit").selectOption("mg/dL");
    await expect(visitSwitch).not.toContainText("Kept as typed");
    await expect(visitSwitch.getByRole("radio", { name: "Conventional", exact: true })).toBeChecked();
  });

  await test.step("And the page has no WCAG 2.1 AA violations", async () => {
    await expectNoAxeViolations(page);
  });
});

test.describe("on a 360 px phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test("the switch fits and nothing overflows sideways", async ({ page }) => {
    await new PlannerPage(page).open();
    const baselineSwitch = unitSwitchOf(page.getByRole("group", { name: "Baseline labs" }));
    await baselineSwitch.getByRole("radio", { name: "SI", exact: true }).check();
    await expect(baselineSwitch).toContainText("empty rows switched to SI units");
    const overflow = await sidewaysOverflow(page);
    expect(overflow).toBeLessThanOrEqual(0);
    await baselineSwitch.screenshot({ path: artifactPath("screenshots", "unit-system-phone.png") });
  });
});
