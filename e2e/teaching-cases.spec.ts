import { expect, test } from "@playwright/test";
import { teachingCases } from "@/lib/teaching/cases";
import { TeachingCasePage } from "./pages/teaching-case-page";
import { expectNoAxeViolations } from "./support/axe";

const mayStart = "By the rules the app applies, may this patient start?";
const firstLipids = "When is the first lipid panel after the start?";

test("the case list offers every teaching case", async ({ page }) => {
  await page.goto("/rules/cases");
  await expect(page.getByRole("heading", { name: "Teaching cases", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2 })).toHaveCount(teachingCases.length);
  await expectNoAxeViolations(page);
  await test.step("And its tags describe each situation without giving the answer away", async () => {
    const cases = page.getByRole("list").filter({ has: page.getByRole("heading", { level: 2 }) });
    const borderline = cases
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "Abrocitinib: a lymphocyte count exactly at the limit" }) });
    await expect(borderline).toContainText("value exactly at a limit");
    await expect(borderline).toContainText("low lymphocytes at baseline");
    const cards = await cases.getByRole("listitem").allInnerTexts();
    expect(cards).toHaveLength(teachingCases.length);
    expect(cards.filter((card) => /\b(do not start|may start|stop)\b/i.test(card))).toEqual([]);
  });
  await page.getByRole("link", { name: "Abrocitinib: a lymphocyte count exactly at the limit" }).click();
  await expect(
    page.getByRole("heading", { name: "Abrocitinib: a lymphocyte count exactly at the limit", level: 1 }),
  ).toBeVisible();
});

test("a trainee answers a borderline case right and sees the plan and the rules that decided it", async ({ page }) => {
  const teachingCase = new TeachingCasePage(page);
  await test.step("Given the case of an ALC exactly at abrocitinib's limit", async () => {
    await teachingCase.open(
      "abrocitinib-lymphocytes-exactly-at-the-limit",
      "Abrocitinib: a lymphocyte count exactly at the limit",
    );
    await expect(page.getByRole("definition").filter({ hasText: /^500 cells\/µL/ })).toBeVisible();
    await expect(teachingCase.findings).toBeHidden();
    await expectNoAxeViolations(page);
  });

  await test.step("Checking before answering shows no answer: the questions ask to be answered first", async () => {
    await teachingCase.checkAnswers();
    await expect(page.getByRole("alert").filter({ hasText: "Answer every question before checking" })).toBeVisible();
    await expect(teachingCase.question(mayStart)).toContainText("Choose an answer.");
    await expect(teachingCase.findings).toBeHidden();
    await expect(page.getByRole("heading", { name: /correct$/ })).toHaveCount(0);
  });

  await test.step("When the trainee answers yes, and the first lipid panel on Mon 1 Feb 2027", async () => {
    await teachingCase.answer(mayStart, "Yes: no rule says do not start");
    await teachingCase.answer(firstLipids, "Mon 1 Feb 2027");
    await teachingCase.checkAnswers();
  });

  await test.step("Then both answers are marked correct, with the rules that decided them and their sources", async () => {
    await expect(page.getByRole("heading", { name: "2 of 2 correct" })).toBeFocused();
    await expect(teachingCase.verdict(mayStart)).toContainText("Correct");
    await expect(teachingCase.verdict(mayStart).getByRole("link", { name: "abrocitinib.start.alc" })).toBeVisible();
    await expect(
      teachingCase.verdict(firstLipids).getByRole("link", { name: "abrocitinib.followup.lipids.week4" }),
    ).toBeVisible();
    await expect(
      teachingCase.verdict(firstLipids).getByRole("link", { name: "CIBINQO (abrocitinib) US prescribing information" }),
    ).toBeVisible();
  });

  await test.step("And the app's plan: no do-not-start, the week-4 visit and the teaching point", async () => {
    await expect(teachingCase.findings).toContainText("No do-not-start");
    await expect(teachingCase.findings.getByRole("alert")).toHaveCount(0);
    await expect(teachingCase.schedule.getByRole("row", { name: /Mon 1 Feb 2027/ })).toContainText("Lipid panel");
    await expect(page.getByRole("region", { name: "Teaching point" })).toContainText(
      "a value exactly at the limit passes",
    );
    await expectNoAxeViolations(page);
  });
});

test("a trainee answers a unit-and-region trap wrong and is shown why", async ({ page }) => {
  const teachingCase = new TeachingCasePage(page);
  await test.step("Given tofacitinib in the EU with ALC 0.6 ×10⁹/L", async () => {
    await teachingCase.open("tofacitinib-eu-lymphocytes", "Tofacitinib in the EU: lymphocytes of 0.6 ×10⁹/L");
    await expect(page.getByRole("definition").filter({ hasText: /^0\.6 ×10⁹\/L/ })).toBeVisible();
  });

  await test.step("When the trainee answers yes, and lipids at week 4", async () => {
    await teachingCase.answer(mayStart, "Yes: no rule says do not start");
    await teachingCase.answer(firstLipids, "Mon 1 Feb 2027");
    await teachingCase.checkAnswers();
  });

  await test.step("Then both are marked wrong, with the app's answers and the EU rules behind them", async () => {
    await expect(page.getByRole("heading", { name: "0 of 2 correct" })).toBeVisible();
    await expect(teachingCase.verdict(mayStart)).toContainText("Not quite");
    await expect(teachingCase.verdict(mayStart)).toContainText("The app's answer: No: a rule says do not start.");
    await expect(teachingCase.verdict(mayStart).getByRole("link", { name: "tofacitinib.start.alc-eu" })).toBeVisible();
    await expect(teachingCase.verdict(firstLipids)).toContainText("The app's answer: Mon 1 Mar 2027.");
    await expect(
      teachingCase.verdict(firstLipids).getByRole("link", { name: "tofacitinib.followup.lipids.week8-eu" }),
    ).toBeVisible();
    await expect(teachingCase.findings.getByRole("alert")).toContainText("Do not start tofacitinib");
  });

  await test.step("And the trainee can try again", async () => {
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(teachingCase.results).toBeHidden();
    await expect(teachingCase.question(mayStart).getByLabel("Yes: no rule says do not start")).not.toBeChecked();
  });
});
