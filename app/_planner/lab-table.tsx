"use client";

import type { Control, UseFormRegister, UseFormSetValue } from "react-hook-form";
import type { LabTestId } from "@/rules/types";
import { analytes } from "@/lib/units/analytes";
import { unitLabel } from "@/lib/units/format";
import type { FormValues } from "./form-values";
import { UnitSystemSwitch } from "./unit-system-switch";

/** Every lab of the contract, grouped as a lab report groups them. */
export const labGroups: { title: string; tests: LabTestId[] }[] = [
  { title: "Blood count", tests: ["platelets", "anc", "alc", "wbc", "hemoglobin"] },
  { title: "Lipids", tests: ["ldl", "hdl", "total-cholesterol", "triglycerides"] },
  { title: "Liver, kidney, muscle", tests: ["alt", "ast", "creatinine", "ck"] },
];

/**
 * A lab table: a value and a unit picker per analyte, under one SI / conventional switch for
 * the whole table; the chosen unit is remembered.
 */
export function LabTable({
  register,
  control,
  setValue,
  errorOf,
  onUnitChange,
  path,
  idPrefix,
  caption,
  ownDates = false,
}: {
  register: UseFormRegister<FormValues>;
  control: Control<FormValues>;
  setValue: UseFormSetValue<FormValues>;
  /** The message to show at a field path, if any (the form decides when errors show). */
  errorOf: (path: string) => string | undefined;
  onUnitChange: (test: LabTestId, unit: string) => void;
  /** Where the rows live in the form: "labs" for baseline, "followUps.N.labs" for a visit. */
  path: "labs" | `followUps.${number}.labs`;
  /** Makes element ids unique when several tables are on the page. */
  idPrefix: string;
  caption: string;
  /** Baseline: a value drawn on another day than the table's may carry its own date. */
  ownDates?: boolean;
}) {
  const columns = ownDates ? 5 : 4;
  return (
    <>
      <UnitSystemSwitch
        control={control}
        setValue={setValue}
        onUnitChange={onUnitChange}
        path={path}
        idPrefix={idPrefix}
      />
      <div className="table-scroll">
        <table className="lab-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Test</th>
              <th scope="col">Value</th>
              <th scope="col">Unit</th>
              <th scope="col">Upper limit of normal</th>
              {ownDates ? <th scope="col">Date, if not the day above</th> : null}
            </tr>
          </thead>
          {labGroups.map((group) => (
            <tbody key={group.title}>
              <tr className="lab-group">
                <th colSpan={columns} scope="colgroup">
                  {group.title}
                </th>
              </tr>
              {group.tests.map((test) => {
                const table = analytes[test];
                const valueError = errorOf(`${path}.${test}.value`);
                const unitError = errorOf(`${path}.${test}.unit`);
                const ulnError = errorOf(`${path}.${test}.uln`);
                const dateError = ownDates ? errorOf(`${path}.${test}.date`) : undefined;
                const error = valueError ?? unitError ?? ulnError ?? dateError;
                const units = Object.keys(table.units);
                const unitField = register(`${path}.${test}.unit`);
                return (
                  <tr key={test} className={error ? "row-invalid" : undefined}>
                    <th scope="row">
                      <label htmlFor={`${idPrefix}-${test}`}>{table.name}</label>
                      <p className="field-error" id={`${idPrefix}-${test}-error`} role="alert">
                        {error ?? ""}
                      </p>
                    </th>
                    <td data-label="Value">
                      <input
                        id={`${idPrefix}-${test}`}
                        inputMode="decimal"
                        autoComplete="off"
                        aria-invalid={valueError ? true : undefined}
                        aria-describedby={`${idPrefix}-${test}-error`}
                        {...register(`${path}.${test}.value`)}
                      />
                    </td>
                    <td data-label="Unit">
                      {units.length === 1 ? (
                        <span className="single-unit">{unitLabel(units[0] ?? "")}</span>
                      ) : (
                        <select
                          aria-label={`${table.name} unit`}
                          aria-invalid={unitError ? true : undefined}
                          {...unitField}
                          onChange={(event) => {
                            void unitField.onChange(event);
                            onUnitChange(test, event.target.value);
                          }}
                        >
                          {units.map((unit) => (
                            <option key={unit} value={unit}>
                              {unitLabel(unit)}
                            </option>
                          ))}
                        </select>
                      )}
                    </td>
                    <td data-label={table.acceptsUln ? "Upper limit of normal" : undefined}>
                      {table.acceptsUln ? (
                        <input
                          aria-label={`${table.name} upper limit of normal (U/L)`}
                          inputMode="decimal"
                          autoComplete="off"
                          aria-invalid={ulnError ? true : undefined}
                          {...register(`${path}.${test}.uln`)}
                        />
                      ) : null}
                    </td>
                    {ownDates ? (
                      <td data-label="Date, if not the day above">
                        <input
                          type="date"
                          aria-label={`${table.name} date, if not the day above`}
                          aria-invalid={dateError ? true : undefined}
                          {...register(`${path}.${test}.date`)}
                        />
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          ))}
        </table>
      </div>
    </>
  );
}
