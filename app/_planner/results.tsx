import { formatLongDate } from "@/lib/dates/long-date";
import { strongestStopAction } from "@/lib/plan";
import type { Finding, Plan } from "@/lib/contract/plan";
import { scheduleItemNames } from "@/lib/words/schedule-items";
import { sentenceCase } from "@/lib/units/format";
import { actionLabels } from "@/lib/words/actions";
import { EvidenceBadge, SourceDetails } from "../_components/source-details";

function FindingCard({ finding }: { finding: Finding }) {
  return (
    <li className={`finding finding-${finding.action}`}>
      <p>
        <strong className="action">{actionLabels[finding.action]}</strong> {finding.message}{" "}
        <EvidenceBadge evidence={finding.evidence} disagreement={finding.disagreement} />
      </p>
      <SourceDetails
        sources={finding.sources}
        ruleId={finding.ruleId}
        evidence={finding.evidence}
        disagreement={finding.disagreement}
      />
    </li>
  );
}

/**
 * Findings, most severe first. "Do not start", "Discontinue" and "Interrupt" open the list in
 * a banner that cannot be missed.
 */
export function Findings({ plan }: { plan: Plan }) {
  const worst = strongestStopAction(plan.findings);
  const reasons = plan.findings.filter((finding) => finding.action === worst).length;
  return (
    <section aria-labelledby="findings-heading" className="findings">
      <h2 id="findings-heading">Findings</h2>
      {worst ? (
        <div className="do-not-start-banner" role="alert">
          <strong>
            {actionLabels[worst]} {plan.drug}
          </strong>{" "}
          — {reasons} reason{reasons === 1 ? "" : "s"} below.
        </div>
      ) : (
        <p className="may-start">
          No do-not-start, interrupt or discontinue finding from the rules checked. Review the cautions below.
        </p>
      )}
      <ul className="finding-list">
        {plan.findings.map((finding, index) => (
          <FindingCard key={`${finding.ruleId}-${index}`} finding={finding} />
        ))}
      </ul>
    </section>
  );
}

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
                  <time dateTime={visit.date}>{formatLongDate(visit.date)}</time>
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
                        <span className="why"> {item.why}</span>
                        {item.dueBy ? <span className="due-by"> Due by {formatLongDate(item.dueBy)}.</span> : null}
                        {item.originalDueOn ? (
                          <span className="moved"> Moved from {formatLongDate(item.originalDueOn)}.</span>
                        ) : null}
                        {item.resultWindow ? (
                          <span className="result-window">
                            {" "}
                            A result from {formatLongDate(item.resultWindow.from)} to{" "}
                            {formatLongDate(item.resultWindow.to)} counts for it.
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
