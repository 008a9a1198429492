import type {
  CalendarDate,
  DoseChange,
  LabResult,
  Patient,
  PlanRequest,
  ScreeningEntry,
  ZosterDose,
} from "@/lib/register/engine";

/**
 * What one visit brought: lab results, and since screening and vaccines are recorded in the
 * register too, screening results and zoster vaccine doses (absent from older events). Every
 * entry carries the visit's date.
 */
export interface VisitResults {
  labs: LabResult[];
  screening?: ScreeningEntry[];
  zosterVaccine?: ZosterDose[];
}

/** The patient facts an update may take away (age and sex are always known). */
export const removablePatientFacts = [
  "pregnant",
  "canBecomePregnant",
  "breastfeeding",
  "smoking",
  "riskFactors",
  "egfr",
  "weightKg",
  "crclMlMin",
  "hepaticImpairment",
  "cyp2c19PoorMetabolizer",
  "cyp2c9PoorMetabolizer",
  "antiplatelet",
  "interactingMedicines",
] as const satisfies readonly (keyof Patient)[];
export type RemovablePatientFact = (typeof removablePatientFacts)[number];

/**
 * Patient facts learned or corrected after the record was saved (an answer to "can she become
 * pregnant?", a pregnancy, a new eGFR, a medicine started): each fact given replaces the saved one,
 * each fact in `remove` is taken away (a creatinine clearance that was entered, so that the plan
 * calculates it again), and the plan reads the facts as they then stand. `date` is the day the clinic
 * learned them.
 */
export interface PatientFactsUpdate {
  date: CalendarDate;
  patient: Partial<Patient>;
  remove?: RemovablePatientFact[];
}

/**
 * The patient's facts with the updates over the saved ones, by the day each was learned (updates
 * of one day in the order recorded): an old letter typed in late does not undo a newer fact.
 */
function patientAfter(saved: Patient, updates: readonly PatientFactsUpdate[]): Patient {
  const byDate = updates
    .map((update, order) => ({ update, order }))
    .sort((a, b) => (a.update.date < b.update.date ? -1 : a.update.date > b.update.date ? 1 : a.order - b.order));
  let patient = saved;
  for (const { update } of byDate) {
    patient = { ...patient, ...update.patient };
    for (const fact of update.remove ?? []) delete patient[fact];
  }
  return patient;
}

/**
 * The facts an update would set or remove that a later-learned update already holds (with the day
 * that one was learned): applied by the day learned, the update would change nothing of them, and
 * saying it was saved would be false.
 */
export function factsLearnedLater(
  events: readonly RecordEvent[],
  update: PatientFactsUpdate,
): { fact: keyof Patient; learnedOn: CalendarDate }[] {
  const touched = [...(Object.keys(update.patient) as (keyof Patient)[]), ...(update.remove ?? [])];
  return touched.flatMap((fact) => {
    const later = events
      .flatMap((event) => (event.kind === "patient-facts" ? [event.body] : []))
      .filter(
        (other) =>
          other.date > update.date &&
          (fact in other.patient || (other.remove as readonly string[] | undefined)?.includes(fact)),
      )
      .map((other) => other.date)
      .sort()
      .at(-1);
    return later ? [{ fact, learnedOn: later }] : [];
  });
}

/** The date of a visit's results (every entry of one event has the same date). */
export const visitDateOf = (body: VisitResults): CalendarDate | undefined =>
  body.labs[0]?.date ?? body.screening?.[0]?.date ?? body.zosterVaccine?.[0]?.date;

/**
 * A register record as the engine sees it: the plan request saved at the start and every
 * event appended since, in the order they were recorded. The plan is always recomputed
 * from these facts with the rules in force; it is never stored.
 */
export type RecordEvent =
  | { id: string; kind: "result"; body: VisitResults }
  | { id: string; kind: "dose-change"; body: DoseChange }
  | { id: string; kind: "patient-facts"; body: PatientFactsUpdate }
  | { id: string; kind: "contact-note"; body: { note: string } }
  | { id: string; kind: "sign-off"; body: { resultId: string; comment: string } }
  | { id: string; kind: "plan-review"; body: { comment: string } }
  | { id: string; kind: "monitoring-end"; body: { reason: string } }
  | { id: string; kind: "monitoring-resume"; body: { comment: string } };

export type RecordEventKind = RecordEvent["kind"];

type WithoutId<E> = E extends unknown ? Omit<E, "id"> : never;
/** An event before it is stored (the database gives it its id). */
export type NewEvent = WithoutId<RecordEvent>;

/** Whether an event changes the plan's facts: a result, a dose change or patient facts; not a note, sign-off or review. */
export const altersPlanFacts = (event: NewEvent) =>
  event.kind === "result" || event.kind === "dose-change" || event.kind === "patient-facts";

export interface RecordFacts {
  request: PlanRequest;
  events: readonly RecordEvent[];
}

