import { expect, test } from "@playwright/test";
import { PlannerPage } from "./pages/planner-page";
import { fillNormalAbrocitinib } from "./support/fill-normal-abrocitinib";
import { expectNoAxeViolations } from "./support/axe";

test("a plan that cannot be made shows a plain error page, not the plan, and the form survives it", async ({
  page,
}) => {
  // While the flag is set, the planner's worker answers every job as the engine throwing would.
  await page.addInitScript(() => {
    if (localStorage.getItem("e2e:planning-fails") !== "1") return;
    class FailingPlanningWorker {
      onmessage: ((event: { data: unknown }) => void) | null = null;
      onerror: (() => void) | null = null;
      postMessage(job: { id: number }) {
        setTimeout(() => this.onmessage?.({ data: { id: job.id, error: "Engine failed on 240 ×10⁹/L" } }));
      }
      terminate() {}
    }
    Object.defineProperty(window, "Worker", { value: FailingPlanningWorker });
  });
  const planner = new PlannerPage(page);
  await planner.open();
  await fillNormalAbrocitinib(planner);
  await expect(planner.findings).toBeVisible();

  await test.step("When the plan cannot be made, the page says so in plain words and shows no plan", async () => {
    await page.evaluate(() => localStorage.setItem("e2e:planning-fails", "1"));
    await page.reload();
    const error = page.getByRole("alert").filter({ hasText: "Something went wrong on this page" });
    await expect(error).toBeVisible();
    await expect(error).toContainText("no plan is shown");
    await expect(error.getByRole("button", { name: "Try again" })).toBeVisible();
    // The error's own text (which could hold a value typed) is not on the page.
    await expect(page.locator("body")).not.toContainText("Engine failed");
    await expect(planner.findings).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step("Once planning works again, a reload brings back the form as it was, with its plan", async () => {
    await page.evaluate(() => localStorage.removeItem("e2e:planning-fails"));
    await page.reload();
    await expect(page.getByLabel("Platelets", { exact: true })).toHaveValue("240");
    await expect(planner.findings).toBeVisible();
  });
});
