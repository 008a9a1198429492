import { expect, type Locator, type Page } from "@playwright/test";

/** The rules explorer as a trainee sees it: switches, the comparison matrix and the search. */
export class RulesExplorerPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto("/rules");
    await expect(this.page.getByRole("heading", { name: "Rules explorer", level: 1 })).toBeVisible();
  }

  get matrix(): Locator {
    return this.page.getByRole("table", { name: "Monitoring rules of each drug compared" });
  }

  /** The matrix row of a drug, found by the link on its name. */
  drugRow(name: string): Locator {
    return this.matrix.getByRole("row").filter({ has: this.page.getByRole("link", { name, exact: true }) });
  }

  /** The drug names whose rows are shown, in order. */
  async shownDrugs(): Promise<string[]> {
    return this.matrix.getByRole("rowheader").getByRole("link").allInnerTexts();
  }

  get status(): Locator {
    return this.page.getByRole("status");
  }

  async chooseUnits(label: "Conventional" | "SI") {
    await this.page.getByRole("radio", { name: new RegExp(`^${label}`) }).check();
  }

  async filterIndication(label: string) {
    await this.page.getByLabel("Indication").selectOption({ label });
  }

  async filterRoute(label: "Oral and topical" | "Oral" | "Topical") {
    await this.page.getByLabel("Route").selectOption({ label });
  }

  async search(text: string) {
    await this.page.getByLabel("Search the rules").fill(text);
  }

  get searchResults(): Locator {
    return this.page.getByRole("region", { name: /^Rules matching/ });
  }
}
