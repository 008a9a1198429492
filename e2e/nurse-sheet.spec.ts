import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { fromBase64Url } from "@/lib/contract/share-link";
import { PlannerPage } from "./pages/planner-page";
import { fillNormalAbrocitinib } from "./support/fill-normal-abrocitinib";
import { serverLogPath } from "./support/server-log";
import { rulesVersion } from "@/rules/version";

// The nurse's details (name, date of birth, clinic contact) are printed on the patient page and
// go nowhere else: not on the clinician summary, not in the share link, the calendar file, the
// FHIR bundle, any request or local storage. They live in this tab's session storage, which the
// browser drops with the tab, and Clear form or another patient's bundle removes them sooner.

const name = "Ada Sheetmarker";
const contact = "Dermatology nurses, 555 0142";

const goodBundle = new URL("../tests/interop/fixtures/import-good-bundle.json", import.meta.url);

/** Everything the page sends: each URL and each request body. */
function recordTraffic(page: Page): string[] {
  const sent: string[] = [];
  page.on("request", (request) => sent.push(request.url(), request.postData() ?? ""));
  return sent;
}

async function downloadText(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  return readFile(await download.path(), "utf8");
}

const storageOf = (page: Page) =>
  page.evaluate(() => ({ session: JSON.stringify({ ...sessionStorage }), local: JSON.stringify({ ...localStorage }) }));

test("the nurse's name, birth date and clinic contact print on the patient page only, and go nowhere else", async ({
  page,
  context,
}) => {
  const sent = recordTraffic(page);
  const planner = new PlannerPage(page);
  await planner.open();
  await fillNormalAbrocitinib(planner);
  await expect(planner.visit("Mon 1 Feb 2027")).toBeVisible();

  await test.step("When the nurse types the patient's name, date of birth and the clinic's contact", () =>
    planner.fillSheetDetails({ name, dateOfBirth: "1990-05-17", contact }));

  await test.step("Then the printed patient page carries them, with the day to start taking the drug", async () => {
    await page.emulateMedia({ media: "print" });
    const patientPage = planner.printedPatientPage;
    await expect(patientPage).toContainText(`Name: ${name} · Date of birth: 17 May 1990`);
    await expect(patientPage).toContainText(`Questions? Contact your clinic: ${contact}`);
    await expect(patientPage.getByRole("row", { name: /Mon 4 Jan 2027 First dose/ })).toContainText(
      "Start taking abrocitinib",
    );
    // The table's head, which the browser prints again at the top of each page, names whose schedule it is.
    await expect(patientPage.locator("thead .print-running-head")).toHaveText(
      `${name} — monitoring schedule for abrocitinib (CIBINQO)`,
    );
  });
  await test.step("And the clinician summary does not, but it has the rules version the patient page no longer has", async () => {
    await expect(planner.printedClinicianSummary).not.toContainText(name);
    await expect(planner.printedClinicianSummary).not.toContainText(contact);
    await expect(planner.printedClinicianSummary).toContainText(`rules ${rulesVersion}`);
    await expect(planner.printedPatientPage).not.toContainText(`rules ${rulesVersion}`);
    await page.emulateMedia({ media: "screen" });
  });

  await test.step("And a reload keeps them in this tab's session storage only, apart from the form", async () => {
    await page.reload();
    await expect(page.getByLabel("Patient name", { exact: true })).toHaveValue(name);
    await expect(page.getByLabel("Date of birth")).toHaveValue("1990-05-17");
    const storage = await storageOf(page);
    expect(storage.session).toContain(name);
    expect(storage.local).not.toContain(name);
    const savedForm = await page.evaluate(() => sessionStorage.getItem("jak-monitor:form:v1") ?? "");
    expect(savedForm).toContain("2027-01-04");
    expect(savedForm).not.toContain(name);
  });

  await test.step("And the share link, the calendar file and the FHIR bundle carry none of them", async () => {
    await page.getByRole("button", { name: "Copy share link" }).click();
    const shared = fromBase64Url(new URL(page.url()).hash.replace("#request=", ""));
    expect(shared).toContain("2027-01-04");
    const files = [
      shared,
      await downloadText(page, "Add to calendar (.ics)"),
      await downloadText(page, "Download FHIR bundle"),
    ];
    for (const text of files) {
      expect(text).not.toContain("Sheetmarker");
      expect(text).not.toContain("555 0142");
      expect(text).not.toContain("1990-05-17");
    }
  });

  await test.step("And no request to the server, nor the server's log, ever held them", async () => {
    expect(sent.length).toBeGreaterThan(5);
    expect(sent.filter((text) => /Sheetmarker|555(%20| |\+)0142|1990-05-17/.test(text))).toEqual([]);
    expect(await readFile(serverLogPath, "utf8")).not.toContain("Sheetmarker");
  });

  await test.step("And another tab does not have them", async () => {
    const other = await context.newPage();
    await new PlannerPage(other).open();
    await expect(other.getByLabel("Patient name", { exact: true })).toHaveValue("");
    await other.close();
  });

  await test.step("When another patient's bundle is imported, they are cleared and the nurse is told", async () => {
    await page.getByText("Import FHIR bundle").click();
    await page.getByLabel("Or choose a bundle file").setInputFiles(goodBundle.pathname);
    await page.getByRole("button", { name: "Import into the form" }).click();
    await expect(page.getByRole("status")).toContainText("for the printout were cleared");
    await expect(page.getByLabel("Patient name", { exact: true })).toHaveValue("");
    await expect(page.getByLabel("Clinic contact")).toHaveValue("");
    expect((await storageOf(page)).session).not.toContain(name);
  });

  await test.step("When the nurse types them again and clears the form, they are gone, after a reload too", async () => {
    await planner.fillSheetDetails({ name, dateOfBirth: "1990-05-17", contact });
    await page.getByRole("button", { name: "Clear form" }).click();
    await expect(page.getByLabel("Patient name", { exact: true })).toHaveValue("");
    await page.reload();
    await expect(page.getByLabel("Drug")).toBeEnabled();
    await expect(page.getByLabel("Patient name", { exact: true })).toHaveValue("");
    await expect(page.getByLabel("Date of birth")).toHaveValue("");
    expect((await storageOf(page)).session).not.toContain(name);
  });
});
