import { drugRules } from "@/rules";
import { SourceList } from "@/app/_components/source-list";
import type { DrugRules } from "@/rules/types";
import { formatLongDate } from "@/lib/dates/long-date";
import { regionLabelName } from "@/lib/words/regions";
import { patientSheet } from "@/lib/plan";
import type { Plan } from "@/lib/contract/plan";
import { actionLabels } from "@/lib/words/actions";
import type { ScheduleTimeline as Timeline } from "@/lib/planner/schedule-timeline";
import { ScheduleTimeline } from "./schedule-timeline";

const disclaimer =
  "Decision support only: it does not replace clinical judgement. Check the current label before acting.";

function PrintHeader({
  plan,
  rules,
  generatedOn,
  title,
  id,
}: {
  plan: Plan;
  rules: DrugRules;
  generatedOn: string;
  title: string;
  id: string;
}) {
  return (
    <header className="print-header">
      <h2 id={id}>{title}</h2>
      <p>
        {rules.name} ({rules.brand}) · starting {formatLongDate(plan.startDate)} · schedule to{" "}
        {formatLongDate(plan.horizonEndDate)} · generated {formatLongDate(generatedOn)} · rules {plan.rulesVersion} ·{" "}
        {regionLabelName(plan.labelRegion)}
      </p>
    </header>
  );
}

/** The patient's instruction when a finding says stop: the schedule alone must not read as "go ahead". */
function StopNotice({ instruction, reason }: { instruction: string; reason: string }) {
  return (
    <div className="print-stop-notice">
      <strong>{instruction}</strong> {reason} The dates below may change.
    </div>
  );
}

/**
 * What goes on paper (print media only): a patient page — dates, tests in plain words, room
 * for the clinic's notes — then a clinician summary with findings, the timeline, rules version and sources.
 */
export function PrintView({ plan, generatedOn, timeline }: { plan: Plan; generatedOn: string; timeline: Timeline }) {
  const sheet = patientSheet(plan);
  const cited = [
    ...plan.findings.flatMap((finding) => finding.sources),
    ...plan.visits.flatMap((visit) => visit.items.flatMap((item) => item.sources)),
  ];
  const sources = new Map(cited.map((source) => [`${source.title}|${source.section}`, source]));
  const rules = drugRules[plan.drug];
  return (
    <div className="print-only">
      <section className="print-page patient-page" aria-labelledby="print-patient-heading">
        <PrintHeader
          plan={plan}
          rules={rules}
          generatedOn={generatedOn}
          title="Your monitoring schedule"
          id="print-patient-heading"
        />
        {sheet.stop ? <StopNotice instruction={sheet.stop.instruction} reason={sheet.stop.reason} /> : null}
        {sheet.visits.length === 0 ? (
          sheet.stop ? null : (
            <p>No tests are planned: the label asks for no routine tests for this treatment.</p>
          )
        ) : (
          <table className="print-table">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">What</th>
                <th scope="col">Clinic notes</th>
              </tr>
            </thead>
            <tbody>
              {sheet.visits.map((visit) => (
                <tr key={visit.date ?? visit.label}>
                  <td className="print-date">
                    {visit.date ? formatLongDate(visit.date) : visit.label}
                    {visit.date ? (
                      <>
                        <br />
                        <span className="print-label">{visit.label}</span>
                      </>
                    ) : null}
                  </td>
                  <td>
                    <ul>
                      {visit.items.map((item) => (
                        <li key={item.test}>
                          {item.words}
                          {item.overdue ? " — overdue, please book" : ""}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="notes-cell" />
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {sheet.notOnSheet.length > 0 ? (
          <ul className="print-not-on-sheet">
            {sheet.notOnSheet.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : null}
        <p className="print-footnote">
          {sheet.visits.length > 0 && !sheet.stop
            ? `Tests after ${formatLongDate(plan.horizonEndDate)} are not on this sheet; your clinic will plan them. `
            : ""}
          Bring this sheet to each visit. Dates may move; your clinic will tell you. {disclaimer}
        </p>
      </section>
      <section className="print-page clinician-page" aria-labelledby="print-clinician-heading">
        <PrintHeader
          plan={plan}
          rules={rules}
          generatedOn={generatedOn}
          title="Clinician summary"
          id="print-clinician-heading"
        />
        <h3>Findings</h3>
        <ul>
          {plan.findings.map((finding, index) => (
            <li key={`${finding.ruleId}-${index}`}>
              <strong>{actionLabels[finding.action]}:</strong> {finding.message}{" "}
              <small>
                [{finding.ruleId}; {finding.evidence}]
              </small>
              {finding.disagreement ? <small> Sources disagree: {finding.disagreement}</small> : null}
            </li>
          ))}
        </ul>
        <ScheduleTimeline timeline={timeline} headingLevel={3} />
        <h3>Sources</h3>
        <SourceList sources={[...sources.values()]} className="print-sources" urlsInText />
        <p className="print-footnote">{disclaimer}</p>
      </section>
    </div>
  );
}
