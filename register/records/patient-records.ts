import { eq } from "drizzle-orm";
import { formatHumanDate } from "@/lib/dates/human-date";
import { patientFactNames } from "@/lib/register/patient-fact-words";
import {
  altersPlanFacts,
  factsLearnedLater,
  isReviewable,
  monitoringEnded,
  requestOfRecord,
  signedOffResults,
  withoutAsOf,
  type NewEvent,
  type RecordEvent,
  type RecordFacts,
} from "@/lib/register/record";
import { stopRaisedBy } from "@/lib/register/record-status";
import { planRequestErrors, type FieldError } from "@/lib/register/engine";
import type { RegisterFieldError } from "@/lib/register/register-field-error";
import { planRequestSchema, type PlanRequest } from "@/lib/register/engine";
import type { Actor } from "@/register/audit/actor";
import { appendAudit, type AuditAction } from "@/register/audit/audit-trail";
import type { RegisterDb } from "@/register/db/connection";
import { patient, patientEvent } from "@/register/db/schema";
import { loadFacts, type LoadedRecord } from "./record-facts";
import { checkRecordRequest, type RulesInForce } from "@/lib/register/record-plan";
import { rulesInForce, storeStatus } from "./status-store";

export type WriteOutcome<T> = { ok: true; value: T } | { ok: false; status: 400 | 404; errors: RegisterFieldError[] };

const notFound = <T>(): WriteOutcome<T> => ({
  ok: false,
  status: 404,
  errors: [{ path: "", message: "No such patient on the register." }],
});

/** Adds a patient with a validated plan request; the clinic identifier must be new. */
export async function createPatient(
  db: RegisterDb,
  actor: Actor,
  input: { clinicPatientId: string; displayName?: string; request: PlanRequest; clinicianId: string | null },
  rules: RulesInForce = rulesInForce,
): Promise<WriteOutcome<{ id: string }>> {
  const request = withoutAsOf(input.request);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(patient)
      .values({
        clinicPatientId: input.clinicPatientId,
        displayName: input.displayName ?? null,
        clinicianId: input.clinicianId,
        planRequest: request,
        createdBy: actor.id,
      })
      .onConflictDoNothing({ target: patient.clinicPatientId })
      .returning({ id: patient.id });
    if (!row) {
      const [holder] = await tx
        .select({ id: patient.id })
        .from(patient)
        .where(eq(patient.clinicPatientId, input.clinicPatientId));
      return {
        ok: false as const,
        status: 400 as const,
        errors: [
          {
            path: "clinicPatientId",
            message: `A patient with the clinic identifier ${input.clinicPatientId} is already on the register.`,
            ...(holder ? { recordId: holder.id } : {}),
          },
        ],
      };
    }
    await storeStatus(tx, row.id, { request, events: [] }, { reviewed: true, clinicianId: input.clinicianId }, rules);
    await appendAudit(tx, actor, {
      action: "patient.create",
      patientId: row.id,
      detail: {
        before: null,
        after: {
          clinicPatientId: input.clinicPatientId,
          displayName: input.displayName ?? null,
          clinicianId: input.clinicianId,
          planRequest: request,
        },
      },
    });
    return { ok: true as const, value: { id: row.id } };
  });
}

const auditActionOf: Record<RecordEvent["kind"], AuditAction> = {
  result: "result.add",
  "dose-change": "dose-change.add",
  "patient-facts": "patient-facts.update",
  "contact-note": "contact-note.add",
  "sign-off": "result.sign-off",
  "plan-review": "plan-review.add",
  "monitoring-end": "monitoring.end",
  "monitoring-resume": "monitoring.resume",
};

/** Paths of the whole request's errors, read back onto the fields of the new event. */
function errorsOfNewEvent(errors: FieldError[], facts: RecordFacts, event: NewEvent): FieldError[] {
  const request = requestOfRecord(facts);
  // A visit's entries come last in each list of the record's request.
  const newFrom = (list: "labs" | "screening" | "zosterVaccine") =>
    (request[list]?.length ?? 0) - (event.kind === "result" ? (event.body[list]?.length ?? 0) : 0);
  const newDoseChange = (request.doseChanges?.length ?? 0) - 1;
  return errors.map((error) => {
    const [head, index, ...rest] = error.path.split(".");
    if (event.kind === "result" && (head === "labs" || head === "screening" || head === "zosterVaccine")) {
      const from = newFrom(head);
      if (Number(index) >= from)
        return { path: [head, Number(index) - from, ...rest].join("."), message: error.message };
    }
    if (event.kind === "dose-change" && head === "doseChanges" && Number(index) === newDoseChange)
      return { path: rest.join("."), message: error.message };
    return error;
  });
}

/** For the audit trail: the patient facts a facts update replaces or removes, as they were; null for other events. */
function factsReplaced(facts: RecordFacts, event: NewEvent): Record<string, unknown> | null {
  if (event.kind !== "patient-facts") return null;
  const patient: Record<string, unknown> = requestOfRecord(facts).patient;
  const touched = [...Object.keys(event.body.patient), ...(event.body.remove ?? [])];
  return { patient: Object.fromEntries(touched.map((fact) => [fact, patient[fact] ?? null])) };
}

/**
 * Refusals that depend on the record: a sign-off must name an unsigned result or dose change of this patient;
 * monitoring is ended only while it goes on, and resumed only once ended.
 */
