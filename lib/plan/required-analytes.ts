import type { DrugRules, LabPanelId, LabTestId, PlanRegion } from "@/rules/types";
import { panelAnalytes } from "./context";

// Worked out once per drug and region: the rules are fixed data.
const cache = new WeakMap<DrugRules, Partial<Record<PlanRegion, ReadonlyMap<LabPanelId, readonly LabTestId[]>>>>();

/**
 * The analytes of each panel that the drug's rules read (start limits, during-treatment
 * limits, falls from baseline, liver enzymes against the upper limit of normal). A panel
 * counts as done only when all of them are on file; a panel no rule reads is done with any
 * of its analytes.
 */
export function requiredAnalytes(rules: DrugRules, region: PlanRegion, panel: LabPanelId): readonly LabTestId[] {
  const byRegion = cache.get(rules) ?? {};
  cache.set(rules, byRegion);
  let byPanel = byRegion[region];
  if (byPanel === undefined) {
    const applies = (rule: { region?: string }) =>
      rule.region === undefined || region === "both" || rule.region === region;
    const read = new Set<LabTestId>([
      ...rules.startThresholds.filter(applies).map((rule) => rule.test),
      ...rules.treatmentThresholds.filter(applies).map((rule) => rule.test),
      ...(rules.trendRules ?? []).filter(applies).map((rule) => rule.test),
      ...(rules.liverInjury && applies(rules.liverInjury) ? rules.liverInjury.tests : []),
    ]);
    const map = new Map<LabPanelId, readonly LabTestId[]>();
    for (const [id, analytes] of Object.entries(panelAnalytes) as [LabPanelId, readonly LabTestId[]][]) {
      map.set(
        id,
        analytes.filter((analyte) => read.has(analyte)),
      );
    }
    byPanel = map;
    byRegion[region] = byPanel;
  }
  return byPanel.get(panel) ?? [];
}

/** Of `required` (or, when none is, of the whole panel), the analytes `onFile` lacks; empty when the panel is complete. */
export function lackingAnalytes(
  panel: LabPanelId,
  required: readonly LabTestId[],
  onFile: (analyte: LabTestId) => boolean,
): LabTestId[] {
  if (required.length === 0) return panelAnalytes[panel].some(onFile) ? [] : [...panelAnalytes[panel]];
  return required.filter((analyte) => !onFile(analyte));
}
