import { expect, type APIRequestContext } from "@playwright/test";
import type { RegisterUser } from "./register-users";

/**
 * Each test signs in from its own client address (a documentation-range address in
 * X-Forwarded-For; no traffic goes there), so the sign-in rate limit of one test does not
 * throttle another's.
 */
export const clientAddress = (seed: number) => `192.0.2.${(seed % 250) + 1}`;

/** Signs the request context in (its cookie jar keeps the session) and returns the session's CSRF token. */
export async function signInApi(
  request: APIRequestContext,
  baseURL: string,
  user: RegisterUser,
  seed: number,
): Promise<string> {
  const signedIn = await request.post("/api/auth/sign-in/email", {
    data: { email: user.email, password: user.password },
    headers: { origin: baseURL, "x-forwarded-for": clientAddress(seed) },
  });
  expect(signedIn.status(), await signedIn.text()).toBe(200);
  const who = await request.get("/api/register/csrf");
  expect(who.status()).toBe(200);
  return ((await who.json()) as { csrfToken: string }).csrfToken;
}

/** The headers a register page's change carries. */
export const changeHeaders = (baseURL: string, csrfToken: string) => ({
  origin: baseURL,
  "x-csrf-token": csrfToken,
  "sec-fetch-site": "same-origin",
});

/** A calendar date `days` from today (negative for the past), as the server's clock sees it. */
export function dayFrom(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
}

/**
 * Abrocitinib 100 mg started `startedDaysAgo` days ago, clean baseline results: its week-4
 * bloods fall 28 days after the start.
 */
export function abrocitinibStartedDaysAgo(startedDaysAgo: number) {
  const baseline = dayFrom(-startedDaysAgo - 10);
  const labs = [
    ["platelets", 250, "10^9/L"],
    ["anc", 3.5, "10^9/L"],
    ["alc", 1.8, "10^9/L"],
    ["hemoglobin", 13.5, "g/dL"],
    ["ldl", 100, "mg/dL"],
    ["hdl", 55, "mg/dL"],
    ["total-cholesterol", 180, "mg/dL"],
    ["triglycerides", 120, "mg/dL"],
  ] as const;
  return {
    drug: "abrocitinib",
    indication: "atopic-dermatitis",
    doseMg: 100,
    startDate: dayFrom(-startedDaysAgo),
    labelRegion: "US",
    patient: { ageYears: 34, sex: "female", canBecomePregnant: false },
    labs: labs.map(([test, value, unit]) => ({ test, value, unit, date: baseline })),
    screening: (["tb", "hbv", "hcv"] as const).map((test) => ({ test, result: "negative", date: baseline })),
  };
}

/** Adds a patient as a signed-in clinician; returns the record's id. */
export async function addPatient(
  request: APIRequestContext,
  baseURL: string,
  csrfToken: string,
  clinicPatientId: string,
  planRequest: unknown,
  displayName?: string,
): Promise<string> {
  const created = await request.post("/api/register/patients", {
    data: { clinicPatientId, ...(displayName ? { displayName } : {}), request: planRequest },
    headers: changeHeaders(baseURL, csrfToken),
  });
  expect(created.status(), await created.text()).toBe(201);
  return ((await created.json()) as { id: string }).id;
}
