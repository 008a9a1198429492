/**
 * Boundary pairs for the do-not-start limits: for each limit, a value just below, one at
 * and one just above it, in every unit the contract accepts for the analyte. Values below
 * must give exactly the expected findings for that analyte; values at or above, none.
 */
import { describe, expect, it } from "vitest";
import type { Plan } from "@/lib/contract/plan";
import type { DrugId, LabelRegion, LabTestId } from "@/rules/types";
import { cleanRequest, plan, withBaselineLab } from "./requests";

type Value = readonly [number, string];

export interface StartThresholdTable {
  /** The analyte as case names read it: "platelets", "ANC". */
  analyte: string;
  /** What the table covers, for the describe block: "US limit 1,000 cells/µL". */
  title: string;
  test: LabTestId;
  labelRegion: LabelRegion;
  below: readonly Value[];
  at: readonly Value[];
  above: readonly Value[];
  /** The findings on this analyte for a value below the limit, as "action ruleId". */
  expectBelow: readonly string[];
  /** The findings on this analyte at or above the limit (default: none). */
  expectAtOrAbove?: readonly string[];
}

const unitNames: Readonly<Record<string, string>> = { "cells/uL": "cells/µL", "10^9/L": "×10⁹/L", "umol/L": "µmol/L" };

/** "149,999 cells/µL": a value as a case name reads it. */
export function caseQuantity(value: number, unit: string): string {
  return `${value.toLocaleString("en-US", { maximumFractionDigits: 4 })} ${unitNames[unit] ?? unit}`;
}

/** The start-limit findings on one analyte: do-not-start, the other region's info, or missing. */
export function startFindings(p: Plan, test: LabTestId): string[] {
  return p.findings
    .filter((finding) => finding.test === test && ["do-not-start", "info", "missing"].includes(finding.action))
    .map((finding) => `${finding.action} ${finding.ruleId}`);
}

function summary(expected: readonly string[]): string {
  if (expected.some((key) => key.startsWith("do-not-start "))) return "do-not-start";
  if (expected.some((key) => key.startsWith("info "))) return "no do-not-start (other region's limit shown as info)";
  return "no do-not-start";
}

export function describeStartThresholds(drug: DrugId, tables: readonly StartThresholdTable[]): void {
  const titled = tables.map(
    (table) => [`${drug} start limit, ${table.analyte}: ${table.title} (${table.labelRegion} label)`, table] as const,
  );
  describe.each(titled)("%s", (_title, table) => {
    const rows = [
      ...table.below.map(([value, unit]) => ({ value, unit, where: "below the limit", expected: table.expectBelow })),
      ...table.at.map(([value, unit]) => ({
        value,
        unit,
        where: "at the limit",
        expected: table.expectAtOrAbove ?? [],
      })),
      ...table.above.map(([value, unit]) => ({
        value,
        unit,
        where: "above the limit",
        expected: table.expectAtOrAbove ?? [],
      })),
    ].map((row) => ({
      ...row,
      name: `${drug} ${table.analyte} ${caseQuantity(row.value, row.unit)}, ${row.where} → ${summary(row.expected)}`,
    }));

    it.each(rows.map((row) => [row.name, row] as const))("%s", (_name, { value, unit, expected }) => {
      const p = plan(withBaselineLab(cleanRequest(drug, { labelRegion: table.labelRegion }), table.test, value, unit));
      expect(startFindings(p, table.test)).toEqual(expected);
      if (expected.some((key) => key.startsWith("do-not-start"))) {
        expect(p.findings[0]?.action).toBe("do-not-start");
      }
    });
  });
}