/**
 * The register plans five years from the start (the schema's longest horizon), so a patient
 * on long-term treatment does not drop off the worklist when a shorter plan would have ended.
 */
export const registerHorizonMonths = 60;

/**
 * The latest day the record's facts reach: its latest result (lab, screening or vaccine dose),
 * dose change or patient facts update, saved with the request or recorded since, if after the start.
 */
export function factsDate(facts: RecordFacts): CalendarDate {
  const { request, events } = facts;
  const dates = [
    ...[...(request.labs ?? []), ...(request.screening ?? []), ...(request.zosterVaccine ?? [])].map(
      (entry) => entry.date,
    ),
    ...(request.doseChanges ?? []).map((change) => change.date),
    ...events.flatMap((event) => {
      if (event.kind === "dose-change" || event.kind === "patient-facts") return [event.body.date];
      const date = event.kind === "result" ? visitDateOf(event.body) : undefined;
      return date ? [date] : [];
    }),
  ];
  return dates.reduce((latest, date) => (date > latest ? date : latest), request.startDate);
}

/**
 * The plan request of a record: the saved request plus every later result (labs, screening,
 * vaccine doses) and dose change, with the patient's facts as the updates since left them
 * (`patientAfter`).
 * Without a view's `asOf`, it is dated the day its facts reach (`factsDate`, counting a result
 * left out), so the rules that read "today" — the latest creatinine, the time on treatment —
 * judge what has been recorded, not the start: a creatinine clearance below 30 measured during
 * treatment must not wait for someone to open the record. `leaveOut` names an event to plan
 * without (what the record would be without a result, a dose change or a facts update).
 */
export function requestOfRecord(facts: RecordFacts, asOf?: CalendarDate, leaveOut?: string): PlanRequest {
  const { request, events } = facts;
  const labs = [...(request.labs ?? [])];
  const screening = [...(request.screening ?? [])];
  const zosterVaccine = [...(request.zosterVaccine ?? [])];
  const doseChanges = [...(request.doseChanges ?? [])];
  const factsUpdates: PatientFactsUpdate[] = [];
  for (const event of events) {
    if (event.id === leaveOut) continue;
    if (event.kind === "result") {
      labs.push(...event.body.labs);
      screening.push(...(event.body.screening ?? []));
      zosterVaccine.push(...(event.body.zosterVaccine ?? []));
    }
    if (event.kind === "dose-change") doseChanges.push(event.body);
    if (event.kind === "patient-facts") factsUpdates.push(event.body);
  }
  // A list the record never had stays out, so a record's request is the one it was saved with.
  const combined: PlanRequest = {
    ...withoutAsOf(request),
    horizonMonths: registerHorizonMonths,
    patient: patientAfter(request.patient, factsUpdates),
    labs,
    ...(screening.length ? { screening } : {}),
    ...(zosterVaccine.length ? { zosterVaccine } : {}),
    ...(doseChanges.length ? { doseChanges } : {}),
  };
  return asOf === undefined ? asOfFacts(combined, facts) : { ...combined, asOf };
}

/** A view's request dated instead as `requestOfRecord` dates the record's own: the day its facts reach. */
export function asOfFacts(request: PlanRequest, facts: RecordFacts): PlanRequest {
  const reached = factsDate(facts);
  return reached > request.startDate ? { ...request, asOf: reached } : withoutAsOf(request);
}

/** A request without its "today": that belongs to a view, not to the record. */
export function withoutAsOf(request: PlanRequest): PlanRequest {
  const copy = { ...request };
  delete copy.asOf;
  return copy;
}

/** The ids of results, dose changes and facts updates a clinician has signed off (a sign-off's `resultId` names any). */
export function signedOffResults(events: readonly RecordEvent[]): Set<string> {
  return new Set(events.flatMap((event) => (event.kind === "sign-off" ? [event.body.resultId] : [])));
}

/**
 * Whether the clinic has ended this patient's monitoring (treatment stopped, never started, moved
 * to another clinic): the latest of the record's "monitoring ended" and "resumed" events is an end.
 */
export function monitoringEnded(events: readonly RecordEvent[]): boolean {
  const latest = events.findLast((event) => event.kind === "monitoring-end" || event.kind === "monitoring-resume");
  return latest?.kind === "monitoring-end";
}

/**
 * The events a clinician reviews when they raise a finding: a visit's results, a dose change and
 * patient facts (a pregnancy recorded during treatment).
 */
export type ReviewableEvent = Extract<RecordEvent, { kind: "result" | "dose-change" | "patient-facts" }>;

export const isReviewable = (event: RecordEvent): event is ReviewableEvent =>
  event.kind === "result" || event.kind === "dose-change" || event.kind === "patient-facts";

/** The day a reviewable event is of: its visit's, its dose change's or its facts'. */
export const reviewDateOf = (event: ReviewableEvent): CalendarDate | undefined =>
  event.kind === "result" ? visitDateOf(event.body) : event.body.date;
