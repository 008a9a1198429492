import type { ReactNode } from "react";
import { drugRules } from "@/rules";
import { SourceList } from "@/app/_components/source-list";
import type { DrugRules } from "@/rules/types";
import { toCalendarDate, type CalendarDate } from "@/lib/dates/calendar-date";
import { formatBirthDate, formatHumanDate, humanDatesIn } from "@/lib/dates/human-date";
import { regionLabelName } from "@/lib/words/regions";
import { patientSheet, sheetItemText, type PatientSheet, type SheetVisit } from "@/lib/plan";
import type { Plan } from "@/lib/contract/plan";
import { actionLabels } from "@/lib/words/actions";
import { decisionSupportNote } from "@/lib/words/plain-words";
import { hasSheetDetails, type SheetDetails } from "./sheet-details";
import type { ScheduleTimeline as Timeline } from "@/lib/planner/schedule-timeline";
import { ScheduleTimeline } from "./schedule-timeline";

/**
 * Each page's header: the drug, dates and label region. `rulesVersion` only on the clinician's
 * page, where it belongs with the findings and sources; `children` adds lines below.
 */
function PrintHeader({
  plan,
  rules,
  generatedOn,
  title,
  id,
  rulesVersion = false,
  children,
}: {
  plan: Plan;
  rules: DrugRules;
  generatedOn: CalendarDate;
  title: string;
  id: string;
  rulesVersion?: boolean;
  children?: ReactNode;
}) {
  return (
    <header className="print-header">
      <h2 id={id}>{title}</h2>
      <p>
        {rules.name} ({rules.brand}) · starting {formatHumanDate(plan.startDate)} · schedule to{" "}
        {formatHumanDate(plan.horizonEndDate)} · generated {formatHumanDate(generatedOn)} ·{" "}
        {rulesVersion ? `rules ${plan.rulesVersion} · ` : ""}
        {regionLabelName(plan.labelRegion)}
      </p>
      {children}
    </header>
  );
}

/** The line over the schedule on each printed page: whose, and of which drug. */
function runningHead(details: SheetDetails, drug: string): string {
  const name = details.patientName.trim();
  return name ? `${name} — monitoring schedule for ${drug}` : `Monitoring schedule for ${drug}`;
}

/** Who the sheet is for and whom to call, as the nurse typed them; nothing when nothing was typed. */
function PatientDetailsLines({ details }: { details: SheetDetails }) {
  if (!hasSheetDetails(details)) return null;
  const who = [
    details.patientName.trim() ? `Name: ${details.patientName.trim()}` : "",
    details.dateOfBirth ? `Date of birth: ${formatBirthDate(toCalendarDate(details.dateOfBirth))}` : "",
  ].filter(Boolean);
  return (
    <>
      {who.length ? <p className="print-patient-details">{who.join(" · ")}</p> : null}
      {details.clinicContact.trim() ? (
        <p className="print-patient-details">Questions? Contact your clinic: {details.clinicContact.trim()}</p>
      ) : null}
    </>
  );
}

/** A row of the patient's table: a dated visit, the first dose, or what the clinic arranges. */
interface SheetRow {
  key: string;
  date?: CalendarDate;
  label: string;
  lines: string[];
}

/**
 * The sheet's rows in date order, the first dose after anything due on or before its day
 * (baseline tests come before the first dose).
 */
function sheetRows(sheet: PatientSheet): SheetRow[] {
  const rowOf = (visit: SheetVisit): SheetRow => ({
    key: visit.date ?? visit.label,
    date: visit.date,
    label: visit.label,
    lines: visit.items.map(sheetItemText),
  });
  const { start } = sheet;
  if (!start) return sheet.visits.map(rowOf);
  const before = sheet.visits.filter((visit) => visit.date !== undefined && visit.date <= start.date);
  const after = sheet.visits.filter((visit) => !before.includes(visit));
  return [
    ...before.map(rowOf),
    { key: `start-${start.date}`, date: start.date, label: "First dose", lines: [start.words] },
    ...after.map(rowOf),
  ];
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
 * What goes on paper (print media only): a patient page — the nurse's details, the first dose,
 * dates, tests in plain words, room for the clinic's notes — then a clinician summary with
 * findings, the timeline, rules version and sources.
 */
export function PrintView({
  plan,
  generatedOn,
  sheetDetails,
  timeline,
}: {
  plan: Plan;
  generatedOn: CalendarDate;
  sheetDetails: SheetDetails;
  timeline: Timeline;
}) {
  const sheet = patientSheet(plan);
  const rows = sheetRows(sheet);
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
        >
          <PatientDetailsLines details={sheetDetails} />
        </PrintHeader>
        {sheet.stop ? <StopNotice instruction={sheet.stop.instruction} reason={sheet.stop.reason} /> : null}
        {rows.length > 0 ? (
          <table className="print-table">
            <thead>
              {/* A table's head is printed again on every page: a second page still says whose schedule it is. */}
              <tr className="print-running-head">
                <th scope="colgroup" colSpan={3}>
                  {runningHead(sheetDetails, `${rules.name} (${rules.brand})`)}
                </th>
              </tr>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">What</th>
                <th scope="col">Clinic notes</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <td className="print-date">
                    {row.date ? formatHumanDate(row.date) : row.label}
                    {row.date ? (
                      <>
                        <br />
                        <span className="print-label">{row.label}</span>
                      </>
                    ) : null}
                  </td>
                  <td>
                    <ul>
                      {row.lines.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  </td>
                  <td className="notes-cell" />
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {sheet.visits.length === 0 && !sheet.stop ? (
          <p>No tests are planned: the label asks for no routine tests for this treatment.</p>
        ) : null}
        {sheet.notOnSheet.length > 0 ? (
          <ul className="print-not-on-sheet">
            {sheet.notOnSheet.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : null}
        <p className="print-footnote">
          {sheet.visits.length > 0 && !sheet.stop
            ? `Tests after ${formatHumanDate(plan.horizonEndDate)} are not on this sheet; your clinic will plan them. `
            : ""}
          Bring this sheet to each visit. Dates may move; your clinic will tell you. {decisionSupportNote}
        </p>
      </section>
      <section className="print-page clinician-page" aria-labelledby="print-clinician-heading">
        <PrintHeader
          plan={plan}
          rules={rules}
          generatedOn={generatedOn}
          title="Clinician summary"
          id="print-clinician-heading"
          rulesVersion
        />
        <h3>Findings</h3>
        <ul>
          {plan.findings.map((finding, index) => (
            <li key={`${finding.ruleId}-${index}`}>
              <strong>{actionLabels[finding.action]}:</strong> {humanDatesIn(finding.message)}{" "}
              <small>
                [{finding.ruleId}; {finding.evidence}]
              </small>
              {finding.disagreement ? <small> Sources disagree: {finding.disagreement}</small> : null}
            </li>
          ))}
        </ul>
        {plan.visitPlanning ? (
          <>
            <h3>Visit planning</h3>
            <p>{plan.visitPlanning.note}</p>
          </>
        ) : null}
        <ScheduleTimeline timeline={timeline} headingLevel={3} />
        <h3>Sources</h3>
        <SourceList sources={[...sources.values()]} className="print-sources" urlsInText />
        <p className="print-footnote">{decisionSupportNote}</p>
      </section>
    </div>
  );
}
