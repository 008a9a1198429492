"use client";

import { useState } from "react";
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
  const [notice, setNotice] = useState("");
  const current = unitSystemOf(rows);

  const choose = (system: UnitSystem) => {
    const done = switchUnitSystem(rows, system);
    for (const { test, unit } of done.changes) setValue(`${path}.${test}.unit`, unit, { shouldDirty: true });
    for (const test of switchableTests) onUnitChange(test, unitOf[test][system]);
    setNotice(systemSwitchNotice(system, done));
  };

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
        {current === "mixed"
          ? "Now mixed: the rows are not all in one system. Each row's own unit picker still works."
          : ""}
      </p>
      <p className="hint" aria-live="polite">
        {notice}
      </p>
    </fieldset>
  );
}
