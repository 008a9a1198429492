"use client";

import type { UseFormSetValue } from "react-hook-form";
import type { LabTestId } from "@/rules/types";
import { describedBy, Field } from "../field";
import { DateField, type FieldsetProps } from "../form-fields";
import type { FormValues } from "../form-values";
import { LabTable } from "../lab-table";

/** The baseline labs: the day they were drawn, how long a baseline counts, and the values. */
export function BaselineLabsFieldset({
  control,
  register,
  setValue,
  errorOf,
  onUnitChange,
}: FieldsetProps & {
  setValue: UseFormSetValue<FormValues>;
  onUnitChange: (test: LabTestId, unit: string) => void;
}) {
  return (
    <fieldset>
      <legend>Baseline labs</legend>
      <div className="row">
        <DateField
          id="labsDate"
          label="Drawn on"
          path="labsDate"
          hint="On or before the start date. Leave a value empty if not done; give a value drawn on another day its own date."
          register={register}
          error={errorOf("labsDate")}
        />
        <Field
          id="baselineWindowDays"
          label="Baseline counts for (days)"
          error={errorOf("baselineWindowDays")}
          hint="Your clinic's setting, not a label's: older baseline results must be repeated."
        >
          <input
            inputMode="numeric"
            autoComplete="off"
            {...describedBy("baselineWindowDays", errorOf("baselineWindowDays"), "hint")}
            {...register("baselineWindowDays")}
          />
        </Field>
      </div>
      <LabTable
        register={register}
        control={control}
        setValue={setValue}
        errorOf={errorOf}
        onUnitChange={onUnitChange}
        path="labs"
        idPrefix="lab"
        caption="Baseline lab values and units"
        ownDates
      />
    </fieldset>
  );
}
