import { readFile } from "node:fs/promises";
import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { csvRows } from "../support/csv-rows";
import { clientAddress } from "../support/register-api";
import type { RegisterUser } from "../support/register-users";

/** The register as its users see it: sign-in, the worklist, a patient's record, the audit trail. */
export class RegisterPage {
  constructor(readonly page: Page) {}

  async signIn(user: { email: string; password: string }) {
    await this.page.goto("/register");
    await expect(this.page.getByRole("heading", { name: "Sign in to the register" })).toBeVisible();
    await this.page.getByLabel("Email").fill(user.email);
    await this.page.getByLabel("Password").fill(user.password);
    await this.page.getByRole("button", { name: "Sign in", exact: true }).click();
  }

  /** A worklist section by its heading ("Overdue", "Needs review", …). */
  worklistSection(title: string): Locator {
    return this.page.getByRole("region", { name: new RegExp(`^${title} \\(`) });
  }

  async openPatient(clinicPatientId: string) {
    await this.page
      .getByRole("link", { name: new RegExp(`^${clinicPatientId}`) })
      .first()
      .click();
    await expect(this.page.getByRole("heading", { level: 1, name: new RegExp(`^${clinicPatientId}`) })).toBeVisible();
  }

  get review(): Locator {
    return this.page.getByRole("region", { name: "Results needing review" });
  }

  /**
   * The worklist's CSV, downloaded with its link: a patient's row on one list, read by column name
   * (undefined when the patient is not on that list).
   */
  async worklistCsvRow(list: string, clinicPatientId: string): Promise<Record<string, string> | undefined> {
    const downloading = this.page.waitForEvent("download");
    await this.page.getByRole("link", { name: "Download CSV" }).click();
    const [header = [], ...rows] = csvRows(await readFile((await (await downloading).path()) ?? "", "utf8"));
    const named = rows.map((cells) => Object.fromEntries(header.map((column, index) => [column, cells[index] ?? ""])));
    return named.find((row) => row.List === list && row["Clinic patient id"] === clinicPatientId);
  }

  async recordResults(date: string, values: Record<string, string>) {
    const form = this.page.getByRole("form", { name: "Record results" });
    await form.getByLabel("Date of the results").fill(date);
    for (const [name, value] of Object.entries(values)) await form.getByLabel(name, { exact: true }).fill(value);
    await form.getByRole("button", { name: "Save the results" }).click();
    await expect(form.getByRole("status")).toHaveText("Results saved.");
  }
}

/**
 * A browser of its own, signed in as `user` through the sign-in page. Each `seed` names its own
 * client address, so the sign-in limit counts each test's attempts apart.
 */
export async function signedInPage(browser: Browser, baseURL: string, user: RegisterUser, seed: number) {
  const context = await browser.newContext({
    baseURL,
    timezoneId: "America/New_York",
    locale: "en-US",
    extraHTTPHeaders: { "x-forwarded-for": clientAddress(seed) },
  });
  const register = new RegisterPage(await context.newPage());
  await register.signIn(user);
  await expect(register.page.getByRole("heading", { level: 1 })).not.toHaveText("Sign in to the register");
  return register;
}
