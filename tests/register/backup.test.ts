import { describe, expect, it } from "vitest";
import { toCalendarDate } from "@/lib/register/engine";
import { systemActor } from "@/register/audit/actor";
import { createUser } from "@/register/auth/users";
import { exportRegister, importRegister, type RegisterBackup } from "@/register/backup/register-backup";
import { patientBundles } from "@/register/backup/fhir-bundles";
import type { RegisterStore } from "@/register/db/connection";
import { appendEvent, createPatient, openRecord } from "@/register/records/patient-records";
import { readWorklist } from "@/register/records/worklist";
import { serviceOver } from "@/register/register-service";
import { backends } from "./backends";
import { abrocitinibRequest, clinician, lowPlateletsAtWeek4, nurse } from "./register-fixtures";

/** A register with a user, two patients, every kind of event and a rules change pending review. */
async function fill(store: RegisterStore) {
  const service = await serviceOver(store);
  await createUser(service, systemActor("test"), {
    email: "clinician@clinic.test",
    name: "Dr C",
    role: "clinician",
    password: "a-long-test-password",
  });
  const first = await createPatient(store.db, clinician, {
    clinicPatientId: "MRN-1",
    displayName: 'Zoë O\'Brien, "Jo" — émigrée',
    request: abrocitinibRequest,
    clinicianId: null,
  });
  const second = await createPatient(store.db, clinician, {
    clinicPatientId: "MRN-2",
    request: abrocitinibRequest,
    clinicianId: null,
  });
  if (!first.ok || !second.ok) throw new Error("patients not created");
  const result = await appendEvent(store.db, nurse, first.value.id, { kind: "result", body: lowPlateletsAtWeek4 });
  if (!result.ok) throw new Error("result not stored");
  await appendEvent(store.db, nurse, first.value.id, {
    kind: "dose-change",
    body: { date: toCalendarDate("2027-02-02"), doseMg: 0 },
  });
  await appendEvent(store.db, nurse, first.value.id, {
    kind: "contact-note",
    body: { note: '=HYPERLINK("x") phoned, booked for 12 Mar' },
  });
  await appendEvent(store.db, clinician, first.value.id, {
    kind: "sign-off",
    body: { resultId: result.value.id, comment: "Stopped." },
  });
  await openRecord(store.db, nurse, second.value.id);
}

const withoutImportEntry = (backup: RegisterBackup) => ({
  ...backup.tables,
  auditEvent: backup.tables.auditEvent.filter((entry) => entry.action !== "register.import"),
});

const [pglite, postgresql] = backends as [(typeof backends)[number], (typeof backends)[number]];

describe.each([
  { from: pglite, to: postgresql },
  { from: postgresql, to: pglite },
])("a backup from $from.name", ({ from, to }) => {
  it(`restores into an empty ${to.name} with nothing lost, and refuses a register that holds data`, async () => {
    const source = await from.open();
    const target = await to.open();
    try {
      await fill(source);
      const backup = JSON.parse(
        JSON.stringify(await exportRegister(source.db, new Date("2027-03-01T09:00:00Z"))),
      ) as RegisterBackup;
      expect(backup.tables.patient).toHaveLength(2);
      expect(backup.tables.patientEvent).toHaveLength(4);
      expect(backup.tables.account[0]?.password).toEqual(expect.stringMatching(/^[0-9a-f]+:[0-9a-f]+$/));

      await importRegister(target.db, backup, systemActor("test"));
      const again = await exportRegister(target.db, new Date("2027-03-01T09:00:00Z"));
      expect(withoutImportEntry(again)).toEqual(backup.tables);
      expect(again.tables.auditEvent.at(-1)).toMatchObject({ action: "register.import", actorEmail: "system:test" });

      const { bundles, refused } = await patientBundles(target.db, toCalendarDate("2027-03-01"));
      expect(refused).toEqual([]);
      expect(bundles.map((entry) => entry.bundle.resourceType)).toEqual(["Bundle", "Bundle"]);
      await expect(importRegister(target.db, backup, systemActor("test"))).rejects.toThrow("not empty");
      expect((await exportRegister(target.db, new Date())).tables.patient).toHaveLength(2);
    } finally {
      await source.close();
      await target.close();
    }
  }, 60_000);
});

describe.each(backends)("a backup made by an older version, restored on $name", ({ open }) => {
  it("restores a record whose saved request today's rules refuse: no plan, listed apart, no FHIR bundle", async () => {
    const source = await open();
    const target = await open();
    try {
      await fill(source);
      const backup = JSON.parse(
        JSON.stringify(await exportRegister(source.db, new Date("2027-03-01T09:00:00Z"))),
      ) as RegisterBackup;
      // As an older version of the app left it: a refused dose planned without a check, under the same
      // rules version, in status rows from before statuses said whether the request is refused.
      const [first, second] = backup.tables.patient as [Record<string, unknown>, Record<string, unknown>];
      first.planRequest = { ...(first.planRequest as object), doseMg: 150 };
      for (const status of backup.tables.patientStatus) {
        delete status.planRefused;
        delete status.planEndsOn;
      }

      await importRegister(target.db, backup, systemActor("test"));
      const worklist = await readWorklist(target.db, { today: toCalendarDate("2027-01-25"), days: 14 });
      expect(worklist.lists.planRefused.map((row) => row.patientId)).toEqual([first.id]);
      expect(worklist.lists.dueSoon.map((row) => row.patientId)).toEqual([second.id]);
      // Started Mon 4 Jan 2027: the restored status has its plan's end again.
      expect(worklist.lists.dueSoon[0]?.planEndsOn).toBe("2032-01-04");
      const { bundles, refused } = await patientBundles(target.db, toCalendarDate("2027-03-01"));
      expect(refused).toEqual([first.id]);
      expect(bundles.map((entry) => entry.id)).toEqual([second.id]);
    } finally {
      await source.close();
      await target.close();
    }
  }, 60_000);
});
