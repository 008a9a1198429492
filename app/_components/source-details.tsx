import type { PlanSource } from "@/lib/contract/plan";
import { SourceList } from "./source-list";

/** "Source" disclosure: each citation with its section and a link, and any disagreement. */
export function SourceDetails({
  sources,
  ruleId,
  evidence,
  disagreement,
}: {
  sources: readonly PlanSource[];
  ruleId: string;
  evidence: "label" | "consensus";
  disagreement?: string;
}) {
  return (
    <details className="source">
      <summary>
        Source <span className="visually-hidden">for rule {ruleId}</span>
      </summary>
      <SourceList sources={sources} />
      <p className="rule-id">
        Rule <code>{ruleId}</code> · {evidence === "label" ? "regulatory label" : "consensus / guideline"}
      </p>
      {disagreement ? <p className="disagreement">Sources disagree: {disagreement}</p> : null}
    </details>
  );
}

/** The evidence tier, and a visible mark when sources disagree (the detail is in "Source"). */
export function EvidenceBadge({ evidence, disagreement }: { evidence: "label" | "consensus"; disagreement?: string }) {
  return (
    <>
      <span className={`badge badge-${evidence}`}>{evidence === "label" ? "Label" : "Consensus"}</span>
      {disagreement ? <span className="badge badge-disagree">Sources disagree</span> : null}
    </>
  );
}
