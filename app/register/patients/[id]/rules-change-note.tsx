import { toCalendarDate } from "@/lib/dates/calendar-date";
import { formatHumanDate } from "@/lib/dates/human-date";
import { scheduleItemNames } from "@/lib/register/engine";
import type { SummaryChange } from "@/lib/register/plan-summary";
import { actionLabels } from "@/lib/words/actions";

/** "2027-02-01 cbc" as "CBC with differential on Mon 1 Feb 2027". */
function itemWords(entry: string): string {
  const [date = "", test = ""] = entry.split(" ");
  const name = (scheduleItemNames as Readonly<Record<string, string>>)[test] ?? test;
  return `${name} on ${formatHumanDate(toCalendarDate(date))}`;
}

/**
 * "interrupt abrocitinib.treatment.anc" as "Interrupt (abrocitinib.treatment.anc)"; "refused doseMg"
 * (a saved request the rules refuse, which has no plan) as the field refused.
 */
function findingWords(entry: string): string {
  const [action = "", ruleId = ""] = entry.split(" ");
  if (action === "refused") return `the saved request is refused (${ruleId || "the request"}): no plan`;
  return `${(actionLabels as Readonly<Record<string, string>>)[action] ?? action} (${ruleId})`;
}

/** What a rules update changed in this patient's plan, shown until a clinician reviews it. */
export function RulesChangeNote({ change }: { change: SummaryChange }) {
  const lines = [
    ...change.itemsAdded.map((entry) => `Now scheduled: ${itemWords(entry)}`),
    ...change.itemsRemoved.map((entry) => `No longer scheduled: ${itemWords(entry)}`),
    ...change.findingsAdded.map((entry) => `New finding: ${findingWords(entry)}`),
    ...change.findingsRemoved.map((entry) => `Finding gone: ${findingWords(entry)}`),
  ];
  return (
    <section className="rules-change" aria-labelledby="rules-change-heading" role="alert">
      <h2 id="rules-change-heading">Rules changed since last review</h2>
      <p>
        The rules changed from version {change.fromRulesVersion} to {change.toRulesVersion}, and this patient&apos;s
        plan changed with them:
      </p>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
