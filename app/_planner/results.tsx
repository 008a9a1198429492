import { formatHumanDate, humanDatesIn } from "@/lib/dates/human-date";
import { isStopAction, strongestStopAction } from "@/lib/plan";
import type { Finding, Plan } from "@/lib/contract/plan";
import type { FindingAction } from "@/rules/types";
import { findingSummary } from "@/lib/planner/finding-summary";
import { scheduleSummary, type SummaryChip } from "@/lib/planner/schedule-summary";
import { scheduleItemNames } from "@/lib/words/schedule-items";
import { sentenceCase } from "@/lib/units/format";
import { actionLabels } from "@/lib/words/actions";
import { InPageLink } from "../_components/in-page-link";
import { EvidenceBadge, SourceDetails } from "../_components/source-details";
import { UnitsKeptWhole } from "../_components/units-kept-whole";

/** The groups findings are listed in, most severe first; a stop finding opens with its detail shown. */
const findingGroups: readonly { title: string; actions: readonly FindingAction[] }[] = [
  { title: "Stop or do not start", actions: ["do-not-start", "discontinue", "interrupt"] },
  { title: "Change the dose", actions: ["reduce-dose"] },
  { title: "Facts the plan needs", actions: ["missing"] },
  { title: "Cautions", actions: ["caution"] },
  { title: "Notes", actions: ["info"] },
];

function FindingCard({ finding }: { finding: Finding }) {
  // The detail goes on from the summary line rather than repeating it.
  const { summary, rest } = findingSummary(humanDatesIn(finding.message));
  return (
    <li className={`finding finding-${finding.action}`}>
      <details open={isStopAction(finding.action)}>
        <summary>
          <strong className="action">{actionLabels[finding.action]}</strong> <UnitsKeptWhole text={summary} />
        </summary>
        <p className="finding-message">
          {rest ? (
            <>
              {" "}
              <UnitsKeptWhole text={rest} />{" "}
            </>
          ) : (
            " "
          )}
          <EvidenceBadge evidence={finding.evidence} disagreement={finding.disagreement} />
        </p>
        <SourceDetails
          sources={finding.sources}
          ruleId={finding.ruleId}
          evidence={finding.evidence}
          disagreement={finding.disagreement}
        />
      </details>
    </li>
  );
}

/**
 * "Do not start", "Discontinue" or "Interrupt" in a banner that cannot be missed. The planner shows
 * it above the schedule at a glance (`aboveThePlan`), so no list of visits with done tests reads as
 * "go ahead" above it; elsewhere it opens the findings.
 */
export function StopBanner({ plan, aboveThePlan = false }: { plan: Plan; aboveThePlan?: boolean }) {
  const worst = strongestStopAction(plan.findings);
  if (!worst) return null;
  const reasons = plan.findings.filter((finding) => finding.action === worst).length;
  const count = `${reasons} reason${reasons === 1 ? "" : "s"}`;
  return (
    <div className="do-not-start-banner" role="alert">
      <strong>
        {actionLabels[worst]} {plan.drug}
      </strong>{" "}
      —{" "}
      {aboveThePlan ? (
        <>
          {count} under <InPageLink to="findings-heading">Findings</InPageLink>.
        </>
      ) : (
        `${count} below.`
      )}
    </div>
  );
}

/**
 * Findings grouped by what they ask, most severe first, each a one-line summary whose detail
 * (the full rationale and its sources) unfolds. A stop finding opens the section in the stop
 * banner, unless the page shows it above the plan (`stopBannerAbove`).
 */
