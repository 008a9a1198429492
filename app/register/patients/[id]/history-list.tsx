import { toCalendarDate } from "@/lib/dates/calendar-date";
import { formatHumanDate, formatHumanTime } from "@/lib/dates/human-date";
import { scheduleItemNames } from "@/lib/register/engine";
import { analyteShortName, formatResult } from "@/lib/units/format";
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
        // In the words and units the forms use ("ANC 3.5 ×10⁹/L"), not the request's codes ("anc 3.5 10^9/L").
        ...visit.labs.map(
          (lab) => `${analyteShortName(lab.test)} ${formatResult(lab)}${lab.uln ? ` (ULN ${lab.uln})` : ""}`,
        ),
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

/** The date an entry is about (a visit's results, a dose change's start, a facts update's day), if any. */
function aboutDate(entry: HistoryEntry): string | undefined {
  const body = entry.body as Record<string, unknown>;
  if (entry.kind === "result") return visitDateOf(body as unknown as VisitResults);
  if (entry.kind === "dose-change" || entry.kind === "patient-facts") return String(body.date);
  return undefined;
}

/** A sign-off names what it signed off and that entry's date: "Result of Sun 25 Oct 2026 signed off". */
function headingOf(entry: HistoryEntry, byId: Map<string, HistoryEntry>): string {
  if (entry.kind === "sign-off") {
    const signed = byId.get(String((entry.body as { resultId?: unknown }).resultId));
    const words = signedOffWords[signed?.kind ?? "result"] ?? "Signed off";
    const date = signed ? aboutDate(signed) : undefined;
    return date ? words.replace(" signed off", ` of ${formatHumanDate(toCalendarDate(date))} signed off`) : words;
  }
  return kindWords[entry.kind] ?? entry.kind;
}

/** The record's history, oldest first: who recorded what, and when. */
export function HistoryList({ history, createdAt }: { history: HistoryEntry[]; createdAt: string }) {
  const byId = new Map(history.map((entry) => [entry.id, entry]));
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      <ol className="history-list">
        <li>
          <time dateTime={createdAt}>{formatHumanTime(createdAt)}</time> — Added to the register
        </li>
        {history.map((entry) => (
          <li key={entry.id}>
            <time dateTime={entry.at}>{formatHumanTime(entry.at)}</time> — {headingOf(entry, byId)}
            {entry.authorName ? ` by ${entry.authorName}` : ""}: {detailOf(entry)}
          </li>
        ))}
      </ol>
    </section>
  );
}
