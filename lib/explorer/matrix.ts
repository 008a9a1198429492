import { drugRules } from "@/rules";
import { drugIds, indicationIds, type DrugId, type IndicationId } from "@/rules/types";
import { explorerRulesOf } from "./drug-rules";
import type { ExplorerRule } from "./explorer-rule";

/** The comparison matrix's columns: what trainees compare across drugs. */
export const matrixColumns = [
  { id: "baseline", heading: "Baseline tests" },
  { id: "start", heading: "Do-not-start thresholds" },
  { id: "first-follow-up", heading: "First follow-up" },
  { id: "lipids", heading: "Lipid timing" },
  { id: "treatment", heading: "Interrupt or discontinue" },
  { id: "contraindications", heading: "Contraindications and not recommended" },
] as const;
export type MatrixColumnId = (typeof matrixColumns)[number]["id"];

/** Which rules each column shows, read from the rule's kind and fields only. */
const inColumn: Readonly<Record<MatrixColumnId, (rule: ExplorerRule) => boolean>> = {
  baseline: (rule) => rule.kind === "baseline",
  start: (rule) => rule.kind === "start-threshold",
  "first-follow-up": (rule) =>
    (rule.kind === "follow-up" && rule.item !== "lipids") || rule.kind === "routine" || rule.kind === "no-routine-labs",
  lipids: (rule) => rule.kind === "follow-up" && rule.item === "lipids",
  treatment: (rule) => rule.kind === "treatment-threshold" || rule.kind === "trend",
  contraindications: (rule) => (rule.kind === "patient" || rule.kind === "screening") && rule.action === "do-not-start",
};

/** One drug's row: who it is for, and its rules in each column. */
export interface MatrixRow {
  drug: DrugId;
  name: string;
  brand: string;
  route: "oral" | "topical";
  mechanism: string;
  indications: readonly IndicationId[];
  cells: Readonly<Record<MatrixColumnId, readonly ExplorerRule[]>>;
}

export function matrixRowOf(drug: DrugId): MatrixRow {
  const rules = drugRules[drug];
  const rows = explorerRulesOf(rules);
  const cells = Object.fromEntries(matrixColumns.map(({ id }) => [id, rows.filter(inColumn[id])])) as Record<
    MatrixColumnId,
    ExplorerRule[]
  >;
  return {
    drug,
    name: rules.name,
    brand: rules.brand,
    route: rules.route,
    mechanism: rules.mechanism,
    indications: rules.indications.map((entry) => entry.indication),
    cells,
  };
}

/** Every drug × every column, in the registry's order. */
export function comparisonMatrix(): MatrixRow[] {
  return drugIds.map(matrixRowOf);
}

/** The indications at least one drug is approved (or listed) for, for the filter. */
export function filterableIndications(rows: readonly MatrixRow[]): IndicationId[] {
  const listed = new Set(rows.flatMap((row) => row.indications));
  return indicationIds.filter((indication) => listed.has(indication));
}