export function Findings({ plan, stopBannerAbove = false }: { plan: Plan; stopBannerAbove?: boolean }) {
  const worst = strongestStopAction(plan.findings);
  return (
    <section aria-labelledby="findings-heading" className="findings">
      <h2 id="findings-heading">Findings</h2>
      {worst ? (
        stopBannerAbove ? null : (
          <StopBanner plan={plan} />
        )
      ) : (
        <p className="may-start">
          No do-not-start, interrupt or discontinue finding from the rules checked. Review the cautions below.
        </p>
      )}
      {findingGroups.map((group) => {
        const findings = plan.findings.filter((finding) => group.actions.includes(finding.action));
        if (findings.length === 0) return null;
        return (
          <div key={group.title} className="finding-group">
            <h3>
              {group.title} <span className="count">({findings.length})</span>
            </h3>
            <ul className="finding-list">
              {findings.map((finding, index) => (
                <FindingCard key={`${finding.ruleId}-${index}`} finding={finding} />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

/** The schedule at a glance: a line per visit, its date, then each test as a chip with its status. */
export function ScheduleSummary({ plan }: { plan: Plan }) {
  const lines = scheduleSummary(plan);
  if (lines.length === 0) return null;
  return (
    <section aria-labelledby="summary-heading" className="schedule-summary">
      <h2 id="summary-heading">At a glance</h2>
      <ol className="summary-lines">
        {lines.map((line) => (
          <li key={line.date}>
            <span className="summary-date">
              <time dateTime={line.date}>{formatHumanDate(line.date)}</time>
              <span className="summary-label"> · {line.label}</span>
            </span>
            <span className="visually-hidden">: </span>
            <span className="chips">
              {line.chips.map((chip) => (
                <span key={chip.name} className={`chip chip-${chip.status}`}>
                  {chipMarks[chip.status]} {chip.name}
                  <span className="visually-hidden"> ({chip.status}) </span>
                </span>
              ))}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

// Not colour alone: each status has its mark.
const chipMarks: Readonly<Record<SummaryChip["status"], string>> = { done: "✓", due: "○", overdue: "!" };

/** The dated schedule as a table: one row per visit, each test with why, tier and source. */
export function Schedule({ plan }: { plan: Plan }) {
  return (
    <section aria-labelledby="schedule-heading" className="schedule">
      <h2 id="schedule-heading">Schedule</h2>
      {plan.visitPlanning ? <p className="visit-planning">{plan.visitPlanning.note}</p> : null}
      {plan.visits.length === 0 ? (
        <p>No dated visits: this drug&apos;s label asks for no routine tests.</p>
      ) : (
        <table className="schedule-table">
          <caption className="visually-hidden">Monitoring visits by date</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Visit</th>
              <th scope="col">Tests and why</th>
            </tr>
          </thead>
          <tbody>
            {plan.visits.map((visit) => (
              <tr key={visit.date}>
                <th scope="row" className="visit-date">
                  <time dateTime={visit.date}>{formatHumanDate(visit.date)}</time>
                </th>
                <td>{visit.label}</td>
                <td>
                  <ul className="item-list">
                    {visit.items.map((item) => (
                      <li key={`${item.test}-${item.ruleId}`} className={`item item-${item.status}`}>
                        <strong>{sentenceCase(scheduleItemNames[item.test])}</strong>
                        {item.status === "done" ? <span className="badge badge-done">Done</span> : null}
                        {item.status === "overdue" ? <span className="badge badge-overdue">Overdue</span> : null}{" "}
                        <EvidenceBadge evidence={item.evidence} disagreement={item.disagreement} />
                        <span className="why">
                          {" "}
                          <UnitsKeptWhole text={humanDatesIn(item.why)} />
                        </span>
                        {item.dueBy ? <span className="due-by"> Due by {formatHumanDate(item.dueBy)}.</span> : null}
                        {item.originalDueOn ? (
                          <span className="moved"> Moved from {formatHumanDate(item.originalDueOn)}.</span>
                        ) : null}
                        {item.resultWindow ? (
                          <span className="result-window">
                            {" "}
                            A result from {formatHumanDate(item.resultWindow.from)} to{" "}
                            {formatHumanDate(item.resultWindow.to)} counts for it.
                          </span>
                        ) : null}
                        <SourceDetails
                          sources={item.sources}
                          ruleId={item.ruleId}
                          evidence={item.evidence}
                          disagreement={item.disagreement}
                        />
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
