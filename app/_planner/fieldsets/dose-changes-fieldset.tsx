"use client";

import { useFieldArray, useWatch } from "react-hook-form";
import type { DrugChoices } from "@/lib/planner/drug-choices";
import { describedBy, Field } from "../field";
import { DateField, type FieldsetProps } from "../form-fields";

/** Dose changes and interruptions after the start (oral drugs only). */
export function DoseChangesFieldset({
  control,
  register,
  errorOf,
  drugChoices,
}: FieldsetProps & { drugChoices: DrugChoices }) {
  const [drug, indication] = useWatch({ control, name: ["drug", "indication"] });
  const doses = drugChoices[drug].doses.filter((dose) => dose.indications.some((entry) => entry === indication));
  const doseChanges = useFieldArray({ control, name: "doseChanges" });
  return (
    <fieldset>
      <legend>Dose changes after the start</legend>
      {doseChanges.fields.map((change, index) => (
        <div className="row" key={change.id}>
          <DateField
            id={`doseChange-${index}-date`}
            label={`Change ${index + 1}: date`}
            path={`doseChanges.${index}.date`}
            register={register}
            error={errorOf(`doseChanges.${index}.date`)}
          />
          <Field id={`doseChange-${index}-dose`} label="New daily dose" error={errorOf(`doseChanges.${index}.doseMg`)}>
            <select
              {...describedBy(`doseChange-${index}-dose`, errorOf(`doseChanges.${index}.doseMg`))}
              {...register(`doseChanges.${index}.doseMg`)}
            >
              <option value="">Choose the new dose</option>
              <option value="0">Interrupted (0 mg)</option>
              {doses.map((dose) => (
                <option key={dose.doseMg} value={String(dose.doseMg)}>
                  {dose.regimen}
                </option>
              ))}
            </select>
          </Field>
          <button type="button" className="link-button" onClick={() => doseChanges.remove(index)}>
            Remove change {index + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        // Neither the date nor the dose is filled in for the user: an untouched row is refused, not guessed.
        onClick={() => doseChanges.append({ date: "", doseMg: "" })}
      >
        Add a dose change
      </button>
    </fieldset>
  );
}
