import { expect, request as newRequest, test } from "@playwright/test";
import { abrocitinibStartedDaysAgo, addPatient, changeHeaders, dayFrom, signInApi } from "./support/register-api";
import { startRegisterOnPostgres, type RegisterOnPostgres } from "./support/register-on-postgres";
import { registerUsers } from "./support/register-users";

/**
 * Two app instances behind no shared state but one PostgreSQL: what a load balancer in
 * front of several instances relies on. Uses the e2e build; a node test, no browser.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const instancePorts = [port + 1, port + 2] as const;

let register: RegisterOnPostgres | undefined;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  register = await startRegisterOnPostgres(instancePorts);
});

test.afterAll(() => register?.stop());

test("a session made on one instance works on the other, and a result saved on one is in the other's worklist", async () => {
  const [first, second] = instancePorts.map((instancePort) => `http://127.0.0.1:${instancePort}`) as [string, string];
  const onFirst = await newRequest.newContext({ baseURL: first });
  const token = await signInApi(onFirst, first, registerUsers.clinician, 61);

  // The same cookie jar against the other instance.
  const onSecond = await newRequest.newContext({ baseURL: second, storageState: await onFirst.storageState() });
  const who = await onSecond.get("/api/register/csrf");
  expect(who.status()).toBe(200);
  expect(((await who.json()) as { csrfToken: string }).csrfToken).toBe(token);

  const clinicPatientId = `TWO-INSTANCES-${Date.now()}`;
  const id = await addPatient(onFirst, first, token, clinicPatientId, abrocitinibStartedDaysAgo(30));
  const saved = await onFirst.post(`/api/register/patients/${id}/results`, {
    data: { date: dayFrom(-2), labs: [{ test: "platelets", value: 40, unit: "10^9/L" }] },
    headers: changeHeaders(first, token),
  });
  expect(saved.status()).toBe(201);

  const worklist = (await (await onSecond.get("/api/register/worklist")).json()) as {
    lists: { needsReview: { clinicPatientId: string }[] };
  };
  expect(worklist.lists.needsReview.map((row) => row.clinicPatientId)).toContain(clinicPatientId);

  // Signing out on the second instance ends the session on the first as well.
  expect((await onSecond.post("/api/auth/sign-out", { data: {}, headers: { origin: second } })).status()).toBe(200);
  expect((await onFirst.get("/api/register/worklist")).status()).toBe(401);
  await onFirst.dispose();
  await onSecond.dispose();
});
