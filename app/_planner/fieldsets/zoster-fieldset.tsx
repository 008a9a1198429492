"use client";

import { DateField, type FieldsetProps } from "../form-fields";

/** Zoster vaccine doses already given, which the plan counts before scheduling more. */
export function ZosterFieldset({ register, errorOf }: FieldsetProps) {
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
    </fieldset>
  );
}
