"use client";

import { useFieldArray } from "react-hook-form";
import { describedBy, Field } from "../field";
import { DateField, type FieldsetProps } from "../form-fields";
import { zosterVaccineIds, zosterVaccineNames } from "@/lib/words/zoster-vaccines";

/** The zoster vaccines as a picker's options (the planner's extra doses, the register's visit). */
export function ZosterVaccineOptions() {
  return zosterVaccineIds.map((vaccine) => (
    <option key={vaccine} value={vaccine}>
      {zosterVaccineNames[vaccine]}
    </option>
  ));
}

/** Zoster vaccine doses already given, which the plan counts before scheduling more. */
export function ZosterFieldset({ control, register, errorOf }: FieldsetProps) {
  const others = useFieldArray({ control, name: "otherZoster" });
  return (
    <fieldset>
      <legend>Zoster vaccine already given</legend>
      <div className="row">
        <DateField
          id="rzvDose1"
          label="Recombinant (Shingrix) dose 1"
          path="zoster.rzvDose1"
          register={register}
          error={errorOf("zoster.rzvDose1")}
        />
        <DateField
          id="rzvDose2"
          label="Recombinant dose 2"
          path="zoster.rzvDose2"
          register={register}
          error={errorOf("zoster.rzvDose2")}
        />
        <DateField
          id="zvl"
          label="Live zoster vaccine (Zostavax)"
          path="zoster.zvl"
          register={register}
          error={errorOf("zoster.zvl")}
        />
      </div>
      {others.fields.map((dose, index) => (
        <div className="row" key={dose.id}>
          <Field id={`otherZoster-${index}-vaccine`} label={`Other dose ${index + 1}: vaccine`}>
            <select
              {...describedBy(`otherZoster-${index}-vaccine`, undefined)}
              {...register(`otherZoster.${index}.vaccine`)}
            >
              <ZosterVaccineOptions />
            </select>
          </Field>
          <DateField
            id={`otherZoster-${index}-date`}
            label="Date"
            path={`otherZoster.${index}.date`}
            register={register}
            error={errorOf(`otherZoster.${index}.date`)}
          />
          <button type="button" className="link-button" onClick={() => others.remove(index)}>
            Remove other dose {index + 1}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => others.append({ vaccine: "rzv", date: "" })}>
        Add another zoster dose
      </button>
    </fieldset>
  );
}
