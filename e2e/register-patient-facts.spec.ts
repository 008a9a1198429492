import { expect, test } from "@playwright/test";
import { signedInPage } from "./pages/register-page";
import { expectNoAxeViolations } from "./support/axe";
import { abrocitinibStartedDaysAgo, addPatient, changeHeaders, dayFrom, signInApi } from "./support/register-api";
import { registerUsers } from "./support/register-users";

test("a nurse records a pregnancy during treatment: the plan reads it, and a clinician reviews it", async ({
  browser,
  request,
  baseURL,
}) => {
  const origin = baseURL ?? "";
  const clinicPatientId = `FACTS-${Date.now()}`;
  let patientId = "";
  let csrfToken = "";
  await test.step("Given a woman on abrocitinib saved with 'can she become pregnant?' unanswered", async () => {
    csrfToken = await signInApi(request, origin, registerUsers.clinician, 101);
    const planRequest = abrocitinibStartedDaysAgo(20);
    patientId = await addPatient(request, origin, csrfToken, clinicPatientId, {
      ...planRequest,
      patient: { ageYears: 34, sex: "female" },
    });
  });

  await test.step("Facts or results dated after today are refused at the date (the server's today)", async () => {
    const post = (path: string, data: unknown) =>
      request.post(`/api/register/patients/${patientId}/${path}`, { data, headers: changeHeaders(origin, csrfToken) });
    // Three days ahead: past the day of grace for time zones, whatever the hour.
    const facts = await post("patient-facts", { date: dayFrom(3), patient: { canBecomePregnant: false } });
    expect(facts.status()).toBe(400);
    expect(await facts.json()).toEqual({
      errors: [
        { path: "date", message: expect.stringMatching(/^Date the facts were learned must not be after today/) },
      ],
    });
    const results = await post("results", {
      date: dayFrom(365),
      labs: [{ test: "platelets", value: 240, unit: "10^9/L" }],
    });
    expect(results.status()).toBe(400);
    expect(JSON.stringify(await results.json())).toContain("Date of the results must not be after today");
    // A new record too: a start next month is a plan; baseline labs dated then are not results yet.
    const ahead = await request.post("/api/register/patients", {
      data: { clinicPatientId: `AHEAD-${Date.now()}`, request: abrocitinibStartedDaysAgo(-30) },
      headers: changeHeaders(origin, csrfToken),
    });
    expect(ahead.status()).toBe(400);
    expect(((await ahead.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe("request.labs.0.date");
  });

  const nurse = await signedInPage(browser, origin, registerUsers.nurse, 102);
  const form = nurse.page.getByRole("form", { name: "Update patient facts" });
  await test.step("The plan asks the question, and the facts form holds the record's facts", async () => {
    await nurse.openPatient(clinicPatientId);
    await expect(nurse.page.getByText(/Whether the patient can become pregnant is not recorded/).first()).toBeVisible();
    await nurse.page.getByText("Update the patient's facts").click();
    await expect(form.getByLabel("Age (years)")).toHaveValue("34");
    await expect(form.getByLabel("Can become pregnant?")).toHaveValue("");
  });

  await test.step("The age left empty is refused at its field (it is always recorded), and nothing is saved", async () => {
    await form.getByLabel("Age (years)").fill("");
    await form.getByRole("button", { name: "Save the patient facts" }).click();
    await expect(form.getByText("Always recorded: enter it.")).toBeVisible();
    await expect(form.getByRole("status")).toHaveText("Nothing was saved: correct the fields marked.");
    await form.getByLabel("Age (years)").fill("34");
  });

  await test.step("When the nurse records that she can become pregnant and is pregnant", async () => {
    await form.getByLabel("Can become pregnant?").selectOption("yes");
    await form.getByRole("checkbox", { name: "Pregnant", exact: true }).check();
    await form.getByRole("button", { name: "Save the patient facts" }).click();
    await expect(form.getByRole("status")).toHaveText("Patient facts saved. The plan now reads them.");
  });

  await test.step("Then the question is gone, the pregnancy caution awaits review, and the history says what changed", async () => {
    await expect(nurse.page.getByText(/Whether the patient can become pregnant is not recorded/)).toHaveCount(0);
    await expect(nurse.page.locator("p", { hasText: "Patient facts the plan reads:" })).toHaveText(
      /age 34 years; sex: female; can become pregnant: yes; pregnant: yes/,
    );
    await expect(nurse.review.getByText(/^Patient facts of /)).toBeVisible();
    await expect(
      nurse.review.getByText(/Pregnancy: the label warns that abrocitinib may cause fetal harm/),
    ).toBeVisible();
    await expect(nurse.page.getByRole("region", { name: "History" })).toContainText(
      "Patient facts updated by Nina Nurse: learned",
    );
    await expect(nurse.page.getByRole("region", { name: "History" })).toContainText(
      "can become pregnant: yes; pregnant: yes",
    );
    await expectNoAxeViolations(nurse.page);
  });

  await test.step("A fact entered, then emptied, is removed, and the history says so", async () => {
    await form.getByLabel("Weight (kg)").fill("64,5");
    await form.getByRole("button", { name: "Save the patient facts" }).click();
    await expect(nurse.page.getByRole("region", { name: "History" })).toContainText("weight 64.5 kg");
    // The refreshed record's facts fill the form again, as the plan now reads them.
    await expect(form.getByLabel("Weight (kg)")).toHaveValue("64.5");
    await form.getByLabel("Weight (kg)").fill("");
    await form.getByRole("button", { name: "Save the patient facts" }).click();
    await expect(nurse.page.getByRole("region", { name: "History" })).toContainText("removed: weight");
  });

  const clinician = await signedInPage(browser, origin, registerUsers.clinician, 103);
  await test.step("And a clinician signs it off", async () => {
    await clinician.openPatient(clinicPatientId);
    await clinician.review
      .getByLabel(
        /^(Sign-off comment \(optional\)|What was done about it \(required to sign off a stop\)): Patient facts of /,
      )
      .fill("Stopped; obstetric referral.");
    await clinician.review.getByRole("button", { name: "Sign off this facts update" }).click();
    await expect(
      clinician.review.getByText("No result, dose change or facts update waits for sign-off."),
    ).toBeVisible();
    await expect(clinician.page.getByRole("region", { name: "History" })).toContainText(
      /Patient facts update of \w{3} \d{1,2} \w{3} \d{4} signed off by Dr Chloe Clinician: Stopped; obstetric referral\./,
    );
  });
});
