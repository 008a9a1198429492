import { expect, test } from "@playwright/test";
import { PlannerPage } from "./pages/planner-page";
import { artifactPath } from "./support/artifacts";
import { expectNoAxeViolations } from "./support/axe";
import { fillNormalAbrocitinib } from "./support/fill-normal-abrocitinib";
import { sidewaysOverflow } from "./support/sideways-overflow";

test("a dermatologist reads the schedule as a timeline, by keyboard, as text and on paper", async ({
  page,
}, testInfo) => {
  // Three viewports, an axe run and print media over one filled form.
  test.setTimeout(60_000);
  const planner = new PlannerPage(page);
  await planner.open();

  await test.step("Given abrocitinib from 4 Jan 2027, platelets of 40 on 1 Feb, interrupted on 3 Feb, today 1 Mar", async () => {
    await fillNormalAbrocitinib(planner);
    await planner.setAsOf("2027-03-01");
    await planner.recordVisitResults("2027-02-01", { Platelets: "40" });
    await planner.addDoseChange("2027-02-03", "Interrupted (0 mg)");
  });

  const timeline = planner.timeline;
  await test.step("Then the timeline shows its marks, the low result marked with what it triggered", async () => {
    await expect(
      timeline.getByRole("img", { name: /Week 4 — Blood count: CBC with differential overdue/ }),
    ).toBeVisible();
    await expect(
      timeline.getByRole("img", {
        name: "Mon 1 Feb 2027, result on file — Blood count: platelets; triggered: Discontinue.",
      }),
    ).toBeVisible();
    await expect(
      timeline.getByRole("img", { name: /Vaccines: recombinant zoster vaccine, dose 2 overdue/ }),
    ).toBeVisible();
  });

  await test.step("And Tab from the timeline's caption offers to skip the marks, then reaches the first mark, which names its date, tests and status", async () => {
    // A click on text sets where Tab starts, as it does for a sighted keyboard user.
    await timeline.getByText("Tab to a mark").click();
    await page.keyboard.press("Tab");
    await expect(timeline.getByRole("link", { name: "Skip the timeline's marks" })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(
      timeline.getByRole("img", {
        name: "Mon 4 Jan 2027, Baseline — Blood count: CBC with differential done; results triggered no finding.",
      }),
    ).toBeFocused();
  });

  await test.step("And the skip link passes every mark in one step: the next Tab is the text equivalent", async () => {
    await timeline.getByText("Tab to a mark").click();
    await page.keyboard.press("Tab");
    const address = page.url();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await expect(timeline.getByText("Timeline as text")).toBeFocused();
    expect(page.url()).toBe(address);
  });

  await test.step("And the text equivalent lists the visits, the start and the interruption in date order", async () => {
    await timeline.getByText("Timeline as text").click();
    const lines = timeline.getByRole("listitem").filter({ hasText: /^\w{3} \d{1,2} \w{3} \d{4}/ });
    await expect(lines).toContainText([
      "Mon 4 Jan 2027 — Start of abrocitinib, 100 mg a day.",
      "Mon 4 Jan 2027, Baseline — Blood count: CBC with differential done; results triggered no finding.",
      "Mon 1 Feb 2027, Week 4 — Blood count: CBC with differential overdue.",
      "Mon 1 Feb 2027, result on file — Blood count: platelets; triggered: Discontinue.",
      "Wed 3 Feb 2027 — Abrocitinib interrupted (0 mg).",
      "Mon 1 Mar 2027 — Today: statuses are judged as of this date.",
    ]);
    // A line for every mark, and one each for the start, the interruption and today.
    await expect(lines).toHaveCount((await timeline.getByRole("img").count()) + 3);
  });

  await test.step("And the page has no WCAG 2.1 AA violations", () => expectNoAxeViolations(page));

  for (const width of [1366, 768, 390]) {
    await test.step(`And at ${width} px the timeline fits the page`, async () => {
      await page.setViewportSize({ width, height: 900 });
      await timeline.scrollIntoViewIfNeeded();
      const overflow = await sidewaysOverflow(page);
      expect(overflow).toBeLessThanOrEqual(0);
      const path = artifactPath("screenshots", `timeline-${width}.png`);
      await timeline.screenshot({ path });
      await testInfo.attach(`timeline-${width}.png`, { path, contentType: "image/png" });
    });
  }

  await test.step("When the page is printed, the clinician summary carries the timeline", async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.emulateMedia({ media: "print" });
    const summary = page.getByRole("region", { name: "Clinician summary" });
    const printed = summary.getByRole("region", { name: "Timeline" });
    await expect(printed).toBeVisible();
    await expect(printed.getByRole("img", { name: /triggered: Discontinue/ })).toBeVisible();
    await expect(page.getByRole("region", { name: "Timeline" })).toHaveCount(1);
    const path = artifactPath("screenshots", "timeline-print.png");
    await printed.screenshot({ path });
    await testInfo.attach("timeline-print.png", { path, contentType: "image/png" });
  });
});
