import { expect, type Locator, type Page } from "@playwright/test";

/** The planner as a clinician sees it: labelled fields, findings, the schedule. */
export class PlannerPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto("/");
    await expect(this.page.getByRole("heading", { name: "Monitoring planner" })).toBeVisible();
    // The form is restored from session storage after hydration; wait until it is interactive.
    await expect(this.page.getByLabel("Drug")).toBeEnabled();
  }

  async chooseDrug(label: string) {
    await this.page.getByLabel("Drug").selectOption({ label });
  }

  async chooseDose(doseMg: number) {
    await this.page.getByLabel("Daily dose").selectOption({ value: String(doseMg) });
  }

  async setStartDate(date: string) {
    await this.page.getByLabel("Start date (first dose)").fill(date);
  }

  async setPatient({ age, sex }: { age: number; sex: "Female" | "Male" }) {
    await this.page.getByLabel("Age (years)").fill(String(age));
    await this.page.getByLabel("Sex").selectOption({ label: sex });
  }

  async chooseRegion(label: "US prescribing information" | "EU SmPC") {
    await this.page.getByLabel(label).check();
  }

  async answerCanBecomePregnant(answer: "Yes" | "No" | "Unknown") {
    await this.page.getByLabel("Can become pregnant?").selectOption({ label: answer });
  }

  async setLabsDate(date: string) {
    await this.page.getByLabel("Drawn on").fill(date);
  }

  /** Types a baseline lab value and, when given, picks its unit (e.g. "×10⁹/L", "g/L"). */
  async enterLab(name: string, value: string, unit?: string) {
    await this.page.getByLabel(name, { exact: true }).fill(value);
    if (unit) await this.page.getByLabel(`${name} unit`).selectOption({ label: unit });
  }

  async setScreening(name: string, result: "Negative" | "Positive", date: string) {
    const select = this.page.getByLabel(name);
    await select.selectOption({ label: result });
    const row = this.page.locator(".row", { has: select });
    await row.getByLabel("Date").fill(date);
  }

  async setRecheckInterval(label: string) {
    await this.page.getByLabel("Recheck a low result after").selectOption({ label });
  }

  async setRoutineInterval(label: string) {
    await this.page.getByLabel("Routine repeat labs").selectOption({ label });
  }

  /** The clinic's visit planning: the merge window and the weekend rule. */
  get clinicSettings(): Locator {
    return this.page.getByRole("group", { name: "Clinic settings" });
  }

  async setMergeWindow(label: string) {
    await this.clinicSettings.getByLabel("Draw routine tests with a visit up to").selectOption({ label });
  }

  /** Adds a dose change after the start; `dose` is the option's label ("200 mg once daily", "Interrupted (0 mg)"). */
  async addDoseChange(date: string, dose: string) {
    await this.page.getByRole("button", { name: "Add a dose change" }).click();
    const index = await this.page.getByLabel("New daily dose").count();
    await this.page.getByLabel(`Change ${index}: date`).fill(date);
    await this.page
      .getByLabel("New daily dose")
      .nth(index - 1)
      .selectOption({ label: dose });
  }

  async setAsOf(date: string) {
    await this.page.getByLabel("Today (as of)").fill(date);
  }

  /** Opens a new block of visit results and types its date and values (analyte name → value). */
  async recordVisitResults(date: string, values: Record<string, string>) {
    await this.page.getByRole("button", { name: "Record a visit's results" }).click();
    const visit = this.page.getByRole("group", { name: /^Results of visit/ }).last();
    await visit.getByLabel("Date of the results").fill(date);
    for (const [name, value] of Object.entries(values)) await visit.getByLabel(name, { exact: true }).fill(value);
  }

  /** Types the nurse's details for the printed patient page (outside the plan request form). */
  async fillSheetDetails({ name, dateOfBirth, contact }: { name: string; dateOfBirth: string; contact: string }) {
    await this.page.getByLabel("Patient name", { exact: true }).fill(name);
    await this.page.getByLabel("Date of birth").fill(dateOfBirth);
    await this.page.getByLabel("Clinic contact").fill(contact);
  }

  get platelets(): Locator {
    return this.page.getByRole("group", { name: "Baseline labs" }).getByLabel("Platelets", { exact: true });
  }

  /** The printed patient page (visible under print media). */
  get printedPatientPage(): Locator {
    return this.page.getByRole("region", { name: "Your monitoring schedule" });
  }

  /** The printed clinician summary (visible under print media). */
  get printedClinicianSummary(): Locator {
    return this.page.getByRole("region", { name: "Clinician summary" });
  }

  get history(): Locator {
    return this.page.getByRole("region", { name: "Results over time" });
  }

  /** The timeline picture on screen (its print copy is hidden until printing). */
  get timeline(): Locator {
    return this.page.getByRole("region", { name: "Timeline" });
  }

  get findings(): Locator {
    return this.page.getByRole("region", { name: "Findings" });
  }

  get schedule(): Locator {
    return this.page.getByRole("region", { name: "Schedule" });
  }

  /** The stop banner, above the plan's schedule at a glance. */
  get doNotStartBanner(): Locator {
    return this.page.locator(".plan-results-screen > .do-not-start-banner");
  }

  /** The schedule row of a visit, found by its printed date ("Mon 1 Feb 2027"). */
  visit(longDate: string): Locator {
    return this.schedule.getByRole("row", { name: new RegExp(longDate) });
  }

  async findingTexts(): Promise<string[]> {
    return this.findings.locator("li.finding summary").allInnerTexts();
  }
}
