import { expect, type Locator, type Page } from "@playwright/test";

/** A teaching case: the vignette, the questions, and after checking, the marks and the plan. */
export class TeachingCasePage {
  constructor(readonly page: Page) {}

  async open(id: string, title: string) {
    await this.page.goto(`/rules/cases/${id}`);
    await expect(this.page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  }

  question(prompt: string): Locator {
    return this.page.getByRole("group", { name: prompt });
  }

  async answer(prompt: string, ...choices: string[]) {
    for (const choice of choices) await this.question(prompt).getByLabel(choice, { exact: true }).check();
  }

  async checkAnswers() {
    await this.page.getByRole("button", { name: "Check my answers" }).click();
  }

  get results(): Locator {
    return this.page.getByRole("region", { name: /correct$/ });
  }

  /** The mark for one question: "Correct: …" or "Not quite: …". */
  verdict(prompt: string): Locator {
    return this.results.getByRole("article", { name: new RegExp(`^(Correct|Not quite): ${escape(prompt)}$`) });
  }

  get findings(): Locator {
    return this.page.getByRole("region", { name: "Findings" });
  }

  get schedule(): Locator {
    return this.page.getByRole("region", { name: "Schedule" });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
