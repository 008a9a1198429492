/**
 * `npm run -s register:seed -- --patients 10000 [--seed 1] [--user-password P]`: fills an
 * empty register with made-up patients for the bench (and for trying the worklist): a mix
 * of the nine drugs, starts over the last two years, each visit's results mostly on time,
 * some late or missed, some low counts (a few signed off), some dose changes. Also makes
 * users bench-clinician-N@seed.test and bench-nurse@seed.test with the given password.
 * Rows are written in bulk, statuses computed as every write computes them.
 */
import { randomUUID } from "node:crypto";
import {
  addDays,
  buildPlan,
  calendarDateOf,
  planRequestSchema,
  type CalendarDate,
  type PlanRequest,
} from "@/lib/register/engine";
import type { RecordEvent } from "@/lib/register/record";
import { statusOfRecord } from "@/lib/register/record-status";
import { systemActor } from "@/register/audit/actor";
import { appendAudit } from "@/register/audit/audit-trail";
import { createUser } from "@/register/auth/users";
import { configuredLocation, openRegisterStore } from "@/register/db/connection";
import { patient, patientEvent, patientStatus } from "@/register/db/schema";
import { rulesInForce } from "@/register/records/status-store";
import { serviceOver } from "@/register/register-service";
import { cleanRequest, drugDefaults, normalLabs } from "@/tests/support/requests";
import type { DrugId } from "@/rules/types";
import { optionOf } from "./register-options";

const count = Number(optionOf("patients") ?? 1000);
const password = optionOf("user-password") ?? "seeded-password-1";
let state = Number(optionOf("seed") ?? 1) >>> 0;
/** mulberry32: the same register for the same seed. */
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(weighted: readonly (readonly [T, number])[]): T => {
  let roll = random() * weighted.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [value, weight] of weighted) if ((roll -= weight) < 0) return value;
  return weighted[0]![0];
};

// Roughly as dermatology clinics prescribe them: the oral JAKs for eczema and alopecia most.
const drugMix: readonly (readonly [DrugId, number])[] = [
  ["upadacitinib", 30],
  ["abrocitinib", 22],
  ["baricitinib", 14],
  ["ritlecitinib", 6],
  ["deuruxolitinib", 4],
  ["tofacitinib", 5],
  ["deucravacitinib", 9],
  ["ruxolitinib-cream", 7],
  ["delgocitinib-cream", 3],
];

const today = calendarDateOf(new Date());
// Laboratories report liver enzymes with their upper limit of normal; the rules need it.
const labsOn = (date: CalendarDate) =>
  normalLabs.map((lab) => ({ ...lab, date, ...(lab.test === "alt" || lab.test === "ast" ? { uln: 40 } : {}) }));

function patientFacts(): { request: PlanRequest; events: RecordEvent[] } {
  const drug = pick(drugMix);
  const startDate = addDays(today, -Math.floor(random() * 730) + 30);
  const baselineDate = addDays(startDate, -Math.floor(random() * 20) - 1);
  const topical = drugDefaults[drug].doseMg === undefined;
  const request = planRequestSchema.parse(
    cleanRequest(drug, {
      startDate,
      labelRegion: random() < 0.7 ? "US" : "EU",
      patient: {
        ageYears: 18 + Math.floor(random() * 60),
        sex: random() < 0.55 ? "female" : "male",
        canBecomePregnant: false,
        smoking: random() < 0.2 ? "current" : "never",
        weightKg: 55 + Math.floor(random() * 50),
        egfr: 90,
      },
      labs: topical ? [] : labsOn(baselineDate),
      screening: topical
        ? []
        : (["tb", "hbv", "hcv"] as const).map((test) => ({ test, result: "negative" as const, date: baselineDate })),
      routineIntervalMonths: pick([
        [3, 6],
        [6, 2],
        [12, 1],
      ] as const),
    }),
  );
  const events: RecordEvent[] = [];
  const visits = buildPlan({ ...request, horizonMonths: 60 }).visits.filter(
    (visit) => visit.date > startDate && visit.date < today && visit.items.some((item) => item.kind === "lab"),
  );
  for (const visit of visits) {
    if (random() < 0.12) continue; // missed: the patient is overdue from here
    const date = addDays(visit.date, Math.floor(random() * 6));
    if (date >= today) continue;
    const low = random() < 0.04;
    const id = randomUUID();
    events.push({
      id,
      kind: "result",
      body: { labs: labsOn(date).map((lab) => (low && lab.test === "platelets" ? { ...lab, value: 40 } : lab)) },
    });
    if (low && random() < 0.6)
      events.push({ id: randomUUID(), kind: "sign-off", body: { resultId: id, comment: "Seen; phoned the patient." } });
    if (random() < 0.05)
      events.push({ id: randomUUID(), kind: "contact-note", body: { note: "Phoned, booked the next bloods." } });
  }
  if (!topical && random() < 0.05 && visits.length > 1)
    events.push({ id: randomUUID(), kind: "dose-change", body: { date: addDays(visits[0]!.date, 1), doseMg: 0 } });
  return { request, events };
}

