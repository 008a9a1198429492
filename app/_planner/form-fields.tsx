"use client";

import type { Control, FieldPath, UseFormRegister } from "react-hook-form";
import { describedBy, Field } from "./field";
import type { FormValues } from "./form-values";

/** The message to show at a form path, if any: the form decides when errors show. */
export type ErrorOf = (path: string) => string | undefined;

/** What every fieldset of the planner form needs from the form. */
export interface FieldsetProps {
  control: Control<FormValues>;
  register: UseFormRegister<FormValues>;
  errorOf: ErrorOf;
}

export /** A date field: the browser's date picker, whose value is yyyy-MM-dd whatever the locale shows. */
function DateField({
  id,
  label,
  path,
  hint,
  register,
  error,
}: {
  id: string;
  label: string;
  path: FieldPath<FormValues>;
  hint?: string;
  register: UseFormRegister<FormValues>;
  error: string | undefined;
}) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      <input type="date" {...describedBy(id, error, hint)} {...register(path)} />
    </Field>
  );
}

/** A clinician-chosen interval: empty means none, so nothing is scheduled or dated from it. */
export function IntervalField({
  name,
  label,
  hint,
  noneLabel,
  groups,
  choiceLabel,
  register,
  error,
}: {
  name: "routineIntervalMonths" | "recheckAfterWeeks";
  label: string;
  hint: string;
  noneLabel: string;
  /** The choices, in labelled groups when `label` is given (e.g. the consensus range). */
  groups: readonly { label?: string; choices: readonly number[] }[];
  choiceLabel: (count: number) => string;
  register: UseFormRegister<FormValues>;
  error: string | undefined;
}) {
  const options = (choices: readonly number[]) =>
    choices.map((count) => (
      <option key={count} value={String(count)}>
        {choiceLabel(count)}
      </option>
    ));
  return (
    <Field id={name} label={label} error={error} hint={hint}>
      <select {...describedBy(name, error, "hint")} {...register(name)}>
        <option value="">{noneLabel}</option>
        {groups.map((group) =>
          group.label ? (
            <optgroup key={group.label} label={group.label}>
              {options(group.choices)}
            </optgroup>
          ) : (
            options(group.choices)
          ),
        )}
      </select>
    </Field>
  );
}
