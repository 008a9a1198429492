import { formatHumanDate } from "@/lib/dates/human-date";
import type { AnalyteHistory, HistoryPoint } from "@/lib/history/analyte-history";
import { formatNumber, unitLabel } from "@/lib/units/format";

/** A result as entered keeps every decimal (0.49999 is not "0.5" beside a limit of 0.5); a converted one, four. */
const pointValue = (point: HistoryPoint) => formatNumber(point.value, point.entered ? 10 : 4);

const width = 340;
const height = 150;
const margin = { top: 12, right: 12, bottom: 24, left: 44 };

/**
 * A small line chart of one analyte with its limits as dashed lines, results spaced by their
 * dates (the first and last written under the axis). The table beside it carries the same data in text.
 */
function HistoryChart({ history }: { history: AnalyteHistory }) {
  const values = [...history.points.map((point) => point.value), ...history.limits.map((limit) => limit.value)];
  const top = Math.max(...values) * 1.1 || 1;
  const x = (at: number) => margin.left + at * (width - margin.left - margin.right);
  const y = (value: number) => margin.top + (1 - value / top) * (height - margin.top - margin.bottom);
  const titleId = `chart-${history.test}-title`;
  const first = history.points[0];
  const last = history.points.at(-1);
  const summary = history.points.map((point) => `${pointValue(point)} on ${formatHumanDate(point.date)}`).join(", ");
  return (
    <svg className="history-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={titleId}>
      <title id={titleId}>
        {history.name} in {unitLabel(history.unit)}: {summary}.
      </title>
      <line x1={margin.left} y1={y(0)} x2={width - margin.right} y2={y(0)} className="axis" />
      <text x={margin.left - 6} y={y(top / 1.1)} className="tick" textAnchor="end">
        {formatNumber(top / 1.1)}
      </text>
      <text x={margin.left - 6} y={y(0)} className="tick" textAnchor="end">
        0
      </text>
      {first && last && last !== first ? (
        <>
          <text x={x(0)} y={height - 6} className="tick" textAnchor="start">
            {formatHumanDate(first.date)}
          </text>
          <text x={x(1)} y={height - 6} className="tick" textAnchor="end">
            {formatHumanDate(last.date)}
          </text>
        </>
      ) : null}
      {history.limits.map((limit) => (
        <g key={limit.ruleId} className={`limit limit-${limit.action}`}>
          <line x1={margin.left} y1={y(limit.value)} x2={width - margin.right} y2={y(limit.value)} />
          <text x={width - margin.right} y={y(limit.value) - 3} textAnchor="end">
            {limit.label} {formatNumber(limit.value)}
          </text>
        </g>
      ))}
      <polyline
        className="series"
        points={history.points.map((point) => `${x(point.at)},${y(point.value)}`).join(" ")}
      />
      {history.points.map((point) => (
        <circle
          key={point.date}
          cx={x(point.at)}
          cy={y(point.value)}
          r={3.5}
          className={`point point-${point.phase}`}
        />
      ))}
    </svg>
  );
}

/** Results over time: per analyte, a table (baseline, each result, the limits) and the chart. */
export function AnalyteHistories({ histories }: { histories: readonly AnalyteHistory[] }) {
  if (histories.length === 0) return null;
  return (
    <section aria-labelledby="history-heading" className="history">
      <h2 id="history-heading">Results over time</h2>
      {histories.map((history) => (
        <div key={history.test} className="history-analyte">
          <h3>
            {history.name} ({unitLabel(history.unit)})
          </h3>
          <div className="history-body">
            <table className="history-table">
              <caption className="visually-hidden">{history.name} results and limits</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Result</th>
                </tr>
              </thead>
              <tbody>
                {history.points.map((point) => (
                  <tr key={point.date}>
                    <th scope="row">
                      {formatHumanDate(point.date)}
                      {point.phase === "baseline" ? " (baseline)" : ""}
                    </th>
                    <td>{pointValue(point)}</td>
                  </tr>
                ))}
                {history.limits.map((limit) => (
                  <tr key={limit.ruleId} className="history-limit">
                    <th scope="row">{limit.label}</th>
                    <td>{formatNumber(limit.value)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <HistoryChart history={history} />
          </div>
        </div>
      ))}
    </section>
  );
}
