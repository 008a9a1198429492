import type { ExplorerRule } from "@/lib/explorer/explorer-rule";
import { actionLabels } from "@/lib/words/actions";
import { EvidenceBadge } from "@/app/_components/source-details";
import { SourceList } from "@/app/_components/source-list";
import { RegionBadge } from "./region-badge";

/** One rule on its drug page, at its own anchor: words (both units), tier, region and sources. */
export function RuleCard({ rule }: { rule: ExplorerRule }) {
  return (
    <li id={rule.id} className="rule">
      <p>
        {rule.action && rule.kind !== "indication" ? (
          <strong className={`badge badge-action badge-${rule.action}`}>{actionLabels[rule.action]}</strong>
        ) : null}{" "}
        {rule.text.both} <EvidenceBadge evidence={rule.evidence} />
        <RegionBadge region={rule.region} />
      </p>
      {rule.disagreement ? <p className="disagreement">Sources disagree: {rule.disagreement}</p> : null}
      <p className="rule-id">
        Rule <code>{rule.id}</code> · {rule.evidence === "label" ? "regulatory label" : "consensus / guideline"} ·
        Source
        {rule.sources.length === 1 ? "" : "s"}:
      </p>
      <SourceList sources={rule.sources} className="rule-sources" />
    </li>
  );
}
