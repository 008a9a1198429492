import { expect, test } from "@playwright/test";
import { signedInPage } from "./pages/register-page";
import { expectNoAxeViolations } from "./support/axe";
import { registerUsers } from "./support/register-users";
import { ssoClinician, ssoProviderName } from "./support/sso-clinician";

// Single sign-on through the clinic's OpenID Connect provider (a real one on a local port,
// started by playwright.config.ts): the button on the sign-in page, the provider's approval,
// and the register's answer to someone it has not given a role.
test("a clinician signs in through the clinic's provider and waits for an admin to give a role", async ({
  page,
  browser,
  baseURL,
}) => {
  await test.step("When she presses the single sign-on button on the register's sign-in page", async () => {
    await page.goto("/register");
    await expect(page).toHaveURL(/\/register\/sign-in/);
    await page.getByRole("button", { name: `Sign in with ${ssoProviderName}` }).click();
  });

  await test.step("Then the provider sends her back signed in, to a register that has no role for her yet", async () => {
    await expect(page).toHaveURL(/\/register$/);
    await expect(page.getByRole("heading", { name: "Not available to your role" })).toBeVisible();
    await expect(page.getByText("Your register role (no role yet) does not open this page.")).toBeVisible();
    // No page of the register opens to her yet: its navigation offers only signing out.
    const navigation = page.getByRole("navigation", { name: "Register" });
    await expect(navigation.getByRole("link")).toHaveCount(0);
    await expect(navigation.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step("And an admin finds her among the users, with no register access", async () => {
    const admin = await signedInPage(browser, baseURL ?? "", registerUsers.admin, 71);
    await admin.page.goto("/register/users");
    const row = admin.page.getByRole("row").filter({ hasText: ssoClinician.email });
    await expect(row).toContainText(ssoClinician.name);
    await expect(row).toContainText("none (no register access)");
    await admin.page.context().close();
  });
});
