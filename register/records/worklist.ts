import { and, asc, desc, eq, gt, gte, isNotNull, lt, lte, sql, type SQL } from "drizzle-orm";
import { addDays, toCalendarDate, type CalendarDate } from "@/lib/register/engine";
import { scheduleItemWords } from "@/lib/register/plan-summary";
import { listedOverdueVisits } from "@/lib/register/record-status";
import type { RegisterDb } from "@/register/db/connection";
import { patient, patientStatus, user } from "@/register/db/schema";

export interface WorklistFilter {
  /** Today, the clinic's calendar date. */
  today: CalendarDate;
  /** "Due soon" looks this many days ahead. */
  days: number;
  drug?: string;
  clinicianId?: string;
  /** Rows per list (the counts are always complete): a screen's worth by default, more for the CSV. */
  limit?: number;
}

export interface WorklistRow {
  patientId: string;
  clinicPatientId: string;
  displayName: string | null;
  drug: string;
  clinicianName: string | null;
  nextDueOn: CalendarDate | null;
  /** The tests due on that day, in plain words ("TB screening"). */
  nextDueTests: string[];
  /**
   * Every visit before today with tests no result answers yet, earliest first, tests in plain
   * words: an overdue patient may have missed more than the earliest visit. Empty when none is overdue.
   */
  overdueVisits: { on: CalendarDate; tests: string[] }[];
  /** The status keeps a year of open visits: more visits than `overdueVisits` lists may be overdue. */
  moreOverdue: boolean;
  needsReview: number;
  doNotStart: boolean;
  rulesChanged: boolean;
  /** No plan can be made: the saved request fails the rules in force. */
  planRefused: boolean;
  /** The last day the register's plan covers; nothing is scheduled after it. */
  planEndsOn: CalendarDate | null;
  /** The clinic ended this patient's monitoring. */
  monitoringEnded: boolean;
}

export const worklistLists = [
  "planRefused",
  "overdue",
  "dueSoon",
  "planEnding",
  "needsReview",
  "doNotStart",
  "rulesChanged",
  "monitoringEnded",
] as const;
export type WorklistList = (typeof worklistLists)[number];

export interface Worklist {
  counts: Record<WorklistList, number>;
  lists: Record<WorklistList, WorklistRow[]>;
  /** Each list shows at most this many rows (the counts are complete). */
  limit: number;
}

/** The open visits before today, in words, and whether the status kept too few to list them all. */
export function overdueOf(
  openVisits: readonly { on: string; tests: string[] }[],
  today: CalendarDate,
): Pick<WorklistRow, "overdueVisits" | "moreOverdue"> {
  const overdue = openVisits.filter((visit) => visit.on < today);
  // A status keeps one open visit more than the list names, only to tell that there are more.
  const listed = overdue.slice(0, listedOverdueVisits);
  return {
    overdueVisits: listed.map((visit) => ({
      on: toCalendarDate(visit.on),
      tests: visit.tests.map(scheduleItemWords),
    })),
    moreOverdue: listed.length < overdue.length,
  };
}

/** A screen's worth per list: the worklist's time then hardly depends on how many patients there are. */
export const screenLimit = 50;

/**
 * The worklist, read from the status table only (indexed on the due date and flags, kept
 * current on every write): no plan is computed here, so its time hardly grows with the
 * number of patients.
 */
