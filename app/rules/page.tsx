import type { Metadata } from "next";
import Link from "next/link";
import { rulesVersion } from "@/rules";
import { allExplorerRules } from "@/lib/explorer/drug-rules";
import { comparisonMatrix, filterableIndications } from "@/lib/explorer/matrix";
import { searchEntryOf } from "@/lib/explorer/search-entry";
import { teachingCases } from "@/lib/teaching/cases";
import { ComparisonMatrix } from "./comparison-matrix";
import { ExplorerControls } from "./explorer-controls";

export const metadata: Metadata = {
  title: "Rules explorer — JAK Monitor",
  description: "Every JAK and TYK2 inhibitor's monitoring rules side by side, each with its source.",
};

export default function RulesExplorerPage() {
  const rows = comparisonMatrix();
  const entries = allExplorerRules().map(searchEntryOf);
  return (
    <>
      <h1>Rules explorer</h1>
      <p className="lede">
        Every drug&apos;s monitoring rules side by side: {entries.length} rules from rules version {rulesVersion}. Each
        entry links to the rule on its drug page, with the label section or paper it comes from. Ready to test yourself?
        Try the <Link href="/rules/cases">{teachingCases.length} teaching cases</Link>.
      </p>
      <ExplorerControls
        drugs={rows.map((row) => ({ drug: row.drug, route: row.route, indications: row.indications }))}
        indications={filterableIndications(rows)}
        entries={entries}
      >
        <ComparisonMatrix rows={rows} />
      </ExplorerControls>
      <p className="meta">
        Thresholds are &ldquo;strictly below&rdquo;: a value exactly at a limit passes. &ldquo;US label only&rdquo; and
        &ldquo;EU SmPC only&rdquo; mark rules that apply under one region&apos;s label; the planner follows the region
        you choose and shows the other as a note.
      </p>
    </>
  );
}
