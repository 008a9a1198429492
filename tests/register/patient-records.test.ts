import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPlan, planRequestSchema, toCalendarDate, type Plan, type PlanRequest } from "@/lib/register/engine";
import { listAudit } from "@/register/audit/audit-trail";
import type { RegisterStore } from "@/register/db/connection";
import { auditEvent, patient, patientEvent } from "@/register/db/schema";
import { appendEvent, createPatient, openRecord } from "@/register/records/patient-records";
import { recordView } from "@/register/records/record-view";
import { refreshStatusesForRules } from "@/register/records/status-store";
import { readWorklist } from "@/register/records/worklist";
import { cleanRequest } from "@/tests/support/requests";
import { backends } from "./backends";
import {
  abrocitinibRequest,
  clinician,
  lowPlateletsAtWeek4,
  normalResultsAtWeek4,
  nurse,
  week4,
} from "./register-fixtures";

describe.each(backends)("the register's records on $name", ({ open }) => {
  let store: RegisterStore;
  beforeAll(async () => {
    store = await open();
  }, 60_000);
  afterAll(async () => {
    await store.close();
  });

  let serial = 0;
  const newPatient = async (request: PlanRequest = abrocitinibRequest, displayName?: string) => {
    serial += 1;
    const created = await createPatient(store.db, clinician, {
      clinicPatientId: `MRN-${serial}`,
      displayName,
      request,
      clinicianId: null,
    });
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    return created.value.id;
  };
  const worklistOn = (today: string, days = 14) => readWorklist(store.db, { today: toCalendarDate(today), days });
  const listed = (rows: { patientId: string }[], id: string) => rows.some((row) => row.patientId === id);
  const withoutBaselineTb = () =>
    planRequestSchema.parse({
      ...abrocitinibRequest,
      screening: abrocitinibRequest.screening?.filter((entry) => entry.test !== "tb"),
    });

  it("keeps the next blood test due and lists the patient as due, then overdue, then not once the result is in", async () => {
    const id = await newPatient();
    const before = await worklistOn("2027-01-25");
    expect(listed(before.lists.dueSoon, id)).toBe(true);
    expect(before.lists.dueSoon.find((row) => row.patientId === id)?.nextDueOn).toBe(week4);
    const late = await worklistOn("2027-02-03");
    expect(listed(late.lists.overdue, id)).toBe(true);
    expect(late.counts.overdue).toBeGreaterThanOrEqual(1);

    const added = await appendEvent(store.db, nurse, id, { kind: "result", body: normalResultsAtWeek4 });
    expect(added.ok).toBe(true);
    const after = await worklistOn("2027-02-03");
    expect(listed(after.lists.overdue, id)).toBe(false);
    expect(listed(after.lists.needsReview, id)).toBe(false);
  });

  it("puts a result that breaks a limit under needs review until a clinician signs it off", async () => {
    const id = await newPatient();
    const added = await appendEvent(store.db, nurse, id, { kind: "result", body: lowPlateletsAtWeek4 });
    if (!added.ok) throw new Error(JSON.stringify(added.errors));
    expect(listed((await worklistOn(week4)).lists.needsReview, id)).toBe(true);

    const loaded = await openRecord(store.db, clinician, id);
    const view = await recordView(store.db, loaded!, week4);
    expect(view.results).toHaveLength(1);
    expect(view.results[0]?.raised?.map((finding) => `${finding.action} ${finding.ruleId}`)).toContain(
      "discontinue abrocitinib.treatment.platelets",
    );

    // A stop is signed off with what was done about it: an empty or blank comment is refused.
    for (const comment of ["", "   "])
      expect(
        await appendEvent(store.db, clinician, id, { kind: "sign-off", body: { resultId: added.value.id, comment } }),
      ).toMatchObject({
        ok: false,
        status: 400,
        errors: [
          { path: "comment", message: "This raised a stop (discontinue): say what was done about it to sign it off." },
        ],
      });
    expect(listed((await worklistOn(week4)).lists.needsReview, id)).toBe(true);
    const signed = await appendEvent(store.db, clinician, id, {
      kind: "sign-off",
      body: { resultId: added.value.id, comment: "Phoned: stopped; repeat CBC in 1 week." },
    });
    expect(signed.ok).toBe(true);
    expect(listed((await worklistOn(week4)).lists.needsReview, id)).toBe(false);
    const again = await appendEvent(store.db, clinician, id, {
      kind: "sign-off",
      body: { resultId: added.value.id, comment: "" },
    });
    expect(again).toMatchObject({
      ok: false,
      status: 400,
      errors: [{ path: "resultId", message: "This result is already signed off." }],
    });
  });

  it("opens a record with what its status kept each result raising, and works it out again once that is stale", async () => {
    const id = await newPatient();
    const added = await appendEvent(store.db, nurse, id, { kind: "result", body: lowPlateletsAtWeek4 });
    if (!added.ok) throw new Error(JSON.stringify(added.errors));
    const raised = async () =>
      (await recordView(store.db, (await openRecord(store.db, clinician, id))!, week4)).results[0]?.raised?.map(
        (finding) => finding.ruleId,
      );
    expect(await raised()).toContain("abrocitinib.treatment.platelets");
    // The view reads the kept judgement: emptied by hand, it shows nothing raised.
    const kept = sql`(select raised from patient_status where patient_id = ${id})`;
    await store.db.execute(
      sql`update patient_status set raised = jsonb_set(${kept}, '{byEvent}', '{}'::jsonb) where patient_id = ${id}`,
    );
    expect(await raised()).toEqual([]);
    // Kept through another event, or with other rules, it is not used.
    await store.db.execute(
      sql`update patient_status set raised = jsonb_set(${kept}, '{throughEventId}', '"another"'::jsonb) where patient_id = ${id}`,
    );
    expect(await raised()).toContain("abrocitinib.treatment.platelets");
    await store.db.execute(
      sql`update patient_status set raised = jsonb_set(${kept}, '{throughEventId}', to_jsonb(${added.value.id}::text)), rules_version = 'older' where patient_id = ${id}`,
    );
    expect(await raised()).toContain("abrocitinib.treatment.platelets");
    await refreshStatusesForRules(store.db);
  });

  it("refuses an event that would make an invalid plan request, and stores nothing", async () => {
    const id = await newPatient();
    const events = async () =>
      (
        await store.db
          .select()
          .from(patientEvent)
          .where(sql`${patientEvent.patientId} = ${id}`)
      ).length;
    expect(
      (
        await appendEvent(store.db, nurse, id, {
          kind: "dose-change",
          body: { date: toCalendarDate("2027-03-01"), doseMg: 200 },
        })
      ).ok,
    ).toBe(true);
    const sameDay = await appendEvent(store.db, nurse, id, {
      kind: "dose-change",
      body: { date: toCalendarDate("2027-03-01"), doseMg: 100 },
    });
    expect(sameDay).toMatchObject({
      ok: false,
      status: 400,
      errors: [{ path: "date", message: "Only one dose change per date: 2027-03-01 already has one." }],
    });
    const wrongDose = await appendEvent(store.db, nurse, id, {
      kind: "dose-change",
      body: { date: toCalendarDate("2027-04-01"), doseMg: 150 },
    });
    expect(wrongDose).toMatchObject({ ok: false, status: 400, errors: [{ path: "doseMg" }] });
    expect(await events()).toBe(1);
    const unknown = await appendEvent(store.db, nurse, "00000000-0000-4000-8000-000000000000", {
      kind: "contact-note",
      body: { note: "phoned" },
    });
    expect(unknown).toMatchObject({ ok: false, status: 404 });
  });

  it("stores SQL-looking text as text and drops nothing", async () => {
    const hostile = "Robert'); DROP TABLE patient; --";
    const id = await newPatient(abrocitinibRequest, hostile);
    expect(
      (
        await appendEvent(store.db, nurse, id, {
          kind: "contact-note",
          body: { note: `${hostile} $1 \\x00 ' OR 1=1 --` },
        })
      ).ok,
    ).toBe(true);
    const [row] = await store.db
      .select()
      .from(patient)
      .where(sql`${patient.id} = ${id}`);
    expect(row?.displayName).toBe(hostile);
    expect((await store.db.select().from(patient)).length).toBeGreaterThan(1);
  });

  it("refuses a second patient with the same clinic identifier, naming the record that holds it", async () => {
    const first = await createPatient(store.db, clinician, {
      clinicPatientId: "DUP-1",
      request: abrocitinibRequest,
      clinicianId: null,
    });
    const twice = await createPatient(store.db, clinician, {
      clinicPatientId: "DUP-1",
      request: abrocitinibRequest,
      clinicianId: null,
    });
    expect(first.ok && twice).toEqual({
      ok: false,
      status: 400,
      errors: [
        {
          path: "clinicPatientId",
          message: "A patient with the clinic identifier DUP-1 is already on the register.",
          recordId: first.ok ? first.value.id : "",
        },
      ],
    });
  });

  it("appends every read and change to an audit trail that the database will not let anyone edit or delete", async () => {
    const id = await newPatient();
    await openRecord(store.db, nurse, id);
    await appendEvent(store.db, nurse, id, { kind: "contact-note", body: { note: "Phoned, booked for 12 Mar." } });
    const trail = await listAudit(store.db, { limit: 10, patientId: id });
    expect(trail.map((entry) => `${entry.actorEmail} ${entry.action}`)).toEqual([
      "nurse@clinic.test contact-note.add",
      "nurse@clinic.test patient.read",
      "clinician@clinic.test patient.create",
    ]);
    expect(trail[0]?.detail).toMatchObject({
      before: null,
      after: { kind: "contact-note", note: "Phoned, booked for 12 Mar." },
    });
    await expect(store.db.execute(sql`update ${auditEvent} set action = 'x'`)).rejects.toThrow();
    await expect(store.db.execute(sql`delete from ${auditEvent}`)).rejects.toThrow();
    await expect(store.db.execute(sql`truncate ${auditEvent}`)).rejects.toThrow();
    expect((await listAudit(store.db, { limit: 10, patientId: id })).length).toBe(3);
  });

  it("after a rules change, recomputes every status and shows what changed in each plan until a clinician reviews it", async () => {
    const id = await newPatient();
    // A stand-in rules update: the week-4 bloods move a week later.
    const moved = (request: PlanRequest): Plan => {
      const plan = buildPlan(request);
      return {
        ...plan,
        rulesVersion: "test-next",
        visits: plan.visits.map((visit) =>
          visit.date === week4 ? { ...visit, date: toCalendarDate("2027-02-08") } : visit,
        ),
      };
    };
    const rules = { rulesVersion: "test-next", planOf: moved };
    const refreshed = await refreshStatusesForRules(store.db, rules);
    expect(refreshed.recomputed).toBeGreaterThanOrEqual(1);
    const worklist = await readWorklist(store.db, { today: toCalendarDate("2027-01-25"), days: 14 });
    expect(listed(worklist.lists.rulesChanged, id)).toBe(true);
    const view = await recordView(
      store.db,
      (await openRecord(store.db, clinician, id))!,
      toCalendarDate("2027-01-25"),
      rules,
    );
    expect(view.rulesChange).toMatchObject({
      toRulesVersion: "test-next",
      itemsAdded: expect.arrayContaining(["2027-02-08 cbc"]),
      itemsRemoved: expect.arrayContaining(["2027-02-01 cbc"]),
    });
    expect((await refreshStatusesForRules(store.db, rules)).recomputed).toBe(0);

    expect(
      (
        await appendEvent(
          store.db,
          clinician,
          id,
          { kind: "plan-review", body: { comment: "New date agreed." } },
          rules,
        )
      ).ok,
    ).toBe(true);
    expect(
      listed((await readWorklist(store.db, { today: toCalendarDate("2027-01-25"), days: 14 })).lists.rulesChanged, id),
    ).toBe(false);
    // Back to the rules in force for the other tests.
    await refreshStatusesForRules(store.db);
  });

  it("keeps a dangerous result for review when a later normal one has been entered before its sign-off", async () => {
    const upadacitinib = planRequestSchema.parse(cleanRequest("upadacitinib", { labelRegion: "US" }));
    const id = await newPatient(upadacitinib);
    const alt = (value: number, date: string) => ({
      labs: [{ test: "alt" as const, value, unit: "U/L", uln: 40, date: toCalendarDate(date) }],
    });
    // ALT 200 U/L is five times the upper limit of normal: a liver-injury finding to act on.
    const high = await appendEvent(store.db, nurse, id, { kind: "result", body: alt(200, "2027-02-01") });
    if (!high.ok) throw new Error(JSON.stringify(high.errors));
    const raisedByHigh = async () =>
      (await recordView(store.db, (await openRecord(store.db, clinician, id))!, toCalendarDate("2027-02-20"))).results
        .find((result) => result.resultId === high.value.id)
        ?.raised?.map((finding) => `${finding.action} ${finding.ruleId}`);
    const before = await raisedByHigh();
    expect(before?.length).toBeGreaterThan(0);
    expect(listed((await worklistOn("2027-02-20")).lists.needsReview, id)).toBe(true);

    // A normal ALT a fortnight later, before anyone has signed off the high one.
    expect((await appendEvent(store.db, nurse, id, { kind: "result", body: alt(30, "2027-02-15") })).ok).toBe(true);
    expect(await raisedByHigh()).toEqual(before);
    const row = (await worklistOn("2027-02-20")).lists.needsReview.find((entry) => entry.patientId === id);
    expect(row?.needsReview).toBe(1);
  });

  it("judges a creatinine during treatment: a clearance below 30 puts baricitinib (EU) under do not start and needs review", async () => {
    const base = cleanRequest("baricitinib", { labelRegion: "EU", indication: "alopecia-areata", doseMg: 2 });
    const id = await newPatient(planRequestSchema.parse({ ...base, patient: { ...base.patient, weightKg: 70 } }));
    const worklist = () => worklistOn("2027-03-05");
    expect(listed((await worklist()).lists.doNotStart, id)).toBe(false);

    // Creatinine 3.5 mg/dL on 1 Mar 2027: Cockcroft–Gault well below 30 mL/min for this patient.
    const creatinine = {
      labs: [{ test: "creatinine" as const, value: 3.5, unit: "mg/dL", date: toCalendarDate("2027-03-01") }],
    };
    const added = await appendEvent(store.db, nurse, id, { kind: "result", body: creatinine });
    if (!added.ok) throw new Error(JSON.stringify(added.errors));
    const after = await worklist();
    expect(listed(after.lists.doNotStart, id)).toBe(true);
    expect(listed(after.lists.needsReview, id)).toBe(true);
    const view = await recordView(store.db, (await openRecord(store.db, clinician, id))!, toCalendarDate("2027-03-05"));
    expect(view.results[0]?.raised?.map((finding) => `${finding.action} ${finding.ruleId}`)).toContain(
      "do-not-start baricitinib.not-recommended.renal-severe-eu",
    );
  });

  it("names every overdue visit of a patient who missed more than one, not only the earliest", async () => {
    const id = await newPatient(withoutBaselineTb());
    // The baseline TB screen (4 Jan) and the week-4 blood tests (1 Feb) are both missed by 10 Feb.
    const overdue = (await worklistOn("2027-02-10")).lists.overdue.find((row) => row.patientId === id);
    expect(overdue).toMatchObject({
      nextDueOn: "2027-01-04",
      nextDueTests: ["TB screening"],
      overdueVisits: [
        { on: "2027-01-04", tests: ["TB screening"] },
        { on: "2027-02-01", tests: ["CBC with differential", "lipid panel"] },
      ],
      moreOverdue: false,
    });
    // A day when only the first is past lists that one.
    const once = (await worklistOn("2027-01-05")).lists.overdue.find((row) => row.patientId === id);
    expect(once?.overdueVisits).toEqual([{ on: "2027-01-04", tests: ["TB screening"] }]);
  });

  it("tracks a missing baseline TB screening as due, then overdue, and not once a result before the start is recorded", async () => {
    const id = await newPatient(withoutBaselineTb());
    const due = (await worklistOn("2026-12-28")).lists.dueSoon.find((row) => row.patientId === id);
    expect(due).toMatchObject({ nextDueOn: "2027-01-04", nextDueTests: ["TB screening"] });
    expect(listed((await worklistOn("2027-01-05")).lists.overdue, id)).toBe(true);

    const added = await appendEvent(store.db, nurse, id, {
      kind: "result",
      body: { labs: [], screening: [{ test: "tb", result: "negative", date: toCalendarDate("2026-12-30") }] },
    });
    if (!added.ok) throw new Error(JSON.stringify(added.errors));
    const after = await worklistOn("2027-01-05");
    expect(listed(after.lists.overdue, id)).toBe(false);
    expect(after.lists.dueSoon.find((row) => row.patientId === id)).toBeUndefined();
    expect(listed(after.lists.needsReview, id)).toBe(false);
    expect((await worklistOn("2027-01-25")).lists.dueSoon.find((row) => row.patientId === id)?.nextDueTests).toEqual([
      "CBC with differential",
      "lipid panel",
    ]);
    // A status an older version wrote (no tests due next) is recomputed at the next start.
    await store.db.execute(sql`update patient_status set next_due_tests = null where patient_id = ${id}`);
    expect((await refreshStatusesForRules(store.db)).recomputed).toBeGreaterThanOrEqual(1);
    expect((await worklistOn("2027-01-25")).lists.dueSoon.find((row) => row.patientId === id)?.nextDueTests).toEqual([
      "CBC with differential",
      "lipid panel",
    ]);
  });

  it("puts a positive TB test during treatment under needs review: hold the drug", async () => {
    const id = await newPatient();
    const added = await appendEvent(store.db, nurse, id, {
      kind: "result",
      body: { labs: [], screening: [{ test: "tb", result: "positive", date: week4 }] },
    });
    if (!added.ok) throw new Error(JSON.stringify(added.errors));
    expect(listed((await worklistOn(week4)).lists.needsReview, id)).toBe(true);
    const view = await recordView(store.db, (await openRecord(store.db, clinician, id))!, week4);
    expect(view.results).toEqual([expect.objectContaining({ resultId: added.value.id, date: week4 })]);
    expect(view.results[0]?.raised?.map((finding) => `${finding.action} ${finding.ruleId}`)).toContain(
      "interrupt abrocitinib.screening.tb-positive-on-treatment",
    );
  });

  it("puts a dose change above the label's limit under needs review until a clinician signs it off", async () => {
    // Abrocitinib under the EU SmPC with an eGFR of 45: 100 mg is the most; a change to 200 mg raises "reduce the dose".
    const base = cleanRequest("abrocitinib", { labelRegion: "EU" });
    const id = await newPatient(planRequestSchema.parse({ ...base, patient: { ...base.patient, egfr: 45 } }));
    const march = toCalendarDate("2027-03-01");
    const added = await appendEvent(store.db, nurse, id, { kind: "dose-change", body: { date: march, doseMg: 200 } });
    if (!added.ok) throw new Error(JSON.stringify(added.errors));
    expect((await worklistOn(march)).lists.needsReview.find((row) => row.patientId === id)?.needsReview).toBe(1);
    const view = await recordView(store.db, (await openRecord(store.db, clinician, id))!, march);
    expect(view.results).toEqual([
      expect.objectContaining({ resultId: added.value.id, kind: "dose-change", date: march, signedOff: false }),
    ]);
    expect(view.results[0]?.raised?.map((finding) => `${finding.action} ${finding.ruleId}`)).toEqual([
      "reduce-dose abrocitinib.dose.renal-moderate-eu",
    ]);

    const signed = await appendEvent(store.db, clinician, id, {
      kind: "sign-off",
      body: { resultId: added.value.id, comment: "Phoned: back to 100 mg." },
    });
    expect(signed.ok).toBe(true);
    expect(listed((await worklistOn(march)).lists.needsReview, id)).toBe(false);
    // A dose change within the label raises nothing.
    const within = await appendEvent(store.db, nurse, id, {
      kind: "dose-change",
      body: { date: toCalendarDate("2027-03-08"), doseMg: 100 },
    });
    expect(within.ok).toBe(true);
    expect(listed((await worklistOn(march)).lists.needsReview, id)).toBe(false);
  });

  it("updates the patient's facts: the plan reads them, and one that raises a finding is reviewed", async () => {
    // Saved with "can she become pregnant?" unanswered and no pregnancy test: the plan asks the
    // question and keeps the test due until it is answered.
    const base = cleanRequest("abrocitinib", { labelRegion: "US" });
    // A copy without the answer: the fixture's patient object is shared by every test.
    const unanswered = { ...base.patient };
    delete unanswered.canBecomePregnant;
    const id = await newPatient(
      planRequestSchema.parse({
        ...base,
        patient: unanswered,
        screening: base.screening?.filter((entry) => entry.test !== "pregnancy"),
      }),
    );
    const march = toCalendarDate("2027-03-01");
    const findingsOn = async (date: string) =>
      (
        await recordView(store.db, (await openRecord(store.db, clinician, id))!, toCalendarDate(date))
      ).plan?.findings.map((finding) => `${finding.action} ${finding.ruleId}`);
    expect(await findingsOn("2027-03-01")).toContain("missing abrocitinib.missing.can-become-pregnant");
    const overdue = (await worklistOn("2027-03-01")).lists.overdue.find((row) => row.patientId === id);
    expect(overdue?.nextDueTests).toContain("pregnancy test");

    const answered = await appendEvent(store.db, nurse, id, {
      kind: "patient-facts",
      body: { date: march, patient: { canBecomePregnant: false } },
    });
    if (!answered.ok) throw new Error(JSON.stringify(answered.errors));
    expect(await findingsOn("2027-03-01")).not.toContain("missing abrocitinib.missing.can-become-pregnant");
    const after = await worklistOn("2027-03-01");
    expect(after.lists.overdue.find((row) => row.patientId === id)?.nextDueTests ?? []).not.toContain("pregnancy test");
    // An answer that only settles a question raises nothing to review.
    expect(listed(after.lists.needsReview, id)).toBe(false);

    // A pregnancy during treatment: a caution about the patient, reviewed though it names no test.
    const april = toCalendarDate("2027-04-05");
    const pregnant = await appendEvent(store.db, nurse, id, {
      kind: "patient-facts",
      body: { date: april, patient: { canBecomePregnant: true, pregnant: true } },
    });
    if (!pregnant.ok) throw new Error(JSON.stringify(pregnant.errors));
    expect((await worklistOn(april)).lists.needsReview.find((row) => row.patientId === id)?.needsReview).toBe(1);
    const view = await recordView(store.db, (await openRecord(store.db, clinician, id))!, april);
    expect(view.request.patient).toMatchObject({ ageYears: 34, canBecomePregnant: true, pregnant: true });
    expect(view.results).toEqual([
      expect.objectContaining({ resultId: answered.value.id, kind: "patient-facts", date: march, raised: [] }),
      expect.objectContaining({ resultId: pregnant.value.id, kind: "patient-facts", date: april, signedOff: false }),
    ]);
    const raised = view.results[1]?.raised ?? [];
    expect(raised.map((finding) => `${finding.action} ${finding.ruleId}`)).toContain(
      "caution abrocitinib.caution.pregnant",
    );
    expect(raised.every((finding) => finding.action !== "info" && finding.action !== "missing")).toBe(true);
    const signed = await appendEvent(store.db, clinician, id, {
      kind: "sign-off",
      body: { resultId: pregnant.value.id, comment: "Stopped; obstetric referral." },
    });
    expect(signed.ok).toBe(true);
    expect(listed((await worklistOn(april)).lists.needsReview, id)).toBe(false);

    // The whole patient is checked again: a male patient cannot be pregnant; nothing is stored.
    const refused = await appendEvent(store.db, nurse, id, {
      kind: "patient-facts",
      body: { date: april, patient: { sex: "male" } },
    });
    expect(refused).toMatchObject({
      ok: false,
      status: 400,
      errors: [{ path: "patient.pregnant", message: "Pregnant cannot be true for a male patient." }],
    });
    // A letter from before the pregnancy, typed in late, would not undo it (facts apply by the day
    // learned): refused at the fact, rather than said to be saved while it changes nothing.
    const backdated = await appendEvent(store.db, nurse, id, {
      kind: "patient-facts",
      body: { date: toCalendarDate("2027-02-15"), patient: { pregnant: false } },
    });
    expect(backdated).toMatchObject({
      ok: false,
      status: 400,
      errors: [
        {
          path: "patient.pregnant",
          message:
            "“pregnant” was last updated as learned on Mon 5 Apr 2027, after this update's date: an earlier fact would not replace it. Date the update when it was learned, if later.",
        },
      ],
    });
    // Learned the same day, recorded later: it stands.
    const sameDay = await appendEvent(store.db, nurse, id, {
      kind: "patient-facts",
      body: { date: april, patient: { pregnant: false } },
    });
    expect(sameDay.ok).toBe(true);
    expect(
      (await recordView(store.db, (await openRecord(store.db, clinician, id))!, april)).request.patient.pregnant,
    ).toBe(false);

    const audit = await store.db
      .select()
      .from(auditEvent)
      .where(sql`${auditEvent.patientId} = ${id}`);
    const updates = audit.filter((entry) => entry.action === "patient-facts.update");
    // Each entry keeps what the update replaced, in the order they were made.
    expect(updates.sort((a, b) => a.id - b.id).map((entry) => (entry.detail as { before: unknown }).before)).toEqual([
      { patient: { canBecomePregnant: null } },
      { patient: { canBecomePregnant: false, pregnant: false } },
      { patient: { pregnant: true } },
    ]);
  });

  it("reviews a facts update that withdraws a do-not-start: a nurse's update alone cannot clear it", async () => {
    // Pregnant under the EU SmPC: abrocitinib is contraindicated, so "do not start".
    const base = cleanRequest("abrocitinib", { labelRegion: "EU" });
    const id = await newPatient(
      planRequestSchema.parse({ ...base, patient: { ...base.patient, canBecomePregnant: true, pregnant: true } }),
    );
    const today = "2026-12-28";
    expect(listed((await worklistOn(today)).lists.doNotStart, id)).toBe(true);

    const unticked = await appendEvent(store.db, nurse, id, {
      kind: "patient-facts",
      body: { date: toCalendarDate(today), patient: { pregnant: false } },
    });
    if (!unticked.ok) throw new Error(JSON.stringify(unticked.errors));
    const lists = (await worklistOn(today)).lists;
    expect(listed(lists.doNotStart, id)).toBe(false);
    expect(listed(lists.needsReview, id)).toBe(true);
    const view = await recordView(store.db, (await openRecord(store.db, clinician, id))!, toCalendarDate(today));
    expect(view.results[0]?.raised).toEqual([
      expect.objectContaining({
        action: "info",
        ruleId: "abrocitinib.contraindication.pregnancy-eu",
        message: expect.stringMatching(/^Withdrawn by this update: /),
      }),
    ]);

    // A creatinine clearance entered once can be removed, so that the plan calculates it again.
    const removed = await appendEvent(store.db, nurse, id, {
      kind: "patient-facts",
      body: { date: toCalendarDate(today), patient: { crclMlMin: 80 } },
    });
    expect(removed.ok).toBe(true);
    const again = await appendEvent(store.db, nurse, id, {
      kind: "patient-facts",
      body: { date: toCalendarDate(today), patient: {}, remove: ["crclMlMin"] },
    });
    expect(again.ok).toBe(true);
    const patient = (await recordView(store.db, (await openRecord(store.db, clinician, id))!, toCalendarDate(today)))
      .request.patient;
    expect(patient.crclMlMin).toBeUndefined();
    expect(patient.pregnant).toBe(false);
  });

  it("takes a zoster vaccine dose into the plan: dose 2 is then planned from it", async () => {
    const base = cleanRequest("abrocitinib", { labelRegion: "US" });
    const id = await newPatient(
      planRequestSchema.parse({ ...base, zosterVaccine: [], patient: { ...base.patient, ageYears: 60 } }),
    );
    const added = await appendEvent(store.db, nurse, id, {
      kind: "result",
      body: { labs: [], zosterVaccine: [{ vaccine: "rzv", date: toCalendarDate("2027-01-11") }] },
    });
    if (!added.ok) throw new Error(JSON.stringify(added.errors));
    const view = await recordView(store.db, (await openRecord(store.db, clinician, id))!, toCalendarDate("2027-01-12"));
    const zoster = view.plan?.visits.flatMap((visit) =>
      visit.items.filter((item) => item.test.startsWith("rzv")).map((item) => `${visit.date} ${item.test}`),
    );
    expect(zoster).toEqual(["2027-03-11 rzv-dose-2"]);
  });

  it("takes a patient whose monitoring a clinician ended off every list but needs review, until it is resumed", async () => {
    const id = await newPatient();
    const lowPlatelets = await appendEvent(store.db, nurse, id, { kind: "result", body: lowPlateletsAtWeek4 });
    if (!lowPlatelets.ok) throw new Error(JSON.stringify(lowPlatelets.errors));
    const today = "2027-02-20";
    const listsHolding = async () =>
      Object.entries((await worklistOn(today)).lists)
        .filter(([, rows]) => listed(rows, id))
        .map(([name]) => name)
        .sort();
    // Platelets alone answer neither week-4 test: the patient is overdue, and the result awaits review.
    expect(await listsHolding()).toEqual(["needsReview", "overdue"]);

    const ended = await appendEvent(store.db, clinician, id, {
      kind: "monitoring-end",
      body: { reason: "Abrocitinib stopped for thrombocytopenia." },
    });
    expect(ended.ok).toBe(true);
    expect(await listsHolding()).toEqual(["monitoringEnded", "needsReview"]);
    expect((await worklistOn(today)).lists.needsReview.find((row) => row.patientId === id)).toMatchObject({
      monitoringEnded: true,
      nextDueOn: null,
      nextDueTests: [],
    });
    expect(
      await appendEvent(store.db, clinician, id, { kind: "monitoring-end", body: { reason: "again" } }),
    ).toMatchObject({
      ok: false,
      status: 400,
      errors: [{ path: "", message: "This patient's monitoring has already ended." }],
    });
    const view = await recordView(store.db, (await openRecord(store.db, clinician, id))!, toCalendarDate(today));
    expect(view.monitoringEnded).toMatchObject({
      kind: "monitoring-end",
      body: { reason: "Abrocitinib stopped for thrombocytopenia." },
    });

    const resumed = await appendEvent(store.db, clinician, id, { kind: "monitoring-resume", body: { comment: "" } });
    expect(resumed.ok).toBe(true);
    expect(await listsHolding()).toEqual(["needsReview", "overdue"]);
    expect(
      await appendEvent(store.db, clinician, id, { kind: "monitoring-resume", body: { comment: "" } }),
    ).toMatchObject({ ok: false, status: 400 });
    const audit = await store.db
      .select()
      .from(auditEvent)
      .where(sql`${auditEvent.patientId} = ${id}`);
    expect(audit.map((entry) => entry.action)).toEqual(expect.arrayContaining(["monitoring.end", "monitoring.resume"]));
  });

  it("lists a patient whose five-year plan ends in the window, and still once it has ended", async () => {
    // Started on Mon 3 Jan 2022: the register's 60-month plan covers up to Sun 3 Jan 2027.
    const longAgo = planRequestSchema.parse({
      ...abrocitinibRequest,
      startDate: "2022-01-03",
      labs: abrocitinibRequest.labs?.map((lab) => ({ ...lab, date: "2021-12-20" })),
      screening: abrocitinibRequest.screening?.map((entry) => ({ ...entry, date: "2021-12-20" })),
      zosterVaccine: [],
    });
    const id = await newPatient(longAgo);
    const ending = (today: string, days = 14) =>
      worklistOn(today, days).then((worklist) => worklist.lists.planEnding.find((row) => row.patientId === id));
    expect(await ending("2026-12-19")).toBeUndefined();
    // The window's last day is the plan's last day.
    expect(await ending("2026-12-20")).toMatchObject({ planEndsOn: "2027-01-03" });
    expect(await ending("2027-06-01")).toMatchObject({ planEndsOn: "2027-01-03" });
    const view = await recordView(store.db, (await openRecord(store.db, clinician, id))!, toCalendarDate("2027-06-01"));
    expect(view.plan?.horizonEndDate).toBe("2027-01-03");
    expect(view.plan?.visits.every((visit) => visit.date <= "2027-01-03")).toBe(true);

    // A status an older version wrote (no end, no refusal), even with the rules in force, is recomputed.
    await store.db.execute(sql`update patient_status set plan_ends_on = null where patient_id = ${id}`);
    expect(await ending("2027-06-01")).toBeUndefined();
    expect((await refreshStatusesForRules(store.db)).recomputed).toBeGreaterThanOrEqual(1);
    expect(await ending("2027-06-01")).toMatchObject({ planEndsOn: "2027-01-03" });
    expect((await refreshStatusesForRules(store.db)).recomputed).toBe(0);
  });

  describe("a record whose saved request the rules in force refuse (saved under older rules)", () => {
    /** Stands in for a request stored before a rules update: written past the schema, as an old row would be. */
    const saveAsUnderOlderRules = async (id: string, change: Record<string, unknown>) => {
      await store.db.execute(
        sql`update ${patient} set plan_request = plan_request || ${JSON.stringify(change)}::jsonb where id = ${id}`,
      );
      // Any write recomputes the status: a contact note is allowed on such a record.
      const noted = await appendEvent(store.db, nurse, id, {
        kind: "contact-note",
        body: { note: "Phoned about the dose." },
      });
      expect(noted.ok).toBe(true);
    };

    it("gets no plan, says why, lists the patient on a list of its own, and takes no result", async () => {
      const id = await newPatient();
      const result = await appendEvent(store.db, nurse, id, { kind: "result", body: lowPlateletsAtWeek4 });
      expect(result.ok).toBe(true);
      // 150 mg is not an abrocitinib dose (50, 100 or 200 mg): the engine alone would plan it in silence.
      await saveAsUnderOlderRules(id, { doseMg: 150 });

      const worklist = await worklistOn("2027-01-25");
      expect(listed(worklist.lists.planRefused, id)).toBe(true);
      expect(worklist.lists.planRefused.find((row) => row.patientId === id)).toMatchObject({
        planRefused: true,
        nextDueOn: null,
      });
      expect(worklist.counts.planRefused).toBeGreaterThanOrEqual(1);
      // Not silently among the patients with nothing due or nothing to review.
      for (const list of ["overdue", "dueSoon", "needsReview"] as const)
        expect(listed(worklist.lists[list], id)).toBe(false);

      const view = await recordView(store.db, (await openRecord(store.db, clinician, id))!, week4);
      expect(view.plan).toBeNull();
      expect(view.planRefused).toEqual([
        { path: "doseMg", message: "Dose of abrocitinib must be one of 50, 100, 200 mg per day." },
      ]);
      expect(view.request.doseMg).toBe(150);
      // What the low platelets raised cannot be told without a plan: null, not an empty list.
      expect(view.results).toEqual([expect.objectContaining({ raised: null, signedOff: false })]);

      // What the plan reads or judges is refused, with one message that says why; notes and reviews go on.
      const noPlan = {
        ok: false,
        status: 400,
        errors: [
          {
            path: "",
            message: expect.stringMatching(
              /^This record has no plan: its saved request fails the rules in force \(doseMg: Dose of abrocitinib must be one of 50, 100, 200 mg per day\.\)/,
            ),
          },
        ],
      };
      expect(await appendEvent(store.db, nurse, id, { kind: "result", body: normalResultsAtWeek4 })).toMatchObject(
        noPlan,
      );
      expect(
        await appendEvent(store.db, nurse, id, { kind: "dose-change", body: { date: week4, doseMg: 100 } }),
      ).toMatchObject(noPlan);
      if (!result.ok) throw new Error("result not stored");
      expect(
        await appendEvent(store.db, clinician, id, {
          kind: "sign-off",
          body: { resultId: result.value.id, comment: "Seen." },
        }),
      ).toMatchObject(noPlan);
      const review = await appendEvent(store.db, clinician, id, { kind: "plan-review", body: { comment: "Seen." } });
      expect(review.ok).toBe(true);
    });

    it("once planned in silence, is found at the next start and keeps the schedule it had in view, reviewed or not", async () => {
      const id = await newPatient();
      // The record as an older version left it: a refused dose, planned and listed as if it were fine.
      await store.db.execute(
        sql`update ${patient} set plan_request = plan_request || '{"doseMg": 150}'::jsonb where id = ${id}`,
      );
      expect(listed((await worklistOn("2027-01-25")).lists.dueSoon, id)).toBe(true);

      // The migration that came with the check marks every status for recomputing at the next start.
      const migration = readFileSync(path.join(process.cwd(), "drizzle", "0003_recompute_statuses.sql"), "utf8");
      await store.db.execute(sql.raw(migration));
      await refreshStatusesForRules(store.db);

      const worklist = await worklistOn("2027-01-25");
      expect(listed(worklist.lists.planRefused, id)).toBe(true);
      expect(listed(worklist.lists.dueSoon, id)).toBe(false);
      expect(listed(worklist.lists.rulesChanged, id)).toBe(true);
      const view = async () => recordView(store.db, (await openRecord(store.db, clinician, id))!, week4);
      expect((await view()).rulesChange).toMatchObject({
        itemsAdded: [],
        itemsRemoved: expect.arrayContaining([`${week4} cbc`]),
        findingsAdded: ["refused doseMg"],
      });
      // A review does not clear it: nothing else shows what to arrange outside the register.
      const review = await appendEvent(store.db, clinician, id, { kind: "plan-review", body: { comment: "Seen." } });
      expect(review.ok).toBe(true);
      expect((await view()).rulesChange?.itemsRemoved).toContain(`${week4} cbc`);
    });

    it("does not stop the register on a drug the rules no longer hold, nor keep other records from a rules update", async () => {
      const id = await newPatient();
      const other = await newPatient();
      await saveAsUnderOlderRules(id, { drug: "filgotinib" });
      const view = await recordView(store.db, (await openRecord(store.db, clinician, id))!, week4);
      expect(view.plan).toBeNull();
      expect(view.planRefused?.map((error) => error.path)).toContain("drug");

      const rules = { rulesVersion: "test-refused", planOf: buildPlan };
      const refreshed = await refreshStatusesForRules(store.db, rules);
      expect(refreshed.recomputed).toBeGreaterThanOrEqual(2);
      const worklist = await worklistOn("2027-01-25");
      expect(listed(worklist.lists.planRefused, id)).toBe(true);
      expect(listed(worklist.lists.dueSoon, other)).toBe(true);
      expect(listed(worklist.lists.planRefused, other)).toBe(false);
      // Back to the rules in force for the other tests.
      await refreshStatusesForRules(store.db);
    });
  });
});