const store = await openRegisterStore(configuredLocation());
try {
  const service = await serviceOver(store);
  const clinicians: string[] = [];
  for (const number of [1, 2, 3]) {
    const created = await createUser(service, systemActor("register-seed"), {
      email: `bench-clinician-${number}@seed.test`,
      name: `Dr Bench ${number}`,
      role: "clinician",
      password,
    });
    if (created) clinicians.push(created.id);
  }
  await createUser(service, systemActor("register-seed"), {
    email: "bench-nurse@seed.test",
    name: "Bench Nurse",
    role: "nurse",
    password,
  });
  const batch = 250;
  for (let start = 0; start < count; start += batch) {
    const rows = Array.from({ length: Math.min(batch, count - start) }, (_, index) => {
      const id = randomUUID();
      const facts = patientFacts();
      // Not every event is valid on every plan (a dose change on a cream): keep those that are.
      const valid = planRequestSchema.safeParse({
        ...facts.request,
        doseChanges: facts.events.flatMap((event) => (event.kind === "dose-change" ? [event.body] : [])),
      }).success;
      const events = valid ? facts.events : facts.events.filter((event) => event.kind !== "dose-change");
      const clinicianId = clinicians[(start + index) % clinicians.length] ?? null;
      const status = statusOfRecord({ request: facts.request, events }, rulesInForce);
      return { id, clinicianId, request: facts.request, events, status, number: start + index + 1 };
    });
    await store.db.transaction(async (tx) => {
      await tx.insert(patient).values(
        rows.map((row) => ({
          id: row.id,
          clinicPatientId: `SEED-${String(row.number).padStart(6, "0")}`,
          clinicianId: row.clinicianId,
          planRequest: row.request,
        })),
      );
      const events = rows.flatMap((row) =>
        row.events.map((event) => ({ id: event.id, patientId: row.id, kind: event.kind, body: event.body })),
      );
      for (let at = 0; at < events.length; at += 500) await tx.insert(patientEvent).values(events.slice(at, at + 500));
      await tx.insert(patientStatus).values(
        rows.map((row) => ({
          patientId: row.id,
          drug: row.request.drug,
          clinicianId: row.clinicianId,
          nextDueOn: row.status.nextDueOn,
          nextDueTests: row.status.nextDueTests,
          doNotStart: row.status.doNotStart,
          needsReview: row.status.needsReview,
          rulesVersion: rulesInForce.rulesVersion,
          summary: row.status.summary,
          planRefused: row.status.planRefused,
          planEndsOn: row.status.planEndsOn,
          monitoringEnded: row.status.monitoringEnded,
          raised: row.status.raised,
        })),
      );
    });
  }
  await appendAudit(store.db, systemActor("register-seed"), {
    action: "register.import",
    detail: { seededPatients: count },
  });
  console.log(`Seeded ${count} made-up patients.`);
} finally {
  await store.close();
}
