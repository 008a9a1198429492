import { expect, request as newRequest, test } from "@playwright/test";
import pg from "pg";
import { signedInPage } from "./pages/register-page";
import { expectNoAxeViolations } from "./support/axe";
import { abrocitinibStartedDaysAgo, addPatient, changeHeaders, dayFrom, signInApi } from "./support/register-api";
import { startRegisterOnPostgres, type RegisterOnPostgres } from "./support/register-on-postgres";
import { registerUsers } from "./support/register-users";

/**
 * A record whose saved request the rules in force refuse, as an older version of the app could
 * have left it: the row is changed in the database itself, which no page or API can do. An
 * instance of its own on a PostgreSQL of its own, so no other test's worklist sees it.
 */
const base = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 3}`;

let register: RegisterOnPostgres | undefined;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  register = await startRegisterOnPostgres([Number(new URL(base).port)]);
});

test.afterAll(() => register?.stop());

test("a record whose saved dose the rules refuse: no plan, first on the worklist, and no result taken", async ({
  browser,
}) => {
  const api = await newRequest.newContext({ baseURL: base });
  const token = await signInApi(api, base, registerUsers.clinician, 71);
  const clinicPatientId = "REFUSED-DOSE-1";
  const id = await addPatient(api, base, token, clinicPatientId, abrocitinibStartedDaysAgo(30));
  const result = await api.post(`/api/register/patients/${id}/results`, {
    data: { date: dayFrom(-2), labs: [{ test: "platelets", value: 40, unit: "10^9/L" }] },
    headers: changeHeaders(base, token),
  });
  expect(result.status()).toBe(201);

  // 150 mg is not an abrocitinib dose; a contact note (still allowed) recomputes the status.
  const client = new pg.Client({ connectionString: register?.postgres.url });
  await client.connect();
  await client.query(`update patient set plan_request = plan_request || '{"doseMg": 150}'::jsonb where id = $1`, [id]);
  await client.end();
  const note = await api.post(`/api/register/patients/${id}/contact-notes`, {
    data: { note: "Phoned about the dose." },
    headers: changeHeaders(base, token),
  });
  expect(note.status()).toBe(201);
  const refused = await api.post(`/api/register/patients/${id}/results`, {
    data: { date: dayFrom(-1), labs: [{ test: "platelets", value: 250, unit: "10^9/L" }] },
    headers: changeHeaders(base, token),
  });
  expect(refused.status()).toBe(400);
  expect(JSON.stringify(await refused.json())).toContain("This record has no plan");
  await api.dispose();

  const { page } = await signedInPage(browser, base, registerUsers.nurse, 72);
  await page.goto("/register");
  const refusedList = page.getByRole("region", { name: "No plan: saved request refused (1)" });
  await expect(refusedList.getByRole("link", { name: clinicPatientId })).toBeVisible();
  await expect(page.getByRole("region", { name: "Needs review (0)" })).toBeVisible();
  await expectNoAxeViolations(page);

  await refusedList.getByRole("link", { name: clinicPatientId }).click();
  const refusedNote = page.getByRole("region", { name: "No plan: the saved request is refused" });
  await expect(refusedNote).toContainText("doseMg: Dose of abrocitinib must be one of 50, 100, 200 mg per day.");
  await expect(page.getByText("One result, dose change or facts update is not checked")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Record results" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Schedule" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Add a contact note" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.context().close();
});
