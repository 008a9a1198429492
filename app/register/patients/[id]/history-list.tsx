import { toCalendarDate } from "@/lib/dates/calendar-date";
import { formatHumanDate, formatHumanTime } from "@/lib/dates/human-date";
import { scheduleItemNames } from "@/lib/register/engine";
import { factsUpdateWords } from "@/lib/register/patient-fact-words";
import { visitDateOf, type PatientFactsUpdate, type VisitResults } from "@/lib/register/record";
import { screeningReadingNames } from "@/lib/words/screening";
import { zosterVaccineNames } from "@/lib/words/zoster-vaccines";
import type { HistoryEntry } from "@/register/records/record-view";

const kindWords: Record<string, string> = {
  result: "Results recorded",
  "dose-change": "Dose change",
  "patient-facts": "Patient facts updated",
  "contact-note": "Contact note",
  "plan-review": "Plan reviewed after a rules change",
  "monitoring-end": "Monitoring ended",
  "monitoring-resume": "Monitoring resumed",
};

function detailOf(entry: HistoryEntry): string {
  const body = entry.body as Record<string, unknown>;
  switch (entry.kind) {
    case "result": {
      const visit = body as unknown as VisitResults;
      const date = visitDateOf(visit);
      const done = [
        ...visit.labs.map((lab) => `${lab.test} ${lab.value} ${lab.unit}`),
        ...(visit.screening ?? []).map(
          (entry) =>
            `${scheduleItemNames[entry.test]} ${entry.result}${entry.interpretation ? ` (${screeningReadingNames[entry.interpretation]})` : ""}`,
        ),
        ...(visit.zosterVaccine ?? []).map((dose) => `zoster vaccine, ${zosterVaccineNames[dose.vaccine]}`),
      ];
      return `${date ? formatHumanDate(date) : ""}: ${done.join(", ")}`;
    }
    case "dose-change":
      return `${String(body.doseMg)} mg a day from ${formatHumanDate(toCalendarDate(String(body.date)))}`;
    case "patient-facts": {
      const update = body as unknown as PatientFactsUpdate;
      return `learned ${formatHumanDate(update.date)}: ${factsUpdateWords(update).join("; ")}`;
    }
    case "contact-note":
      return String(body.note);
    case "monitoring-end":
      return String(body.reason);
    default:
      return String(body.comment ?? "") || "(no comment)";
  }
}

/** What a sign-off signed off, named by the kind of the event it refers to (a result, a dose change, a facts update). */
const signedOffWords: Record<string, string> = {
  result: "Result signed off",
  "dose-change": "Dose change signed off",
  "patient-facts": "Patient facts update signed off",
};

function headingOf(entry: HistoryEntry, kindById: Map<string, string>): string {
  if (entry.kind === "sign-off") {
    const signedOffKind = kindById.get(String((entry.body as { resultId?: unknown }).resultId));
    return signedOffWords[signedOffKind ?? "result"] ?? "Signed off";
  }
  return kindWords[entry.kind] ?? entry.kind;
}

/** The record's history, oldest first: who recorded what, and when. */
export function HistoryList({ history, createdAt }: { history: HistoryEntry[]; createdAt: string }) {
  const kindById = new Map(history.map((entry) => [entry.id, entry.kind]));
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      <ol className="history-list">
        <li>
          <time dateTime={createdAt}>{formatHumanTime(createdAt)}</time> — Added to the register
        </li>
        {history.map((entry) => (
          <li key={entry.id}>
            <time dateTime={entry.at}>{formatHumanTime(entry.at)}</time> — {headingOf(entry, kindById)}
            {entry.authorName ? ` by ${entry.authorName}` : ""}: {detailOf(entry)}
          </li>
        ))}
      </ol>
    </section>
  );
}
