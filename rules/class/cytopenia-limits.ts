import type { DrugId, SourceRef, StartThresholdRule, TreatmentThresholdRule } from "../types";

/**
 * The cytopenia limits several JAK labels share: do not start, and interrupt during
 * treatment until recovery, below ALC 500 cells/µL, ANC 1,000 cells/µL or haemoglobin 8 g/dL.
 * Each drug that uses them passes its own label section, so every rule cites its own label.
 */
const limits = {
  alc: { below: { value: 500, unit: "cells/uL" }, name: "ALC", shown: "500 cells/µL" },
  anc: { below: { value: 1000, unit: "cells/uL" }, name: "ANC", shown: "1,000 cells/µL" },
  hemoglobin: { below: { value: 8, unit: "g/dL" }, name: "haemoglobin", shown: "8 g/dL" },
} as const;

export type CytopeniaTest = keyof typeof limits;

export function cytopeniaStartLimits(
  drug: DrugId,
  source: SourceRef,
  tests: readonly CytopeniaTest[],
): StartThresholdRule[] {
  return tests.map((test) => ({
    id: `${drug}.start.${test}`,
    evidence: "label",
    sources: [source],
    test,
    below: limits[test].below,
  }));
}

/**
 * Interrupt below the limit until recovery. Labels word the restart two ways: "returns above"
 * the value (so the value itself is not recovered) or "back to" it or more.
 */
export function cytopeniaInterruptions(
  drug: DrugId,
  source: SourceRef,
  tests: readonly CytopeniaTest[],
  restart: "above" | "at-least",
): TreatmentThresholdRule[] {
  return tests.map((test) => ({
    id: `${drug}.treatment.${test}`,
    evidence: "label",
    sources: [source],
    test,
    below: limits[test].below,
    action: "interrupt",
    ...(restart === "above"
      ? {
          restartAbove: limits[test].below,
          restartWhen: `Restart when ${limits[test].name} is above ${limits[test].shown}.`,
        }
      : {
          restartAtLeast: limits[test].below,
          restartWhen: `Restart when ${limits[test].name} is back to ${limits[test].shown} or more.`,
        }),
  }));
}
