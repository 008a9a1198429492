import { labTestIds, type LabTestId } from "@/rules/types";
import { analytes } from "./analytes";
import { unitLabel } from "./format";

/** The two ways of writing lab results: conventional (US) units and SI units. */
export const unitSystems = ["conventional", "si"] as const;
export type UnitSystem = (typeof unitSystems)[number];

/**
 * The contract unit of each analyte in each system. Haemoglobin's mmol/L belongs to neither:
 * a lab that reports it is picked in that row's own unit picker.
 */
export const unitOf: Readonly<Record<LabTestId, Readonly<Record<UnitSystem, string>>>> = {
  anc: { conventional: "cells/uL", si: "10^9/L" },
  alc: { conventional: "cells/uL", si: "10^9/L" },
  platelets: { conventional: "cells/uL", si: "10^9/L" },
  wbc: { conventional: "cells/uL", si: "10^9/L" },
  hemoglobin: { conventional: "g/dL", si: "g/L" },
  ldl: { conventional: "mg/dL", si: "mmol/L" },
  hdl: { conventional: "mg/dL", si: "mmol/L" },
  "total-cholesterol": { conventional: "mg/dL", si: "mmol/L" },
  triglycerides: { conventional: "mg/dL", si: "mmol/L" },
  alt: { conventional: "U/L", si: "U/L" },
  ast: { conventional: "U/L", si: "U/L" },
  creatinine: { conventional: "mg/dL", si: "umol/L" },
  ck: { conventional: "U/L", si: "U/L" },
};

/** The analytes a system switch can change: those with more than one unit (not ALT, AST, CK). */
export const switchableTests: readonly LabTestId[] = labTestIds.filter(
  (test) => Object.keys(analytes[test].units).length > 1,
);

/** A lab row as the switch reads it: the text typed and the unit picked. */
export interface TypedResult {
  value: string;
  unit: string;
}

/** What a switch does to a table: the units to set, and the rows kept in the unit they were typed in. */
export interface SystemSwitch {
  changes: { test: LabTestId; unit: string }[];
  kept: { test: LabTestId; unit: string }[];
}

/**
 * The system every switchable row of a table is in; "reference" when each row is in the unit the
 * rules are written in (counts in 10⁹/L, the rest conventional), as a new table starts; else "mixed".
 */
export function unitSystemOf(
  rows: Partial<Record<LabTestId, Pick<TypedResult, "unit">>>,
): UnitSystem | "reference" | "mixed" {
  const inSystem = (system: UnitSystem) => switchableTests.every((test) => rows[test]?.unit === unitOf[test][system]);
  const inReference = switchableTests.every((test) => rows[test]?.unit === analytes[test].referenceUnit);
  return unitSystems.find(inSystem) ?? (inReference ? "reference" : "mixed");
}

/**
 * The unit changes that put a table in `system`. A row that holds a value keeps its unit:
 * changing the unit under a typed number would change what it means (5.2 mmol/L read as
 * 5.2 mg/dL), and nothing typed is converted either.
 */
export function switchUnitSystem(rows: Partial<Record<LabTestId, TypedResult>>, system: UnitSystem): SystemSwitch {
  const result: SystemSwitch = { changes: [], kept: [] };
  for (const test of switchableTests) {
    const row = rows[test];
    const unit = unitOf[test][system];
    if (row === undefined || row.unit === unit) continue;
    if (row.value.trim() === "") result.changes.push({ test, unit });
    else result.kept.push({ test, unit: row.unit });
  }
  return result;
}

/** What a switch did, in words, naming each row kept as typed and why. */
export function systemSwitchNotice(system: UnitSystem, done: SystemSwitch): string {
  const systemName = system === "si" ? "SI" : "conventional";
  const count = done.changes.length;
  const changed =
    count === 0
      ? `No empty row needed a change to ${systemName} units.`
      : `${count} empty row${count === 1 ? "" : "s"} switched to ${systemName} units.`;
  if (done.kept.length === 0) return changed;
  const kept = done.kept.map(({ test, unit }) => `${analytes[test].name} in ${unitLabel(unit)}`).join(", ");
  const why = done.kept.length === 1 ? "it holds a value" : "each holds a value";
  return `${changed} Kept as typed: ${kept} — ${why}; change its own unit if that is wrong.`;
}
