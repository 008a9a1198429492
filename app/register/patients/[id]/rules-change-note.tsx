import { itemLines, type SummaryChange } from "@/lib/register/plan-summary";
import { actionLabels } from "@/lib/words/actions";

/** "interrupt abrocitinib.treatment.anc" as "Interrupt (abrocitinib.treatment.anc)". */
function findingWords(entry: string): string {
  const [action = "", ruleId = ""] = entry.split(" ");
  return `${(actionLabels as Readonly<Record<string, string>>)[action] ?? action} (${ruleId})`;
}

/** "refused doseMg": a field of the saved request the rules refused (lib/register/record-status.ts). */
const isRefusal = (entry: string) => entry.startsWith("refused ");
const refusedField = (entry: string) => entry.slice("refused ".length) || "the request";

/**
 * What a rules update changed in this patient's plan, shown until a clinician reviews it. When the
 * update refused the saved request, the plan is gone rather than changed: the tests and findings it
 * had are listed as what the register no longer tracks, never as cancelled or resolved.
 */
export function RulesChangeNote({ change }: { change: SummaryChange }) {
  const nowRefused = change.findingsAdded.some(isRefusal);
  const lines = nowRefused
    ? [
        ...itemLines("No longer tracked", change.itemsRemoved),
        ...change.findingsRemoved.map((entry) => `No longer tracked: ${findingWords(entry)}`),
      ]
    : [
        ...itemLines("Now scheduled", change.itemsAdded),
        ...itemLines("No longer scheduled", change.itemsRemoved),
        ...change.findingsAdded.map((entry) => `New finding: ${findingWords(entry)}`),
        ...change.findingsRemoved.map((entry) =>
          isRefusal(entry)
            ? `The saved request passes the rules again (it was refused at ${refusedField(entry)})`
            : `Finding gone: ${findingWords(entry)}`,
        ),
      ];
  return (
    <section className="rules-change" aria-labelledby="rules-change-heading" role="alert">
      <h2 id="rules-change-heading">Rules changed since last review</h2>
      {nowRefused ? (
        <p>
          {change.fromRulesVersion === change.toRulesVersion
            ? `Checked again with the rules in force (version ${change.toRulesVersion}), this patient's saved request fails them,`
            : `The rules changed from version ${change.fromRulesVersion} to ${change.toRulesVersion}, and this patient's saved request fails them,`}{" "}
          so the register no longer makes a plan for it. Until then the plan held what follows: arrange what is still
          needed outside the register.
        </p>
      ) : (
        <p>
          {change.fromRulesVersion === change.toRulesVersion
            ? `Worked out again with the rules in force (version ${change.toRulesVersion}) after an update of the app, this patient's plan changed:`
            : `The rules changed from version ${change.fromRulesVersion} to ${change.toRulesVersion}, and this patient's plan changed with them:`}
        </p>
      )}
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
