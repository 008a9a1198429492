import { expect, type Locator, type Page } from "@playwright/test";

/** One drug's page: indications, doses, every rule with its sources, and a worked example. */
export class DrugRulesPage {
  constructor(readonly page: Page) {}

  async open(drug: string, heading: string) {
    await this.page.goto(`/rules/${drug}`);
    await this.expectHeading(heading);
  }

  async expectHeading(heading: string) {
    await expect(this.page.getByRole("heading", { name: heading, level: 1 })).toBeVisible();
  }

  /** A rule's entry, found by the rule id it prints. */
  rule(id: string): Locator {
    return this.page.getByRole("listitem").filter({ has: this.page.getByText(id, { exact: true }) });
  }

  /** The source links of a rule. */
  sourcesOf(id: string): Locator {
    return this.rule(id).getByRole("listitem").getByRole("link");
  }

  get doses(): Locator {
    return this.page.getByRole("table", { name: /^Doses of/ });
  }

  get workedExample(): Locator {
    return this.page.getByRole("region", { name: "Worked example" });
  }
}
