import { notFound } from "next/navigation";
import { Findings, Schedule } from "@/app/_planner/results";
import { toCalendarDate } from "@/lib/dates/calendar-date";
import { formatHumanDate, humanDatesIn } from "@/lib/dates/human-date";
import { addDays, drugRules, isStopAction, rulesVersion } from "@/lib/register/engine";
import { patientFactWords } from "@/lib/register/patient-fact-words";
import { maxDueWithinDays } from "@/lib/register/worklist-filter";
import { may } from "@/register/auth/roles";
import { isPatientId } from "@/register/http/register-route";
import { today } from "@/register/http/today";
import { openRecord } from "@/register/records/patient-records";
import { recordView, type ResultReview } from "@/register/records/record-view";
import { NotAllowed } from "../../_components/not-allowed";
import { pageAccess } from "../../_components/page-user";
import { DoseChangeForm } from "./dose-change-form";
import { PrintButton } from "../../_components/print-button";
import { HistoryList } from "./history-list";
import { doseCourseWords } from "@/lib/register/dose-course";
import { MonitoringEndedNote } from "./monitoring-ended-note";
import { NoteForm } from "./note-form";
import { PlanEndNote } from "./plan-end-note";
import { PatientFactsForm } from "./patient-facts-form";
import { PlanRefusedNote } from "./plan-refused-note";
import { ResultForm } from "./result-form";
import { RulesChangeNote } from "./rules-change-note";

export const metadata = { title: "Patient — JAK Monitor register" };

/** What is reviewed, as a heading starts it and as a sign-off button ends it. */
const reviewedWords: Record<ResultReview["kind"], { heading: string; did: string; signOff: string }> = {
  result: { heading: "Results", did: "raised", signOff: "result" },
  "dose-change": { heading: "Dose change", did: "raised", signOff: "dose change" },
  // A facts update may also withdraw a finding ("Withdrawn by this update: …").
  "patient-facts": { heading: "Patient facts", did: "changed the plan", signOff: "facts update" },
};

/** "Results of Mon 1 Feb 2027", "Dose change of Mon 1 Mar 2027", "Patient facts of Mon 5 Apr 2027". */
const reviewedWhat = (result: ResultReview) =>
  `${reviewedWords[result.kind].heading} of ${formatHumanDate(toCalendarDate(result.date))}`;

/** Signing off a result that raised a stop says what was done about it (the register refuses it otherwise). */
const raisesAStop = (result: ResultReview) => (result.raised ?? []).some((finding) => isStopAction(finding.action));

/**
 * /register/patients/[id]: the plan recomputed today from the stored facts with the rules in
 * force (the planner's own findings and schedule), results to sign off, the forms that add
 * to the record, and its history. Opening it is written to the audit trail.
 */
