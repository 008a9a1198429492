import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

/**
 * The register's one schema, for PGlite and PostgreSQL alike. drizzle-kit generates the
 * versioned migrations in drizzle/ from this file; nothing else creates tables.
 */

// better-auth's tables (core, plus the role this app adds and the database rate limit).
// Their ids are UUIDs the database makes (better-auth's generateId: "uuid" leaves them to it).
export const user = pgTable("user", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  emailVerified: boolean("email_verified").notNull().default(false),
  image: text("image"),
  /** admin, clinician, nurse, or none (signed in through single sign-on, no register role yet). */
  role: text("role").notNull().default("none"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const session = pgTable(
  "session",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    token: text("token").notNull().unique(),
    userId: uuid("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("session_user_idx").on(table.userId)],
);

export const account = pgTable(
  "account",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: timestamp("access_token_expires_at", { withTimezone: true }),
    refreshTokenExpiresAt: timestamp("refresh_token_expires_at", { withTimezone: true }),
    scope: text("scope"),
    /** The memory-hard hash (scrypt) better-auth makes; never the password. */
    password: text("password"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("account_user_idx").on(table.userId)],
);

export const verification = pgTable("verification", {
  id: uuid("id").primaryKey().defaultRandom(),
  identifier: text("identifier").notNull(),
  value: text("value").notNull(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Sign-in attempts per client, in the database so the limit holds across app instances. */
export const rateLimit = pgTable("rate_limit", {
  id: uuid("id").primaryKey().defaultRandom(),
  key: text("key").notNull().unique(),
  count: integer("count").notNull(),
  lastRequest: bigint("last_request", { mode: "number" }).notNull(),
});

/** Values every instance shares: the generated signing secret, the rules version statuses were computed with. */
export const registerSetting = pgTable("register_setting", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

/** A patient on a JAK inhibitor: the clinic's identifier and the plan request's facts at the start. */
export const patient = pgTable("patient", {
  id: uuid("id").primaryKey().defaultRandom(),
  clinicPatientId: text("clinic_patient_id").notNull().unique(),
  displayName: text("display_name"),
  /** The responsible clinician (a user), for the worklist's filter. */
  clinicianId: uuid("clinician_id").references(() => user.id),
  /** The validated plan request as saved: drug, dose, start, patient facts, baseline labs, screening, zoster doses. */
  planRequest: jsonb("plan_request").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid("created_by").references(() => user.id),
});

/** Everything that happens to a record after it is saved, appended in order. */
export const patientEvent = pgTable(
  "patient_event",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    patientId: uuid("patient_id")
      .notNull()
      .references(() => patient.id),
    /** result, dose-change, contact-note, sign-off, plan-review, monitoring-end or monitoring-resume. */
    kind: text("kind").notNull(),
    /** The kind's fields, checked by lib/register/event-schemas.ts before they are stored. */
    body: jsonb("body").notNull(),
    authorId: uuid("author_id").references(() => user.id),
    // The time of the insert, not of its transaction's start (now()): a writer that waited for the
    // patient's row lock started earlier than the one it waited for, and events are read in this order.
    createdAt: timestamp("created_at", { withTimezone: true })
      .notNull()
      .default(sql`clock_timestamp()`),
  },
  (table) => [index("patient_event_patient_idx").on(table.patientId, table.createdAt)],
);

/**
 * What the worklist reads, and only this: kept current on every write to the patient and
 * whenever the rules version changes, so no request recomputes every patient's plan.
 */
export const patientStatus = pgTable(
  "patient_status",
  {
    patientId: uuid("patient_id")
      .primaryKey()
      .references(() => patient.id),
    drug: text("drug").notNull(),
    clinicianId: uuid("clinician_id"),
    /** The earliest scheduled blood or screening test not yet answered by a result; overdue once it is before today. */
    nextDueOn: date("next_due_on", { mode: "string" }),
    /** The tests due on that day (schedule item ids); null in a status written before it was kept. */
    nextDueTests: jsonb("next_due_tests").$type<string[]>(),
    /**
     * The first visits with tests no result answers yet (`openVisitsOf`), so every overdue test is
     * named; null in a status written before it was kept.
     */
    openVisits: jsonb("open_visits").$type<{ on: string; tests: string[] }[]>(),
    doNotStart: boolean("do_not_start").notNull(),
    needsReview: integer("needs_review").notNull(),
    rulesVersion: text("rules_version").notNull(),
    /** The plan's dated tests and findings, to tell what a rules change altered. */
    summary: jsonb("summary").notNull(),
    /** What the last rules change altered in this plan, until a clinician reviews it. */
    rulesChange: jsonb("rules_change"),
    /** Why no plan can be made (the saved request fails the rules in force); null when it is planned. */
    planRefused: jsonb("plan_refused"),
    /** The last day the register's plan covers (five years from the start); no test is scheduled after it. */
    planEndsOn: date("plan_ends_on", { mode: "string" }),
    /** The clinic ended this patient's monitoring: on no list but "Needs review" and "Monitoring ended". */
    monitoringEnded: boolean("monitoring_ended").notNull().default(false),
    /** What each unsigned result or dose change raised (lib/register/record-status.ts RaisedFindings); null when not kept. */
    raised: jsonb("raised"),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // Each list reads one index in its order (due date, then id) and stops at its limit.
  (table) => [
    index("patient_status_next_due_idx").on(table.nextDueOn, table.patientId),
    index("patient_status_drug_due_idx").on(table.drug, table.nextDueOn, table.patientId),
    index("patient_status_clinician_due_idx").on(table.clinicianId, table.nextDueOn, table.patientId),
    index("patient_status_review_idx")
      .on(table.nextDueOn, table.patientId)
      .where(sql`${table.needsReview} > 0`),
    index("patient_status_do_not_start_idx")
      .on(table.nextDueOn, table.patientId)
      .where(sql`${table.doNotStart}`),
    index("patient_status_rules_change_idx")
      .on(table.nextDueOn, table.patientId)
      .where(sql`${table.rulesChange} is not null`),
    index("patient_status_rules_idx").on(table.rulesVersion),
    // The plan-ending list reads this one backwards: the latest end first.
    index("patient_status_plan_ends_idx").on(table.planEndsOn, table.patientId),
    index("patient_status_monitoring_ended_idx")
      .on(table.nextDueOn, table.patientId)
      .where(sql`${table.monitoringEnded}`),
  ],
);

/**
 * Every read of a record and every change, appended. The app has no code that updates or
 * deletes a row, and a trigger (migration 0001) refuses UPDATE, DELETE and TRUNCATE.
 */
export const auditEvent = pgTable(
  "audit_event",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid("actor_id"),
    actorEmail: text("actor_email").notNull(),
    action: text("action").notNull(),
    patientId: uuid("patient_id"),
    /** What changed: `{ before, after }`, or what was read. */
    detail: jsonb("detail").notNull(),
  },
  (table) => [index("audit_event_patient_idx").on(table.patientId), index("audit_event_at_idx").on(table.at)],
);

export const registerSchema = {
  user,
  session,
  account,
  verification,
  rateLimit,
  registerSetting,
  patient,
  patientEvent,
  patientStatus,
  auditEvent,
};
