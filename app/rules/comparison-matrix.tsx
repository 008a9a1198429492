import Link from "next/link";
import { ruleHref, type ExplorerRule } from "@/lib/explorer/explorer-rule";
import { indicationAbbreviations, indicationNames } from "@/lib/words/indications";
import { matrixColumns, type MatrixRow } from "@/lib/explorer/matrix";
import { RegionBadge } from "./_components/region-badge";
import { UnitText } from "./_components/unit-text";

function CellEntry({ rule }: { rule: ExplorerRule }) {
  return (
    <li>
      <Link href={ruleHref(rule)}>
        <UnitText words={rule.summary} />
      </Link>
      <RegionBadge region={rule.region} />
      {rule.disagreement ? (
        <details className="disagree">
          <summary>
            Sources disagree<span className="visually-hidden"> on {rule.id}</span>
          </summary>
          <p>{rule.disagreement}</p>
        </details>
      ) : null}
    </li>
  );
}

/**
 * Every drug's rules at a glance: one row per drug, one column per thing trainees compare.
 * Each entry links to the rule on its drug page, where its sources are listed.
 */
export function ComparisonMatrix({ rows }: { rows: readonly MatrixRow[] }) {
  return (
    <div className="table-scroll matrix-scroll" role="region" aria-labelledby="matrix-caption" tabIndex={0}>
      <table className="matrix">
        <caption id="matrix-caption">Monitoring rules of each drug compared</caption>
        <thead>
          <tr>
            <th scope="col">Drug</th>
            {matrixColumns.map((column) => (
              <th scope="col" key={column.id}>
                {column.heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.drug} data-drug={row.drug} data-route={row.route} data-indications={row.indications.join(" ")}>
              <th scope="row">
                <Link href={`/rules/${row.drug}`} className="drug-link">
                  {row.name}
                </Link>
                <span className="drug-meta">
                  {row.brand} · {row.mechanism} · {row.route}
                </span>
                <span className="drug-meta">
                  {row.indications.map((indication) => (
                    <abbr key={indication} title={indicationNames[indication]} className="indication-tag">
                      {indicationAbbreviations[indication]}
                    </abbr>
                  ))}
                </span>
              </th>
              {matrixColumns.map((column) => {
                const rules = row.cells[column.id];
                return (
                  <td key={column.id}>
                    {rules.length === 0 ? (
                      <span className="none">None in the rules</span>
                    ) : (
                      <ul className="cell-list">
                        {rules.map((rule) => (
                          <CellEntry key={rule.id} rule={rule} />
                        ))}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
