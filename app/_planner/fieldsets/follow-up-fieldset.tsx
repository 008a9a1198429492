"use client";

import { useFieldArray, type UseFormSetValue } from "react-hook-form";
import type { LabTestId } from "@/rules/types";
import { DateField, IntervalField, type FieldsetProps } from "../form-fields";
import { emptyLabRows, type FormValues, type UnitPreferences } from "../form-values";
import { LabTable } from "../lab-table";

/** Today's date, the recheck interval, and the results of visits after the start. */
export function FollowUpFieldset({
  control,
  register,
  setValue,
  errorOf,
  onUnitChange,
  unitPreferences,
  nextVisitDate,
}: FieldsetProps & {
  setValue: UseFormSetValue<FormValues>;
  onUnitChange: (test: LabTestId, unit: string) => void;
  unitPreferences: () => UnitPreferences;
  /** The first lab visit still to be done, offered as the date of the next results entered. */
  nextVisitDate: string | undefined;
}) {
  const followUps = useFieldArray({ control, name: "followUps" });
  return (
    <fieldset>
      <legend>Follow-up</legend>
      <div className="row">
        <DateField
          id="asOf"
          label="Today (as of)"
          path="asOf"
          hint="Visits on or before this date without a result show as overdue."
          register={register}
          error={errorOf("asOf")}
        />
        <IntervalField
          name="recheckAfterWeeks"
          label="Recheck a low result after"
          hint="Your clinic's choice: the labels give no recheck interval."
          noneLabel="Not dated"
          groups={[{ choices: [1, 2, 3, 4, 6, 8] }]}
          choiceLabel={(weeks) => `${weeks} week${weeks === 1 ? "" : "s"}`}
          register={register}
          error={errorOf("recheckAfterWeeks")}
        />
      </div>
      {followUps.fields.map((visit, index) => (
        <fieldset key={visit.id} className="visit-results">
          <legend>Results of visit {index + 1}</legend>
          <DateField
            id={`followUp-${index}-date`}
            label="Date of the results"
            path={`followUps.${index}.date`}
            register={register}
            error={errorOf(`followUps.${index}.date`)}
          />
          <LabTable
            register={register}
            control={control}
            setValue={setValue}
            errorOf={errorOf}
            onUnitChange={onUnitChange}
            path={`followUps.${index}.labs`}
            idPrefix={`followup-${index}`}
            caption={`Results of visit ${index + 1}`}
          />
          <button type="button" className="link-button" onClick={() => followUps.remove(index)}>
            Remove the results of visit {index + 1}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        onClick={() => followUps.append({ date: nextVisitDate ?? "", labs: emptyLabRows(unitPreferences()) })}
      >
        Record a visit&apos;s results
      </button>
    </fieldset>
  );
}
