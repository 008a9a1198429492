import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { PlannerPage } from "./pages/planner-page";
import { fillNormalAbrocitinib } from "./support/fill-normal-abrocitinib";
import { syntheaBundle } from "../tests/support/synthea-bundle";

// The browser's clock is pinned, so the age read from a birth date is the same every day.
const today = new Date("2026-12-20T12:00:00");
const goodBundle = new URL("../tests/interop/fixtures/import-good-bundle.json", import.meta.url);

async function downloadText(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, "utf8") };
}

test("the nurse adds the schedule to a phone calendar: one all-day event per visit still to do, no name unless typed", async ({
  page,
}) => {
  await page.clock.setFixedTime(today);
  const planner = new PlannerPage(page);
  await planner.open();
  await fillNormalAbrocitinib(planner);
  await expect(planner.visit("Mon 1 Feb 2027")).toBeVisible();
  const addToCalendar = page.getByRole("button", { name: "Add to calendar (.ics)" });

  await test.step("When the nurse downloads the calendar file without a name", async () => {
    const { name, text } = await downloadText(page, addToCalendar);
    expect(name).toBe("jak-monitor-abrocitinib-2027-01-04.ics");
    expect(text).toContain("BEGIN:VCALENDAR");
    // The baseline tests are on file: the start date has nothing left to do and no event.
    expect(text).not.toContain("DTSTART;VALUE=DATE:20270104");
    expect(text).toContain("DTSTART;VALUE=DATE:20270201");
    expect(text).toMatch(/SUMMARY:Week 4: abrocitinib monitoring/);
    expect(text.replace(/\r\n /g, "")).toContain("Blood count (full blood count with white cells and platelets)");
  });
  await test.step("Then with a name typed for that purpose, the events carry it", async () => {
    await page.getByLabel("Patient name for the calendar (optional)").fill("R. Example");
    const { text } = await downloadText(page, addToCalendar);
    expect(text).toMatch(/SUMMARY:R\. Example: Week 4/);
  });
  await test.step("And the FHIR bundle downloads as a transaction Bundle with a CarePlan", async () => {
    const { name, text } = await downloadText(page, page.getByRole("button", { name: "Download FHIR bundle" }));
    expect(name).toBe("jak-monitor-abrocitinib-2027-01-04.fhir.json");
    const bundle = JSON.parse(text) as { resourceType: string; entry: { resource: { resourceType: string } }[] };
    expect(bundle.resourceType).toBe("Bundle");
    expect(bundle.entry[0]?.resource.resourceType).toBe("CarePlan");
    expect(text).not.toContain("R. Example");
  });
});