export async function readWorklist(db: RegisterDb, filter: WorklistFilter): Promise<Worklist> {
  const horizon = addDays(filter.today, filter.days);
  const limit = filter.limit ?? screenLimit;
  const scope = [
    filter.drug ? eq(patientStatus.drug, filter.drug) : undefined,
    filter.clinicianId ? eq(patientStatus.clinicianId, filter.clinicianId) : undefined,
  ];
  // A patient whose monitoring the clinic ended is on no list of what to arrange (the status has no
  // test due and no do-not-start for them; the lists below read flags it keeps); a result still
  // waiting for a clinician's sign-off keeps them under Needs review.
  const monitored = eq(patientStatus.monitoringEnded, false);
  const conditions: Record<WorklistList, SQL | undefined> = {
    planRefused: and(monitored, isNotNull(patientStatus.planRefused)),
    overdue: and(isNotNull(patientStatus.nextDueOn), lt(patientStatus.nextDueOn, filter.today)),
    dueSoon: and(gte(patientStatus.nextDueOn, filter.today), lte(patientStatus.nextDueOn, horizon)),
    // Ended or ending within the window: after that day the register schedules nothing.
    planEnding: and(monitored, lte(patientStatus.planEndsOn, horizon)),
    needsReview: gt(patientStatus.needsReview, 0),
    doNotStart: eq(patientStatus.doNotStart, true),
    rulesChanged: and(monitored, isNotNull(patientStatus.rulesChange)),
    monitoringEnded: eq(patientStatus.monitoringEnded, true),
  };
  const count = (condition: SQL | undefined) => sql<number>`count(*) filter (where ${condition})`.mapWith(Number);
  const [counts] = await db
    .select({
      planRefused: count(conditions.planRefused),
      overdue: count(conditions.overdue),
      dueSoon: count(conditions.dueSoon),
      planEnding: count(conditions.planEnding),
      needsReview: count(conditions.needsReview),
      doNotStart: count(conditions.doNotStart),
      rulesChanged: count(conditions.rulesChanged),
      monitoringEnded: count(conditions.monitoringEnded),
    })
    .from(patientStatus)
    .where(and(...scope));
  // Each list by its next test; the plan-ending list by its end, the latest first, so a plan
  // ending now is not lost below those that ended long ago.
  const byNextDue = [sql`${patientStatus.nextDueOn} asc nulls last`, asc(patientStatus.patientId)];
  const byLatestEnd = [desc(patientStatus.planEndsOn), desc(patientStatus.patientId)];
  const list = (condition: SQL | undefined, order: SQL[]) =>
    db
      .select({
        patientId: patientStatus.patientId,
        clinicPatientId: patient.clinicPatientId,
        displayName: patient.displayName,
        drug: patientStatus.drug,
        clinicianName: user.name,
        nextDueOn: patientStatus.nextDueOn,
        nextDueTests: patientStatus.nextDueTests,
        openVisits: patientStatus.openVisits,
        needsReview: patientStatus.needsReview,
        doNotStart: patientStatus.doNotStart,
        rulesChanged: sql<boolean>`${patientStatus.rulesChange} is not null`,
        planRefused: sql<boolean>`${patientStatus.planRefused} is not null`,
        planEndsOn: patientStatus.planEndsOn,
        monitoringEnded: patientStatus.monitoringEnded,
      })
      .from(patientStatus)
      .innerJoin(patient, eq(patient.id, patientStatus.patientId))
      .leftJoin(user, eq(user.id, patientStatus.clinicianId))
      .where(and(condition, ...scope))
      .orderBy(...order)
      .limit(limit)
      // A Postgres date column, handed over as yyyy-MM-dd text: checked back into a date.
      .then((rows) =>
        rows.map(({ openVisits, ...row }) => ({
          ...row,
          nextDueOn: row.nextDueOn === null ? null : toCalendarDate(row.nextDueOn),
          nextDueTests: (row.nextDueTests ?? []).map(scheduleItemWords),
          ...overdueOf(openVisits ?? [], filter.today),
          planEndsOn: row.planEndsOn === null ? null : toCalendarDate(row.planEndsOn),
        })),
      );
  // One after another: PGlite serves one query at a time anyway.
  const lists = {} as Record<WorklistList, WorklistRow[]>;
  for (const name of worklistLists)
    lists[name] = await list(conditions[name], name === "planEnding" ? byLatestEnd : byNextDue);
  const none = {
    planRefused: 0,
    overdue: 0,
    dueSoon: 0,
    planEnding: 0,
    needsReview: 0,
    doNotStart: 0,
    rulesChanged: 0,
    monitoringEnded: 0,
  };
  return { counts: counts ?? none, lists, limit };
}
