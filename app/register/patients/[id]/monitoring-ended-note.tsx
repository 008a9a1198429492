import { formatHumanTime } from "@/lib/dates/human-date";
import type { HistoryEntry } from "@/register/records/record-view";
import { NoteForm } from "./note-form";

/**
 * Shown while the clinic has ended the patient's monitoring: why, when and by whom, and for a
 * clinician (`resumeUrl`) the form that resumes it. The plan below is still the plan the facts
 * make; the worklist lists the patient only for results to review.
 */
export function MonitoringEndedNote({
  ended,
  resumeUrl,
  csrfToken,
}: {
  ended: HistoryEntry;
  resumeUrl: string | undefined;
  csrfToken: string;
}) {
  const { reason } = ended.body as { reason: string };
  return (
    <section className="rules-change" aria-labelledby="monitoring-ended-heading">
      <h2 id="monitoring-ended-heading">Monitoring ended</h2>
      <p>
        Ended <time dateTime={ended.at}>{formatHumanTime(ended.at)}</time>
        {ended.authorName ? ` by ${ended.authorName}` : ""}: {reason}
      </p>
      <p>
        The worklist lists this patient only under Monitoring ended (and under Needs review while a result waits for
        sign-off). The schedule below is kept for reference: none of it is counted as due or overdue. Resume the
        monitoring if treatment starts again.
      </p>
      {resumeUrl ? (
        <NoteForm
          url={resumeUrl}
          csrfToken={csrfToken}
          field="comment"
          label="Comment (optional)"
          submitLabel="Resume monitoring"
          required={false}
        />
      ) : null}
    </section>
  );
}
