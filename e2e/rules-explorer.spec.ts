import { expect, test } from "@playwright/test";
import { drugRules } from "@/rules";
import { drugIds } from "@/rules/types";
import { explorerRulesOf } from "@/lib/explorer/drug-rules";
import { DrugRulesPage } from "./pages/drug-rules-page";
import { PlannerPage } from "./pages/planner-page";
import { RulesExplorerPage } from "./pages/rules-explorer-page";
import { expectNoAxeViolations } from "./support/axe";

const allDrugNames = drugIds.map((drug) => drugRules[drug].name);

test("a trainee compares drugs in the matrix, filters them and follows a cell to its source", async ({ page }) => {
  const explorer = new RulesExplorerPage(page);
  await test.step("Given the rules explorer with every drug", async () => {
    await explorer.open();
    expect(await explorer.shownDrugs()).toEqual(allDrugNames);
    await expect(explorer.status).toHaveText("Showing 9 of 9 drugs.");
  });

  await test.step("When the trainee filters by alopecia areata, only the AA drugs remain", async () => {
    await explorer.filterIndication("Alopecia areata");
    await expect(explorer.status).toHaveText("Showing 3 of 9 drugs.");
    expect(await explorer.shownDrugs()).toEqual(["baricitinib", "ritlecitinib", "deuruxolitinib"]);
  });

  await test.step("And by route: topical shows the two creams", async () => {
    await explorer.filterIndication("All indications");
    await explorer.filterRoute("Topical");
    expect(await explorer.shownDrugs()).toEqual(["ruxolitinib cream 1.5 %", "delgocitinib cream 20 mg/g"]);
    await expect(
      explorer.drugRow("ruxolitinib cream 1.5 %").getByRole("link", { name: "No routine labs required by the label" }),
    ).toBeVisible();
    await explorer.filterRoute("Oral and topical");
  });

  await test.step("Then a cell where sources disagree says so", async () => {
    const tofacitinib = explorer.drugRow("tofacitinib");
    await tofacitinib.getByText("Sources disagree on tofacitinib.start.hemoglobin").click();
    await expect(
      tofacitinib.getByText(
        "Tofacitinib's starting haemoglobin limit is 9 g/dL, not the 8 g/dL of the other JAK inhibitors.",
      ),
    ).toBeVisible();
  });

  await test.step("When the trainee opens a threshold, its drug page shows the rule and its source", async () => {
    await explorer.drugRow("abrocitinib").getByRole("link", { name: "Platelets < 150,000 cells/µL" }).click();
    await expect(page).toHaveURL(/\/rules\/abrocitinib#abrocitinib\.start\.platelets$/);
    const drugPage = new DrugRulesPage(page);
    await expect(drugPage.rule("abrocitinib.start.platelets")).toBeInViewport();
    await expect(drugPage.rule("abrocitinib.start.platelets")).toContainText(
      "Baseline platelets below 150,000 cells/µL (150 ×10⁹/L): do not start.",
    );
    await expect(drugPage.sourcesOf("abrocitinib.start.platelets")).toHaveText([
      "CIBINQO (abrocitinib) US prescribing information",
    ]);
  });
});

test("the unit switch shows every threshold in conventional or SI units and is remembered", async ({ page }) => {
  const explorer = new RulesExplorerPage(page);
  await explorer.open();
  const abrocitinib = explorer.drugRow("abrocitinib");
  const tofacitinib = explorer.drugRow("tofacitinib");

  await test.step("Given conventional units", async () => {
    await expect(abrocitinib.getByRole("link", { name: "Platelets < 150,000 cells/µL" })).toBeVisible();
    await expect(tofacitinib.getByRole("link", { name: "Haemoglobin < 9 g/dL", exact: true })).toBeVisible();
  });

  await test.step("When the trainee switches to SI units", async () => {
    await explorer.chooseUnits("SI");
  });

  await test.step("Then the same limits read in ×10⁹/L and g/L", async () => {
    await expect(abrocitinib.getByRole("link", { name: "Platelets < 150 ×10⁹/L" })).toBeVisible();
    await expect(abrocitinib.getByRole("link", { name: "Platelets < 150,000 cells/µL" })).toBeHidden();
    await expect(tofacitinib.getByRole("link", { name: "Haemoglobin < 90 g/L", exact: true })).toBeVisible();
    // The EU start limit and the EU during-treatment band both read "ALC < 0.75 ×10⁹/L".
    await expect(tofacitinib.getByRole("link", { name: "ALC < 0.75 ×10⁹/L" }).first()).toBeVisible();
  });

  await test.step("And the choice survives a reload", async () => {
    await page.reload();
    await expect(page.getByRole("radio", { name: /^SI/ })).toBeChecked();
    await expect(abrocitinib.getByRole("link", { name: "Platelets < 150 ×10⁹/L" })).toBeVisible();
  });
});

test("the search filters rules by a word or a timing", async ({ page }) => {
  const explorer = new RulesExplorerPage(page);
  await explorer.open();

  await test.step("When the trainee searches for “zoster”, every drug with a zoster plan is listed", async () => {
    await explorer.search("zoster");
    for (const drug of drugIds.filter((id) => drugRules[id].zoster)) {
      await expect(
        explorer.searchResults.getByRole("link", { name: `${drugRules[drug].name} · Zoster vaccine` }),
      ).toBeVisible();
    }
  });

  await test.step("When the trainee searches for “12 weeks”, the 12-week lipid checks are listed", async () => {
    await explorer.search("12 weeks");
    await expect(explorer.status).toContainText("match “12 weeks”");
    await expect(
      explorer.searchResults.getByRole("listitem").filter({ hasText: "upadacitinib · Dated follow-up tests" }),
    ).toContainText("Lipid panel 12 weeks after starting");
  });

  await test.step("A search with no match says so, and what a matrix cell shows can be searched for", async () => {
    await explorer.search("xyzzy");
    await expect(explorer.status).toHaveText("No rule matches “xyzzy”.");
    await explorer.search("Platelets < 150");
    await expect(explorer.status).toContainText(/match(es)? “Platelets < 150” in/);
    await expect(
      explorer.searchResults.getByRole("listitem").filter({ hasText: "abrocitinib · Do-not-start thresholds" }).first(),
    ).toBeVisible();
    await explorer.search("12 weeks");
  });

  await test.step("And the filters narrow the results", async () => {
    await explorer.filterIndication("Alopecia areata");
    await expect(
      explorer.searchResults.getByRole("link", { name: "upadacitinib · Dated follow-up tests" }),
    ).toBeHidden();
    await expect(
      explorer.searchResults.getByRole("link", { name: "baricitinib · Dated follow-up tests" }),
    ).toBeVisible();
  });

  await test.step("Then a result opens the rule on its drug page", async () => {
    await explorer.searchResults.getByRole("link", { name: "baricitinib · Dated follow-up tests" }).click();
    await expect(page).toHaveURL(/\/rules\/baricitinib#baricitinib\.followup\.lipids\.week12$/);
    await expect(new DrugRulesPage(page).rule("baricitinib.followup.lipids.week12")).toBeInViewport();
  });
});

test("a drug page lists indications, doses, every rule with its source, and opens a worked example in the planner", async ({
  page,
}) => {
  const drugPage = new DrugRulesPage(page);
  await test.step("Given the upadacitinib page, reached from the matrix", async () => {
    const explorer = new RulesExplorerPage(page);
    await explorer.open();
    await explorer.drugRow("upadacitinib").getByRole("link", { name: "upadacitinib", exact: true }).click();
    await drugPage.expectHeading("upadacitinib (RINVOQ)");
  });

  await test.step("Then it shows indications, doses and the dose adjustments", async () => {
    await expect(drugPage.rule("upadacitinib.indication.atopic-dermatitis")).toContainText("Atopic dermatitis");
    await expect(drugPage.doses.getByRole("row", { name: /30 mg once daily/ })).toContainText("under age 65");
    await expect(
      page.getByRole("link", { name: "Indication atopic dermatitis and age 65 or over: ≤ 15 mg a day" }),
    ).toBeVisible();
  });

  await test.step("And every rule of the drug, each with a source link", async () => {
    for (const rule of explorerRulesOf(drugRules.upadacitinib)) {
      await expect(drugPage.sourcesOf(rule.id).first()).toBeVisible();
    }
  });

  await test.step("And a section read outside the label's own text says where it was read", async () => {
    await expect(drugPage.rule("upadacitinib.not-recommended.strong-cyp3a4-inducer")).toContainText(
      "(read in the manufacturer's 2023 summary of the prescribing information, not the label's own text)",
    );
  });

  await test.step("When the trainee opens the worked example, the planner shows its plan", async () => {
    await expect(drugPage.workedExample).toContainText("Mon 29 Mar 2027 (Week 12): lipid panel");
    await drugPage.workedExample.getByRole("link", { name: "Open this example in the planner" }).click();
    const planner = new PlannerPage(page);
    await expect(page.getByRole("heading", { name: "Monitoring planner" })).toBeVisible();
    await expect(page.getByText("Loaded the plan from the shared link.")).toBeVisible();
    await expect(page.getByLabel("Drug")).toHaveValue("upadacitinib");
    await expect(planner.visit("Mon 29 Mar 2027")).toContainText("Lipid panel");
  });
});

test("a drug page's dose adjustments say whose label each is, where the labels differ", async ({ page }) => {
  await page.goto("/rules/abrocitinib");
  const list = page.getByRole("heading", { name: "Dose adjustments" }).locator("xpath=following-sibling::ul[1]");
  for (const rule of explorerRulesOf(drugRules.abrocitinib).filter((row) => row.kind === "dose-adjustment")) {
    const item = list.getByRole("listitem").filter({ has: page.locator(`a[href="#${rule.id}"]`) });
    await expect(item).toContainText(
      rule.region === "US" ? "US label only" : rule.region === "EU" ? "EU SmPC only" : rule.summary.both,
    );
    if (rule.region === undefined) await expect(item).not.toContainText("only");
  }
});

test("every rule of every drug is two clicks from /rules, with its source", async ({ page }) => {
  test.setTimeout(60_000);
  const explorer = new RulesExplorerPage(page);
  const drugPage = new DrugRulesPage(page);
  await explorer.open();
  // First click: each drug's row links to its page, which is then opened at that address.
  for (const drug of drugIds) {
    const { name } = drugRules[drug];
    await expect(explorer.drugRow(name).getByRole("link", { name, exact: true })).toHaveAttribute(
      "href",
      `/rules/${drug}`,
    );
  }
  for (const drug of drugIds) {
    const rules = drugRules[drug];
    await test.step(`${rules.name}: every rule on its page has a source`, async () => {
      await page.goto(`/rules/${drug}`);
      await drugPage.expectHeading(`${rules.name} (${rules.brand})`);
      // Second click: each rule's entry on its page lists its sources.
      for (const rule of explorerRulesOf(rules)) {
        await expect(drugPage.sourcesOf(rule.id)).toHaveCount(rule.sources.length);
      }
    });
  }
});

test("the explorer and a drug page have no WCAG 2.1 AA violations", async ({ page }) => {
  // axe over the whole matrix and a drug page: 15 s alone, past 30 s beside the rest of the suite
  // on a busy 2-core machine (two of four full runs on 2026-12-04, load averages 10 to 19).
  test.setTimeout(60_000);
  const explorer = new RulesExplorerPage(page);
  await explorer.open();
  await test.step("The matrix", async () => {
    await expectNoAxeViolations(page);
  });
  await test.step("SI units, a filter and search results", async () => {
    await explorer.chooseUnits("SI");
    await explorer.filterRoute("Oral");
    await explorer.search("platelets");
    await expect(explorer.searchResults).toBeVisible();
    await expectNoAxeViolations(page);
  });
  await test.step("A drug page", async () => {
    await new DrugRulesPage(page).open("tofacitinib", "tofacitinib (XELJANZ)");
    await expectNoAxeViolations(page);
  });
});
