import {
  planRequestSchema,
  planRequestErrors,
  type CalendarDate,
  type FieldError,
  type Plan,
  type PlanRequest,
} from "./engine";
import { requestOfRecord, type RecordFacts } from "./record";

/** The engine, passed in so a test can stand in for a rules change. */
export type PlanOf = (request: PlanRequest) => Plan;

/** The rules the register plans with, and their version; a test stands in its own. */
export interface RulesInForce {
  rulesVersion: string;
  planOf: PlanOf;
}

/** A record's request as checked with today's schema: planned when it passes, its errors when not. */
export type CheckedRecordRequest =
  { ok: true; request: PlanRequest } | { ok: false; request: PlanRequest; errors: FieldError[] };

/** A record's plan, or the reasons none can be made. */
export type RecordPlan =
  (Extract<CheckedRecordRequest, { ok: true }> & { plan: Plan }) | Extract<CheckedRecordRequest, { ok: false }>;

/**
 * The record's request checked with today's schema. A request stored under older rules, or
 * restored from an older backup, can hold what the rules in force refuse: the engine would plan
 * a dose no longer on the label in silence, and throw on a drug or unit it no longer knows.
 */
export function checkRecordRequest(facts: RecordFacts, asOf?: CalendarDate): CheckedRecordRequest {
  const request = requestOfRecord(facts, asOf);
  const checked = planRequestSchema.safeParse(request);
  return checked.success
    ? { ok: true, request: checked.data }
    : { ok: false, request, errors: planRequestErrors(request, checked.error) };
}

/** The record's plan, made only from a request that passes the check: a refused one gets none. */
export function planOfRecord(facts: RecordFacts, planOf: PlanOf, asOf?: CalendarDate): RecordPlan {
  const checked = checkRecordRequest(facts, asOf);
  return checked.ok ? { ...checked, plan: planOf(checked.request) } : checked;
}
