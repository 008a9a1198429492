import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RegisterStore } from "@/register/db/connection";
import { appendEvent, createPatient } from "@/register/records/patient-records";
import { loadFacts } from "@/register/records/record-facts";
import { backends } from "./backends";
import { abrocitinibRequest, clinician, nurse } from "./register-fixtures";

// Two writers at once need a server: PGlite serves one connection, so this runs on PostgreSQL only.
const postgres = backends.find((backend) => backend.name === "PostgreSQL")!;

describe("the order of a record's events on PostgreSQL", () => {
  let store: RegisterStore;
  beforeAll(async () => {
    store = await postgres.open();
  }, 60_000);
  afterAll(async () => {
    await store.close();
  });

  it("is the order they were written in, even when the later one's transaction began first", async () => {
    const created = await createPatient(store.db, clinician, {
      clinicPatientId: "ORDER-1",
      request: abrocitinibRequest,
      clinicianId: null,
    });
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    const id = created.value.id;

    let began!: () => void;
    const earlyBegun = new Promise<void>((resolve) => (began = resolve));
    let written!: () => void;
    const otherWritten = new Promise<void>((resolve) => (written = resolve));
    // A transaction begins (its now() is fixed here), then waits while another writes and commits.
    const early = store.db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
      began();
      await otherWritten;
      const added = await appendEvent(tx, nurse, id, { kind: "contact-note", body: { note: "written second" } });
      expect(added.ok).toBe(true);
    });
    await earlyBegun;
    const first = await appendEvent(store.db, nurse, id, { kind: "contact-note", body: { note: "written first" } });
    expect(first.ok).toBe(true);
    written();
    await early;

    const loaded = await loadFacts(store.db, id);
    expect(loaded?.facts.events.map((event) => (event.kind === "contact-note" ? event.body.note : event.kind))).toEqual(
      ["written first", "written second"],
    );
  });
});
