import { toCalendarDate } from "@/lib/dates/calendar-date";
import { formatHumanDate, formatHumanTime } from "@/lib/dates/human-date";
import type { HistoryEntry } from "@/register/records/record-view";

const kindWords: Record<string, string> = {
  result: "Results recorded",
  "dose-change": "Dose change",
  "contact-note": "Contact note",
  "sign-off": "Result signed off",
  "plan-review": "Plan reviewed after a rules change",
};

function detailOf(entry: HistoryEntry): string {
  const body = entry.body as Record<string, unknown>;
  switch (entry.kind) {
    case "result": {
      const labs = (body.labs as { test: string; value: number; unit: string; date: string }[]) ?? [];
      const date = labs[0]?.date;
      return `${date ? formatHumanDate(toCalendarDate(date)) : ""}: ${labs.map((lab) => `${lab.test} ${lab.value} ${lab.unit}`).join(", ")}`;
    }
    case "dose-change":
      return `${String(body.doseMg)} mg a day from ${formatHumanDate(toCalendarDate(String(body.date)))}`;
    case "contact-note":
      return String(body.note);
    default:
      return String(body.comment ?? "") || "(no comment)";
  }
}

/** The record's history, oldest first: who recorded what, and when. */
export function HistoryList({ history, createdAt }: { history: HistoryEntry[]; createdAt: string }) {
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      <ol className="history-list">
        <li>
          <time dateTime={createdAt}>{formatHumanTime(createdAt)}</time> — Added to the register
        </li>
        {history.map((entry) => (
          <li key={entry.id}>
            <time dateTime={entry.at}>{formatHumanTime(entry.at)}</time> — {kindWords[entry.kind] ?? entry.kind}
            {entry.authorName ? ` by ${entry.authorName}` : ""}: {detailOf(entry)}
          </li>
        ))}
      </ol>
    </section>
  );
}
