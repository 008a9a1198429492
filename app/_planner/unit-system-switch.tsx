"use client";

import { useEffect, useState } from "react";
import { useWatch, type Control, type UseFormSetValue } from "react-hook-form";
import type { LabTestId } from "@/rules/types";
import {
  switchableTests,
  switchUnitSystem,
  systemSwitchNotice,
  unitOf,
  unitSystemOf,
  type UnitSystem,
} from "@/lib/units/unit-systems";
import type { FormValues } from "./form-values";

const choices: readonly { system: UnitSystem; label: string }[] = [
  { system: "si", label: "SI" },
  { system: "conventional", label: "Conventional" },
];

/** What the table's units are, when no radio says it. */
const stateWords: Readonly<Record<ReturnType<typeof unitSystemOf>, string>> = {
  si: "",
  conventional: "",
  reference:
    "Each row starts in the unit the rules use: cell counts in ×10⁹/L, the rest in conventional units. Choose one above to put every empty row in it; each row's own unit picker still works.",
  mixed:
    "Mixed: some rows in SI units, some in conventional ones. Choose one above to put every empty row in it; each row's own unit picker still works.",
};

/** The units of a table's switchable rows, as one comparable text. */
function unitsOf(unitOfRow: (test: LabTestId) => string | undefined): string {
  return switchableTests.map((test) => unitOfRow(test) ?? "").join("|");
}

/**
 * One switch for a whole lab table: it sets every empty row to the system's unit and leaves a
 * row that holds a value as typed, saying so. The system becomes every analyte's remembered
 * unit, so the next table starts in it. Its own component, so typing in the table re-renders
 * only this switch.
 */
export function UnitSystemSwitch({
  control,
  setValue,
  onUnitChange,
  path,
  idPrefix,
}: {
  control: Control<FormValues>;
  setValue: UseFormSetValue<FormValues>;
  onUnitChange: (test: LabTestId, unit: string) => void;
  path: "labs" | `followUps.${number}.labs`;
  idPrefix: string;
}) {
  const rows = useWatch({ control, name: path });
  // What the last switch did, said only while the table's units are as it left them: once a
  // row's own picker changes a unit, "kept as typed: LDL in mg/dL" may no longer be true.
  const [notice, setNotice] = useState<{ text: string; units: string } | null>(null);
  const current = unitSystemOf(rows);

  const choose = (system: UnitSystem) => {
    const done = switchUnitSystem(rows, system);
    for (const { test, unit } of done.changes) setValue(`${path}.${test}.unit`, unit, { shouldDirty: true });
    for (const test of switchableTests) onUnitChange(test, unitOf[test][system]);
    const switched = new Map(done.changes.map(({ test, unit }) => [test, unit]));
    setNotice({
      text: systemSwitchNotice(system, done),
      units: unitsOf((test) => switched.get(test) ?? rows[test]?.unit),
    });
  };
  const unitsNow = unitsOf((test) => rows[test]?.unit);
  const noticeHolds = notice !== null && notice.units === unitsNow;
  // Once untrue, the note is dropped, so changing a unit back does not bring an old note back.
  useEffect(() => {
    if (notice !== null && !noticeHolds) setNotice(null);
  }, [notice, noticeHolds]);
  const shownNotice = noticeHolds ? notice.text : "";

  return (
    <fieldset className="inline unit-system no-print" aria-describedby={`${idPrefix}-unit-system-state`}>
      <legend>Units for the whole table</legend>
      {choices.map(({ system, label }) => (
        <label key={system}>
          <input
            type="radio"
            name={`${idPrefix}-unit-system`}
            value={system}
            checked={current === system}
            onChange={() => choose(system)}
          />{" "}
          {label}
        </label>
      ))}
      <p className="hint unit-system-state" id={`${idPrefix}-unit-system-state`}>
        {stateWords[current]}
      </p>
      <p className="hint" aria-live="polite">
        {shownNotice}
      </p>
    </fieldset>
  );
}