export default async function PatientPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const access = await pageAccess("patient.read", `/register/patients/${id}`);
  if (!access.allowed) return <NotAllowed role={access.user.actor.role} />;
  if (!isPatientId(id)) notFound();
  const { db } = access.service.store;
  const loaded = await openRecord(db, access.user.actor, id);
  if (!loaded) notFound();
  const date = today();
  const view = await recordView(db, loaded, date);
  // A refused request may name a drug the rules no longer hold.
  const rules = drugRules[view.request.drug] as (typeof drugRules)[keyof typeof drugRules] | undefined;
  const role = access.user.actor.role;
  const base = `/api/register/patients/${id}`;
  const toReview = view.results.filter(
    (result) => result.raised !== null && result.raised.length > 0 && !result.signedOff,
  );
  const unchecked = view.results.filter((result) => result.raised === null);
  const nextVisit = view.plan?.visits.find(
    (visit) =>
      visit.date > view.request.startDate && visit.items.some((item) => item.kind === "lab" && item.status !== "done"),
  );
  const doses = (rules?.doses ?? [])
    .filter((dose) => dose.indications.some((indication) => indication === view.request.indication))
    .map((dose) => ({ doseMg: dose.doseMg, label: dose.regimen }));

  return (
    <>
      <h1>
        {view.patient.clinicPatientId}
        {view.patient.displayName ? ` — ${view.patient.displayName}` : ""}
      </h1>
      <p className="lede">
        {rules ? `${rules.name} (${rules.brand})` : view.request.drug} {doseCourseWords(view.request, date)} ·{" "}
        {view.plan ? "plan" : "no plan"} as of {formatHumanDate(date)} with rules{" "}
        {view.plan?.rulesVersion ?? rulesVersion}
      </p>
      <p>
        <strong>Patient facts the plan reads:</strong> {patientFactWords(view.request.patient).join("; ")}
      </p>
      <p className="no-print">
        <PrintButton label="Print this record" />
      </p>
      {view.monitoringEnded ? (
        <MonitoringEndedNote
          ended={view.monitoringEnded}
          resumeUrl={may(role, "monitoring.resume") ? `${base}/monitoring-resume` : undefined}
          csrfToken={access.csrfToken}
        />
      ) : null}
      {view.planRefused ? <PlanRefusedNote errors={view.planRefused} rulesVersion={rulesVersion} /> : null}
      {view.plan && view.plan.horizonEndDate <= addDays(date, maxDueWithinDays) ? (
        <PlanEndNote endsOn={view.plan.horizonEndDate} today={date} />
      ) : null}
      {view.rulesChange ? (
        <>
          <RulesChangeNote change={view.rulesChange} />
          {may(role, "plan-review.add") ? (
            <NoteForm
              url={`${base}/plan-reviews`}
              csrfToken={access.csrfToken}
              field="comment"
              label="Review comment (optional)"
              submitLabel="Mark the changed plan reviewed"
              required={false}
            />
          ) : null}
        </>
      ) : null}
      <section aria-labelledby="review-heading">
        <h2 id="review-heading">Results needing review</h2>
        {toReview.length === 0 && unchecked.length === 0 ? (
          <p>No result, dose change or facts update waits for sign-off.</p>
        ) : null}
        {unchecked.length > 0 ? (
          <p>
            {unchecked.length === 1
              ? "One result, dose change or facts update is"
              : `${unchecked.length} results, dose changes and facts updates are`}{" "}
            not checked: without a plan, the register cannot tell what they raised. Review them in the history below.
          </p>
        ) : null}
        <ul className="review-list">
          {toReview.map((result) => (
            <li key={result.resultId}>
              <p>
                <strong>{reviewedWhat(result)}</strong> {reviewedWords[result.kind].did}:
              </p>
              <ul>
                {(result.raised ?? []).map((finding) => (
                  <li key={`${finding.ruleId}-${finding.message}`}>{humanDatesIn(finding.message)}</li>
                ))}
              </ul>
              {may(role, "result.sign-off") ? (
                <NoteForm
                  url={`${base}/sign-offs`}
                  csrfToken={access.csrfToken}
                  field="comment"
                  fields={{ resultId: result.resultId }}
                  label={
                    raisesAStop(result)
                      ? `What was done about it (required to sign off a stop): ${reviewedWhat(result)}`
                      : `Sign-off comment (optional): ${reviewedWhat(result)}`
                  }
                  submitLabel={`Sign off this ${reviewedWords[result.kind].signOff}`}
                  required={raisesAStop(result)}
                />
              ) : (
                <p className="hint">Awaiting a clinician&apos;s sign-off.</p>
              )}
            </li>
          ))}
        </ul>
      </section>
      {view.plan ? (
        <>
          <Findings plan={view.plan} />
          <Schedule plan={view.plan} />
        </>
      ) : null}
      <div className="register-forms">
        {/* Results and dose changes are facts of the plan: a record with none cannot take them. */}
        {view.plan ? (
          <section aria-labelledby="result-heading">
            <h2 id="result-heading">Record results</h2>
            <ResultForm
              url={`${base}/results`}
              csrfToken={access.csrfToken}
              today={date}
              openVisitDate={nextVisit && nextVisit.date <= date ? nextVisit.date : undefined}
            />
          </section>
        ) : null}
        {view.plan && rules?.route === "oral" ? (
          <section aria-labelledby="dose-heading">
            <h2 id="dose-heading">Record a dose change</h2>
            <DoseChangeForm url={`${base}/dose-changes`} csrfToken={access.csrfToken} doses={doses} />
          </section>
        ) : null}
        {/* Patient facts are facts of the plan too: a record with no plan cannot take them. */}
        {view.plan && may(role, "patient-facts.update") ? (
          <section aria-labelledby="facts-heading">
            <h2 id="facts-heading">Update patient facts</h2>
            <details className="facts-update">
              <summary>
                Update the patient&apos;s facts (what the plan reads about them) when something has changed
              </summary>
              <PatientFactsForm
                url={`${base}/patient-facts`}
                csrfToken={access.csrfToken}
                patient={view.request.patient}
                today={date}
              />
            </details>
          </section>
        ) : null}
        <section aria-labelledby="contact-heading">
          <h2 id="contact-heading">Add a contact note</h2>
          <NoteForm
            url={`${base}/contact-notes`}
            csrfToken={access.csrfToken}
            field="note"
            label="Contact note"
            submitLabel="Add the note"
            required
          />
        </section>
        {!view.monitoringEnded && may(role, "monitoring.end") ? (
          <section aria-labelledby="end-heading">
            <h2 id="end-heading">End monitoring</h2>
            <p className="hint">
              Treatment stopped, never started, or the patient moved to another clinic: the patient leaves every
              worklist list but Needs review. It can be resumed.
            </p>
            <NoteForm
              url={`${base}/monitoring-end`}
              csrfToken={access.csrfToken}
              field="reason"
              label="Why monitoring ends"
              submitLabel="End monitoring"
              required
            />
          </section>
        ) : null}
      </div>
      <HistoryList history={view.history} createdAt={view.patient.createdAt} />
    </>
  );
}