test("the dermatologist imports a FHIR bundle from the EHR: the form is filled and the report says what was read", async ({
  page,
}) => {
  await page.clock.setFixedTime(today);
  const planner = new PlannerPage(page);
  await planner.open();
  await page.getByText("Import FHIR bundle").click();

  await test.step("When a bundle that is not FHIR is imported, nothing changes", async () => {
    await page.getByLabel("FHIR R4 Bundle (JSON)").fill('{"resourceType": "Patient"}');
    await page.getByRole("button", { name: "Import into the form" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Nothing was changed" })).toContainText(
      "Expected a FHIR Bundle, got a Patient.",
    );
    await expect(page.getByLabel("Start date (first dose)")).toHaveValue("");
  });
  await test.step("When the EHR's bundle file is chosen and imported", async () => {
    await page.getByLabel("Or choose a bundle file").setInputFiles(goodBundle.pathname);
    await expect(page.getByLabel("FHIR R4 Bundle (JSON)")).not.toHaveValue("");
    await page.getByRole("button", { name: "Import into the form" }).click();
  });
  await test.step("Then the form holds the drug, dose, start date, patient and labs", async () => {
    await expect(page.getByLabel("Drug")).toHaveValue("abrocitinib");
    await expect(page.getByLabel("Daily dose")).toHaveValue("100");
    await expect(page.getByLabel("Start date (first dose)")).toHaveValue("2027-01-04");
    await expect(page.getByLabel("Age (years)")).toHaveValue("34");
    await expect(page.getByLabel("Sex")).toHaveValue("female");
    await expect(
      page.getByRole("group", { name: "Baseline labs" }).getByLabel("Platelets", { exact: true }),
    ).toHaveValue("240");
    await expect(page.getByLabel("Drawn on")).toHaveValue("2026-12-15");
    const week4 = page.getByRole("group", { name: /^Results of visit/ }).last();
    await expect(week4.getByLabel("Date of the results")).toHaveValue("2027-02-01");
    await expect(week4.getByLabel("Platelets", { exact: true })).toHaveValue("230");
    await expect(planner.visit("Mon 1 Feb 2027")).toContainText("CBC with differential");
  });
  await test.step("And the report lists what was read and what was ignored, and why", async () => {
    const report = page.getByRole("table", { name: "What the bundle held" });
    await expect(page.getByText(/Form filled from the bundle: \d+ read, \d+ ignored/)).toBeVisible();
    await expect(report.getByRole("row", { name: /Observation\/glucose/ })).toContainText("Unknown code: LOINC 2345-7");
    await expect(report.getByRole("row", { name: /Observation\/crea-odd-unit/ })).toContainText("unit not convertible");
    await expect(report.getByRole("row", { name: /MedicationRequest\/med-1/ })).toContainText("Read");
  });
});

test("the dermatologist imports a whole EHR record of 15 MB: the page stays responsive, shows its progress, and fills the form", async ({
  page,
}) => {
  // 15 MB is handed to the browser, read and planned: more than the default 30 s on a busy machine.
  test.setTimeout(90_000);
  await page.clock.setFixedTime(today);
  const { text, expected } = syntheaBundle({ visits: 500 });
  expect(Buffer.byteLength(text)).toBeGreaterThan(14 * 1024 * 1024);
  const planner = new PlannerPage(page);
  await planner.open();
  await page.getByText("Import FHIR bundle").click();
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));

  await test.step("When the record's file is chosen, it is not poured into the text box", async () => {
    await page
      .getByLabel("Or choose a bundle file (up to 20 MB)")
      .setInputFiles({ name: "erin-example.json", mimeType: "application/fhir+json", buffer: Buffer.from(text) });
    await expect(
      page.getByText(/erin-example\.json \(1\d\.\d MB\) is read from the file when you import it/),
    ).toBeVisible();
    await expect(page.getByLabel("FHIR R4 Bundle (JSON)")).toHaveValue("");
  });
  await test.step("And imported, the page keeps answering while a worker reads it, and says how far it is", async () => {
    // Every progress line shown. The page stays responsive because the parsing runs in a worker
    // (asserted below); how long the page's own tasks take is a timing, which belongs to the bench,
    // not to a test that a busy CI machine would make flaky.
    await page.evaluate(() => {
      const seen: string[] = [];
      Object.assign(window, { importProgress: seen });
      new MutationObserver(() => {
        const line = document.querySelector("progress")?.parentElement?.textContent;
        if (line) seen.push(line);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByRole("button", { name: "Import into the form" }).click();
    await expect(page.getByText(/Form filled from the bundle: \d+ read, [\d,]+ ignored, of 1\d\.\d MB/)).toBeVisible({
      timeout: 45_000,
    });
    const importProgress = await page.evaluate(
      () => (window as unknown as { importProgress: string[] }).importProgress,
    );
    expect(importProgress.some((line) => /Reading the file: [\d.]+ MB of 1\d\.\d MB/.test(line))).toBe(true);
    expect(importProgress.some((line) => /Reading the bundle's entries: [\d,]+ of [\d,]+/.test(line))).toBe(true);
    expect(workers.length).toBe(1);
  });
  await test.step("Then the form holds the order, the patient and the latest results", async () => {
    await expect(page.getByLabel("Drug")).toHaveValue("upadacitinib");
    await expect(page.getByLabel("Daily dose")).toHaveValue("15");
    await expect(page.getByLabel("Start date (first dose)")).toHaveValue("2027-01-04");
    await expect(page.getByLabel("Age (years)")).toHaveValue("25");
    await expect(
      page.getByRole("group", { name: "Baseline labs" }).getByLabel("Platelets", { exact: true }),
    ).toHaveValue(String(expected.platelets));
    await expect(page.getByLabel("Drawn on")).toHaveValue(expected.labsDate);
    await expect(
      page.getByRole("table", { name: "What the bundle held" }).getByRole("row", { name: /Claim ×\d+/ }),
    ).toContainText("This resource type is not read.");
  });
});

test("an EHR discovers the CDS Hooks service, gets a do-not-start card, and fetches the plan as FHIR", async ({
  request,
}) => {
  const fixture = async (name: string) =>
    readFile(new URL(`../tests/interop/fixtures/${name}.json`, import.meta.url), "utf8");
  await test.step("GET /cds-services lists jak-monitoring, and says this test server takes unsigned calls", async () => {
    const response = await request.get("/cds-services");
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({
      services: [
        {
          id: "jak-monitoring",
          hook: "order-select",
          usageRequirements: expect.stringMatching(/DEVELOPMENT MODE/),
          extension: { "jak-monitor-unsigned-calls-allowed": true },
        },
      ],
    });
  });
  await test.step("POST the recorded order-sign request: a critical card", async () => {
    const response = await request.post("/cds-services/jak-monitoring", {
      headers: { "content-type": "application/json" },
      data: Buffer.from(await fixture("cds-do-not-start-platelets")),
    });
    expect(response.status()).toBe(200);
    const { cards } = (await response.json()) as { cards: { indicator: string; summary: string }[] };
    expect(cards.find((card) => card.indicator === "critical")?.summary).toMatch(/^Do not start abrocitinib/);
  });
  await test.step("POST a malformed request: 400 with a reason", async () => {
    const response = await request.post("/cds-services/jak-monitoring", {
      headers: { "content-type": "application/json" },
      data: Buffer.from("{"),
    });
    expect(response.status()).toBe(400);
    expect(await response.json()).toEqual({ errors: [{ path: "", message: "The hook request is not valid JSON." }] });
  });
  await test.step("POST /api/plan?format=fhir answers with application/fhir+json", async () => {
    const body = {
      drug: "abrocitinib",
      indication: "atopic-dermatitis",
      doseMg: 100,
      startDate: "2027-01-04",
      patient: { ageYears: 34, sex: "female" },
    };
    const response = await request.post("/api/plan?format=fhir", { data: body });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^application\/fhir\+json/);
    expect(await response.json()).toMatchObject({ resourceType: "Bundle", type: "transaction" });
    const refused = await request.post("/api/plan?format=fhir", { data: { ...body, doseMg: 7 } });
    expect(refused.status()).toBe(400);
    expect(await refused.json()).toMatchObject({ errors: [{ path: "doseMg" }] });
  });
});