function refuseOnRecord(facts: RecordFacts, event: NewEvent): FieldError[] {
  if (event.kind === "monitoring-end" && monitoringEnded(facts.events))
    return [{ path: "", message: "This patient's monitoring has already ended." }];
  if (event.kind === "monitoring-resume" && !monitoringEnded(facts.events))
    return [{ path: "", message: "This patient's monitoring has not ended: there is nothing to resume." }];
  if (event.kind === "patient-facts")
    return factsLearnedLater(facts.events, event.body).map(({ fact, learnedOn }) => ({
      path: `patient.${fact}`,
      message: `“${patientFactNames[fact]}” was last updated as learned on ${formatHumanDate(learnedOn)}, after this update's date: an earlier fact would not replace it. Date the update when it was learned, if later.`,
    }));
  if (event.kind !== "sign-off") return [];
  const result = facts.events.find((entry) => entry.id === event.body.resultId && isReviewable(entry));
  if (!result)
    return [{ path: "resultId", message: "No such result, dose change or facts update on this patient's record." }];
  if (signedOffResults(facts.events).has(event.body.resultId))
    return [{ path: "resultId", message: "This result is already signed off." }];
  return [];
}

/**
 * A record whose saved request the rules in force refuse has no plan: a result, a dose change or a
 * sign-off, which the plan reads or judges, is refused with one message that says so. A note or a
 * plan review goes on: it is how such a record gets followed up.
 */
function refuseWithoutPlan(facts: RecordFacts): FieldError[] {
  const checked = checkRecordRequest(facts);
  if (checked.ok) return [];
  const reasons = checked.errors.map((error) => (error.path ? `${error.path}: ${error.message}` : error.message));
  return [
    {
      path: "",
      message: `This record has no plan: its saved request fails the rules in force (${reasons.join("; ")}). No result, dose change, facts update or sign-off can be added to it; contact notes and plan reviews can.`,
    },
  ];
}

/**
 * Appends an event to a record, in one transaction with the patient's row locked: the new
 * facts must still make a valid plan request, the status is recomputed and the audit trail
 * gets the change. Nothing is stored when anything is refused.
 */
export async function appendEvent(
  db: RegisterDb,
  actor: Actor,
  patientId: string,
  event: NewEvent,
  rules: RulesInForce = rulesInForce,
): Promise<WriteOutcome<{ id: string }>> {
  return db.transaction(async (tx) => {
    const [locked] = await tx.select({ id: patient.id }).from(patient).where(eq(patient.id, patientId)).for("update");
    if (!locked) return notFound<{ id: string }>();
    const loaded = await loadFacts(tx, patientId);
    if (!loaded) return notFound<{ id: string }>();
    const refused = refuseOnRecord(loaded.facts, event);
    if (refused.length) return { ok: false as const, status: 400 as const, errors: refused };
    const provisional = { ...event, id: "new" } as RecordEvent;
    const facts: RecordFacts = { request: loaded.facts.request, events: [...loaded.facts.events, provisional] };
    // Only a result or a dose change alters the plan's facts: the new facts must still pass. When they
    // do not (or for a sign-off), a record that had no plan already says so in one message.
    const newRequest = altersPlanFacts(event) ? requestOfRecord(facts) : undefined;
    const checked = newRequest ? planRequestSchema.safeParse(newRequest) : undefined;
    const mayHaveNoPlan = checked ? !checked.success : event.kind === "sign-off";
    const noPlan = mayHaveNoPlan ? refuseWithoutPlan(loaded.facts) : [];
    if (noPlan.length) return { ok: false as const, status: 400 as const, errors: noPlan };
    // A stop is signed off with what was done about it (the page asks for it too).
    if (event.kind === "sign-off" && event.body.comment.trim() === "") {
      const stop = stopRaisedBy(loaded.facts, event.body.resultId, rules);
      if (stop)
        return {
          ok: false as const,
          status: 400 as const,
          errors: [
            {
              path: "comment",
              message: `This raised a stop (${stop.action.replace(/-/g, " ")}): say what was done about it to sign it off.`,
            },
          ],
        };
    }
    if (checked && !checked.success)
      return {
        ok: false as const,
        status: 400 as const,
        errors: errorsOfNewEvent(planRequestErrors(newRequest, checked.error), facts, event),
      };
    const [row] = await tx
      .insert(patientEvent)
      .values({ patientId, kind: event.kind, body: event.body, authorId: actor.id })
      .returning({ id: patientEvent.id });
    if (!row) throw new Error("The event was not stored.");
    const stored: RecordFacts = {
      request: facts.request,
      events: [...loaded.facts.events, { ...event, id: row.id } as RecordEvent],
    };
    const reviewed = event.kind === "sign-off" || event.kind === "plan-review";
    await storeStatus(tx, patientId, stored, { reviewed, clinicianId: loaded.patient.clinicianId }, rules);
    await appendAudit(tx, actor, {
      action: auditActionOf[event.kind],
      patientId,
      detail: { before: factsReplaced(loaded.facts, event), after: { id: row.id, kind: event.kind, ...event.body } },
    });
    return { ok: true as const, value: { id: row.id } };
  });
}

/** A record opened by a user: the read goes into the audit trail. Null when there is no such patient. */
export async function openRecord(db: RegisterDb, actor: Actor, patientId: string): Promise<LoadedRecord | null> {
  const loaded = await loadFacts(db, patientId);
  if (!loaded) return null;
  await appendAudit(db, actor, {
    action: "patient.read",
    patientId,
    detail: { clinicPatientId: loaded.patient.clinicPatientId },
  });
  return loaded;
}
