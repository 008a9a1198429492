import { useId } from "react";
import { InPageLink } from "../_components/in-page-link";
import type { FindingAction } from "@/rules/types";
import { formatHumanDate } from "@/lib/dates/human-date";
import type { ScheduleTimeline as Timeline, TimelineMark } from "@/lib/planner/schedule-timeline";

/** How a mark is drawn: the shape says it as well as the colour. */
type Look = "due" | "overdue" | "calm" | "act" | "stop";

const triggeredLooks: Readonly<Record<FindingAction | "nothing", Look>> = {
  "do-not-start": "stop",
  discontinue: "stop",
  interrupt: "stop",
  "reduce-dose": "act",
  caution: "act",
  missing: "act",
  info: "calm",
  nothing: "calm",
};

const legend: readonly { look: Look; words: string }[] = [
  { look: "due", words: "Due" },
  { look: "overdue", words: "Overdue" },
  { look: "calm", words: "Done or on file: no finding, or a note" },
  { look: "act", words: "Result triggered a caution, a dose reduction or a missing fact" },
  { look: "stop", words: "Result triggered do not start, interrupt or discontinue" },
];

function lookOf(mark: TimelineMark): Look {
  if (mark.status === "due" || mark.status === "overdue") return mark.status;
  return triggeredLooks[mark.triggered ?? "nothing"];
}

// Heights in px. Positions across are percentages, so the picture fills any width while its
// marks and words keep their size: at 390 px the labels are as readable as at 1366 px.
const markerBand = 34;
const rowHeight = 50;
const axisBand = 34;
const inset = 2.5;
const across = (x: number) => `${(inset + x * (100 - 2 * inset)).toFixed(2)}%`;
const anchor = (x: number) => (x < 0.1 ? "start" : x > 0.9 ? "end" : "middle");

/** The shapes, centred on 0,0, that marks and the legend use. */
function Shapes({ prefix }: { prefix: string }) {
  return (
    <defs>
      <circle id={`${prefix}-due`} r={5.5} className="look-due" />
      <path id={`${prefix}-overdue`} d="M0 -7 L7 5.5 L-7 5.5 Z" className="look-overdue" />
      <circle id={`${prefix}-calm`} r={6} className="look-calm" />
      <path id={`${prefix}-act`} d="M0 -7.5 L7.5 0 L0 7.5 L-7.5 0 Z" className="look-act" />
      <rect id={`${prefix}-stop`} x={-6} y={-6} width={12} height={12} className="look-stop" />
    </defs>
  );
}

/**
 * The schedule as a picture (lib/planner/schedule-timeline.ts): a row per family of tests,
 * marks at their true dates, the start, dose changes and today drawn across. Each mark takes
 * keyboard focus and names its date, tests and status; the same lines are listed as text.
 */
export function ScheduleTimeline({ timeline, headingLevel }: { timeline: Timeline; headingLevel: 2 | 3 }) {
  const id = useId();
  if (timeline.rows.length === 0) return null;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const bottom = markerBand + timeline.rows.length * rowHeight;
  return (
    <section aria-labelledby={`${id}-heading`} className="timeline">
      <Heading id={`${id}-heading`}>Timeline</Heading>
      <p className="hint">
        {formatHumanDate(timeline.from)} to {formatHumanDate(timeline.to)}.{" "}
        <span className="no-print">Tab to a mark to hear its date, tests and status.</span>
      </p>
      {/* A long plan has a hundred marks or more: a keyboard user can pass them in one step. */}
      <InPageLink className="skip-link no-print" to={`${id}-after`}>
        Skip the timeline&apos;s marks
      </InPageLink>
      <svg className="timeline-chart" width="100%" height={bottom + axisBand} role="group">
        {/* Names by <title>, not aria-label: a mark's words must not pass for a form field's label. */}
        <title>Timeline: one row per family of tests, one mark per visit or result</title>
        <Shapes prefix={id} />
        <g aria-hidden="true">
          {timeline.ticks.map((tick) => (
            <g key={tick.date} className={tick.narrow ? "tick" : "tick tick-wide-only"}>
              <line x1={across(tick.x)} x2={across(tick.x)} y1={markerBand} y2={bottom} />
              <text x={across(tick.x)} y={bottom + 14} textAnchor={anchor(tick.x)}>
                {tick.month}
              </text>
              <text
                x={across(tick.x)}
                y={bottom + 28}
                textAnchor={anchor(tick.x)}
                className={tick.newYear ? undefined : "tick-narrow-year"}
              >
                {tick.year}
              </text>
            </g>
          ))}
          {timeline.markers.map((marker, index) => (
            <g key={`${marker.kind}-${marker.date}`} className={`marker marker-${marker.kind}`}>
              <line x1={across(marker.x)} x2={across(marker.x)} y1={index % 2 === 0 ? 16 : 31} y2={bottom} />
              <text x={across(marker.x)} y={index % 2 === 0 ? 12 : 27} textAnchor={anchor(marker.x)}>
                {marker.shortLabel}
              </text>
            </g>
          ))}
          {timeline.rows.map((row, index) => (
            <g key={row.family} className="row">
              <text x="0" y={markerBand + index * rowHeight + 14}>
                {row.name}
              </text>
              <line
                x1={across(0)}
                x2={across(1)}
                y1={markerBand + index * rowHeight + 30}
                y2={markerBand + index * rowHeight + 30}
              />
            </g>
          ))}
        </g>
        {timeline.rows.map((row, index) =>
          row.marks.map((mark) => {
            // Results that answer no planned visit sit just under the row's line.
            const y = markerBand + index * rowHeight + (mark.status === "result" ? 43 : 30);
            return (
              <g key={`${mark.status}-${mark.date}`} className="timeline-mark" tabIndex={0} role="img">
                <title>{mark.label}</title>
                <circle className="focus-ring" cx={across(mark.x)} cy={y} r={11} />
                <use href={`#${id}-${lookOf(mark)}`} x={across(mark.x)} y={y} />
              </g>
            );
          }),
        )}
      </svg>
      <ul className="timeline-legend" id={`${id}-after`}>
        {legend.map(({ look, words }) => (
          <li key={look}>
            <svg width="16" height="16" aria-hidden="true">
              <use href={`#${id}-${look}`} x="8" y="8" />
            </svg>
            {words}
          </li>
        ))}
        <li>Marks just under a line: results on file outside a planned visit.</li>
      </ul>
      <details className="timeline-text">
        <summary>Timeline as text</summary>
        <ol>
          {timeline.lines.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ol>
      </details>
    </section>
  );
}
