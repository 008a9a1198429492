import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { PlannerPage } from "./pages/planner-page";
import { RegisterPage } from "./pages/register-page";
import { artifactPath } from "./support/artifacts";
import { expectNoAxeViolations } from "./support/axe";
import { fillNormalAbrocitinib } from "./support/fill-normal-abrocitinib";
import { abrocitinibStartedDaysAgo, addPatient } from "./support/register-api";
import { registerUsers } from "./support/register-users";
import { sidewaysOverflow } from "./support/sideways-overflow";
import { cutDropDowns } from "./support/cut-drop-downs";
import { teachingCases } from "@/lib/teaching/cases";

/** A full-page screenshot kept in artifacts/ and attached to the test's report. */
async function keepScreenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = artifactPath("screenshots", name);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: "image/png" });
}

// A clinic PC, a tablet held upright, a phone. The results sit beside the form from 1,100 px.
const screens = [
  { name: "desktop", width: 1366, height: 768, planBesideForm: true },
  { name: "tablet", width: 768, height: 1024, planBesideForm: false },
  { name: "phone", width: 390, height: 844, planBesideForm: false },
] as const;

for (const screen of screens) {
  test.describe(`on a ${screen.name} (${screen.width} px)`, () => {
    test.use({
      viewport: { width: screen.width, height: screen.height },
      ...(screen.name === "phone" ? { isMobile: true, hasTouch: true } : {}),
    });

    test("the planner shows the schedule first, keeps a refused value from hiding the plan, and fits the screen", async ({
      page,
    }, testInfo) => {
      // A filled form, two axe runs and a full-page screenshot on a busy 2-core machine.
      test.setTimeout(60_000);
      const planner = new PlannerPage(page);
      await planner.open();

      await test.step("Given abrocitinib from 4 Jan 2027 with normal labs, creatinine typed with a decimal comma", async () => {
        await fillNormalAbrocitinib(planner);
        await planner.enterLab("Creatinine", "0,8");
      });

      const glance = page.getByRole("region", { name: "At a glance" });
      await test.step("Then the plan opens with the schedule at a glance, the week-4 visit due", async () => {
        await expect(glance.getByRole("listitem").filter({ hasText: "Mon 1 Feb 2027" })).toContainText("due");
        await expect(planner.timeline.getByRole("img").first()).toBeAttached();
        await expect(page.getByLabel("Avoid weekends")).toBeChecked();
      });

      if (screen.planBesideForm) {
        await test.step("And the plan stays in view beside the form while the clinician scrolls the form", async () => {
          const form = page.getByRole("form", { name: "Plan request" });
          const [formBox, glanceBox] = [await form.boundingBox(), await glance.boundingBox()];
          expect(glanceBox?.x ?? 0).toBeGreaterThan((formBox?.x ?? 0) + (formBox?.width ?? 0) - 1);
          await page.getByRole("button", { name: "Record a visit's results" }).scrollIntoViewIfNeeded();
          await expect(glance).toBeInViewport();
        });
      } else {
        await test.step("And one tap on “Jump to the plan” brings the plan into view", async () => {
          await expect(glance).not.toBeInViewport();
          await page.getByRole("link", { name: "Jump to the plan" }).click();
          await expect(glance).toBeInViewport();
        });
      }

      await test.step("And the lab table fits its column, every unit and date picker within reach", async () => {
        const labs = page.getByRole("group", { name: "Baseline labs" });
        const pickers = labs.getByRole("combobox", { name: / unit$/ });
        for (const picker of await pickers.all()) {
          const box = await picker.boundingBox();
          expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(screen.width);
        }
        // Not even the table's own box scrolls sideways: its last column (the dates) was cut at 1,366 px.
        const tableBox = labs.getByRole("table", { name: "Baseline lab values and units" }).locator("..");
        const hidden = () => tableBox.evaluate((element) => element.scrollWidth - element.clientWidth);
        expect(await hidden(), "lab table width beyond its box").toBeLessThanOrEqual(0);
        if (screen.planBesideForm) {
          // Narrower desktops keep the plan beside the form, so the form's column is narrower still:
          // the table is cards there as at 1,366 px, every date picker whole.
          for (const width of [1280, 1100]) {
            await page.setViewportSize({ width, height: screen.height });
            expect(await hidden(), `lab table width beyond its box at ${width} px`).toBeLessThanOrEqual(0);
            const boxRight = await tableBox.evaluate((element) => element.getBoundingClientRect().right);
            for (const date of await labs.getByLabel(/ date, if not the day above$/).all()) {
              const box = await date.boundingBox();
              expect((box?.x ?? 0) + (box?.width ?? 0), `a date picker at ${width} px`).toBeLessThanOrEqual(boxRight);
            }
          }
          await page.setViewportSize({ width: screen.width, height: screen.height });
        }
      });

      await test.step("And nothing scrolls sideways, no drop-down cuts its choice, and the page has no WCAG 2.1 AA violations", async () => {
        expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
        expect(await cutDropDowns(page)).toEqual([]);
        if (screen.name === "phone") {
          await page.setViewportSize({ width: 360, height: screen.height });
          expect(await sidewaysOverflow(page), "at 360 px").toBeLessThanOrEqual(0);
          expect(await cutDropDowns(page), "at 360 px").toEqual([]);
          await page.setViewportSize({ width: screen.width, height: screen.height });
        }
        await keepScreenshot(page, testInfo, `planner-${screen.width}.png`);
        // The filled planner on a desktop is accessibility.spec.ts's.
        await expectNoAxeViolations(page);
      });

      await test.step("When a platelet count is mistyped, the plan stays, without it, under a banner naming the field", async () => {
        await planner.enterLab("Platelets", "24O");
        await page.getByLabel("Absolute neutrophil count", { exact: true }).focus();
        await expect(page.getByRole("heading", { name: "Fix these fields to print the plan" })).toBeVisible();
        await expect(page.getByRole("button", { name: /^Platelets \(baseline\): must be a number/ })).toBeVisible();
        await expect(planner.schedule).toBeAttached();
        await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeDisabled();
        expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
        await keepScreenshot(page, testInfo, `planner-refused-${screen.width}.png`);
      });
    });

    // The desktop's tour is the tablet's: each page is opened once, at 1,366 px, then narrowed.
    if (screen.name === "desktop") return;

    test("after one tap on “Jump to the plan” the plan's top stays at the top of the screen", async ({ page }) => {
      const planner = new PlannerPage(page);
      await planner.open();
      // A short schedule at a glance above a long list of missing facts: its real height is well under
      // the estimate the plan's sections are laid out with until they come into view.
      await page.getByLabel("Drug").selectOption("upadacitinib");
      await planner.chooseDose(15);
      await planner.setStartDate("2027-01-11");
      await planner.setPatient({ age: 41, sex: "Female" });
      const frames = async () => {
        for (let round = 0; round < 3; round += 1)
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      };
      // The plan drawn below the form first, as it is by the time a user reaches for the link.
      await expect(page.getByRole("region", { name: "At a glance" })).toBeAttached();
      await frames();
      const address = page.url();
      await page.getByRole("link", { name: "Jump to the plan" }).click();
      await expect(page.getByRole("region", { name: "At a glance" })).toBeInViewport();
      // The keyboard goes with the view, and the address (which may hold a share link) stays.
      await expect(page.locator("#plan")).toBeFocused();
      expect(page.url()).toBe(address);
      // Then once the sections in view are drawn at their real height.
      await frames();
      expect(Math.abs((await page.locator("#plan").boundingBox())?.y ?? Number.NaN)).toBeLessThan(2);
    });

    test("every page fits the screen without sideways scrolling and has no WCAG 2.1 AA violations", async ({
      page,
      request,
    }, testInfo) => {
      // About thirty pages and a sign-in; axe runs where the layout differs from the desktop's,
      // whose pages the explorer, teaching and accessibility specs already check.
      test.setTimeout(90_000);
      const wider = screen.name === "tablet" ? screens[0] : undefined;
      const { drugs } = (await (await request.get("/api/rules")).json()) as { drugs: { id: string }[] };
      const pages = [
        "/",
        "/rules",
        "/rules/cases",
        ...drugs.map((drug) => `/rules/${drug.id}`),
        ...teachingCases.map((teachingCase) => `/rules/cases/${teachingCase.id}`),
      ];
      // One page of each kind gets an axe run: the others share its template.
      const axePages = new Set(["/", "/rules/cases", pages[3], pages.at(-1)]);
      if (screen.name === "phone") axePages.add("/rules");
      const overflowing: string[] = [];
      const checkFit = async (path: string) => {
        if ((await sidewaysOverflow(page)) > 0) overflowing.push(`${path} at ${page.viewportSize()?.width} px`);
      };

      for (const path of pages) {
        if (wider) await page.setViewportSize({ width: wider.width, height: wider.height });
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        if (wider) {
          await checkFit(path);
          await page.setViewportSize({ width: screen.width, height: screen.height });
        }
        await checkFit(path);
        // The narrowest phone in use: the page must fit at 360 px too.
        if (screen.name === "phone") {
          await page.setViewportSize({ width: 360, height: screen.height });
          await checkFit(path);
          await page.setViewportSize({ width: screen.width, height: screen.height });
        }
        if (axePages.has(path)) await test.step(`axe: ${path}`, () => expectNoAxeViolations(page));
      }
      await keepScreenshot(page, testInfo, `teaching-case-${screen.width}.png`);

      await test.step("the register's sign-in and worklist", async () => {
        // Each screen signs in from its own address: sign-in is rate-limited per address.
        await page.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${screen.width % 250}` });
        const register = new RegisterPage(page);
        await register.signIn(registerUsers.clinician);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Monitoring worklist");
        await checkFit("/register");
        await keepScreenshot(page, testInfo, `register-${screen.width}.png`);
        await expectNoAxeViolations(page);
        if (wider) {
          await page.setViewportSize({ width: wider.width, height: wider.height });
          await checkFit("/register");
          await page.setViewportSize({ width: screen.width, height: screen.height });
        }
      });

      await test.step("a patient's page: plan, review, results (lab table, screening), dose change, patient facts, notes", async () => {
        const origin = new URL(page.url()).origin;
        const { csrfToken } = (await (await page.request.get("/api/register/csrf")).json()) as { csrfToken: string };
        const id = await addPatient(
          page.request,
          origin,
          csrfToken,
          `WIDTH-${screen.width}-${Date.now()}`,
          abrocitinibStartedDaysAgo(30),
        );
        const path = `/register/patients/${id}`;
        await page.goto(path);
        await expect(page.getByRole("form", { name: "Record results" })).toBeVisible();
        // The facts form opens on request: open, so its fields are measured too.
        await page.getByText("Update the patient's facts").click();
        await expect(page.getByRole("form", { name: "Update patient facts" })).toBeVisible();
        await checkFit(path);
        if (screen.name === "phone") {
          await page.setViewportSize({ width: 360, height: screen.height });
          await checkFit(path);
          await page.setViewportSize({ width: screen.width, height: screen.height });
        }
        await keepScreenshot(page, testInfo, `register-patient-${screen.width}.png`);
        await expectNoAxeViolations(page);
      });
      expect(overflowing).toEqual([]);
    });
  });
}
