import { expect, test, type Browser, type Page } from "@playwright/test";
import { RegisterPage, signedInPage } from "./pages/register-page";
import { expectNoAxeViolations } from "./support/axe";
import { clientAddress } from "./support/register-api";
import { registerUsers } from "./support/register-users";

/** A browser of its own for the new user, with a client address of its own for the sign-in limit. */
async function newUserPage(browser: Browser, baseURL: string, seed: number) {
  const context = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": clientAddress(seed) } });
  return new RegisterPage(await context.newPage());
}

const signedInAs = (page: Page) => expect(page.getByRole("navigation", { name: "Register" })).toBeVisible();

// The first password an admin gives is the user's to change; a forgotten one is replaced by the admin,
// who also changes roles from the same page.
test("an admin adds a nurse, who changes her first password, then gives her a new role and a new first password", async ({
  browser,
  baseURL,
}) => {
  const origin = baseURL ?? "";
  const email = `new-nurse-${Date.now()}@e2e.test`;
  const admin = await signedInPage(browser, origin, registerUsers.admin, 141);
  await admin.page.goto("/register/users");
  const row = admin.page.getByRole("row").filter({ hasText: email });

  const first = await test.step("The admin creates the nurse and reads her first password once", async () => {
    await admin.page.getByLabel("Email").fill(email);
    await admin.page.getByLabel("Name").fill("Nora New");
    await admin.page.getByLabel("Role", { exact: true }).selectOption("nurse");
    await admin.page.getByRole("button", { name: "Create the user" }).click();
    const status = admin.page.getByRole("status").filter({ hasText: email });
    await expect(status).toContainText("changes it under Your account");
    await expect(status).not.toContainText("once with");
    await expect(row).toContainText("nurse");
    return (await status.locator(".first-password").textContent()) ?? "";
  });
  expect(first).toMatch(/^[A-Za-z0-9_-]{24}$/);

  const chosen = "nora-chose-this-password";
  const nurse = await newUserPage(browser, origin, 142);
  await test.step("She signs in with it and changes it under Your account; mistakes are named at their field", async () => {
    await nurse.signIn({ email, password: first });
    await signedInAs(nurse.page);
    await nurse.page.getByRole("link", { name: "Your account" }).click();
    const form = nurse.page.getByRole("form", { name: "Change your password" });
    await form.getByLabel("Current password").fill("not-the-password-at-all");
    await form.getByLabel(/^New password \(at least 12/).fill(chosen);
    await form.getByLabel("New password again").fill(chosen);
    await form.getByRole("button", { name: "Change the password" }).click();
    await expect(form.locator("#currentPassword-error")).toHaveText("The current password is not right.");
    await form.getByLabel("Current password").fill(first);
    await form.getByLabel("New password again").fill(`${chosen}x`);
    await form.getByRole("button", { name: "Change the password" }).click();
    await expect(form.locator("#repeatedPassword-error")).toHaveText("The two new passwords differ.");
    await form.getByLabel("New password again").fill(chosen);
    await form.getByRole("button", { name: "Change the password" }).click();
    await expect(form.getByRole("status")).toHaveText(
      "Password changed. Your other sessions were ended; this one goes on.",
    );
    await expectNoAxeViolations(nurse.page);
  });

  await test.step("The first password no longer signs her in; the one she chose does", async () => {
    const again = await newUserPage(browser, origin, 143);
    await again.signIn({ email, password: first });
    await expect(again.page.getByRole("heading", { name: "Sign in to the register" })).toBeVisible();
    await again.signIn({ email, password: chosen });
    await signedInAs(again.page);
    await again.page.context().close();
  });

  await test.step("The admin makes her a clinician: her session ends, and her next one is a clinician's", async () => {
    await row.getByLabel(`Role of ${email}`).selectOption("clinician");
    await row.getByRole("button", { name: "Change role" }).click();
    await expect(row.getByRole("status")).toHaveText(`${email} is now Clinician; their sessions were ended.`);
    await expect(row.getByRole("cell").nth(2)).toHaveText("clinician");
    await nurse.page.goto("/register");
    await expect(nurse.page.getByRole("heading", { name: "Sign in to the register" })).toBeVisible();
  });

  await test.step("The admin gives her a new first password (after confirming); her chosen one stops working", async () => {
    admin.page.once("dialog", (dialog) => void dialog.accept());
    await row.getByRole("button", { name: "New first password" }).click();
    const renewed = (await row.locator(".first-password").textContent()) ?? "";
    expect(renewed).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const later = await newUserPage(browser, origin, 144);
    await later.signIn({ email, password: chosen });
    await expect(later.page.getByRole("heading", { name: "Sign in to the register" })).toBeVisible();
    await later.signIn({ email, password: renewed });
    await signedInAs(later.page);
    await later.page.context().close();
  });

  await test.step("The admin's own row changes neither, and the page has no accessibility violations", async () => {
    const own = admin.page.getByRole("row").filter({ hasText: registerUsers.admin.email });
    await expect(own).toContainText(
      "Your own account: another admin changes your role; your password is under Your account.",
    );
    await expect(own.getByRole("button")).toHaveCount(0);
    // A clinician's row offers a new first password; another admin's never does (tests/register/passwords.test.ts).
    const clinicianRow = admin.page.getByRole("row").filter({ hasText: registerUsers.clinician.email });
    await expect(clinicianRow.getByRole("button", { name: "New first password" })).toBeVisible();
    await expectNoAxeViolations(admin.page);
  });
  await nurse.page.context().close();
  await admin.page.context().close();
});
