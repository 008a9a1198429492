"use client";

import { useWatch, type UseFormSetValue } from "react-hook-form";
import { drugIds, type DrugId } from "@/rules/types";
import { defaultHorizonMonths } from "@/lib/contract/defaults";
import { isWithinConsensusRange } from "@/lib/contract/consensus-range";
import type { DrugChoices } from "@/lib/planner/drug-choices";
import { indicationNames } from "@/lib/words/indications";
import { describedBy, Field } from "../field";
import { DateField, IntervalField, type FieldsetProps } from "../form-fields";
import { defaultsForDrug, type FormValues } from "../form-values";

// The routine intervals offered, split by whether they fall within the consensus follow-up range.
const routineMonths = [1, 2, 3, 4, 6, 12];
const consensusRoutineMonths = routineMonths.filter(isWithinConsensusRange);
const otherRoutineMonths = routineMonths.filter((months) => !isWithinConsensusRange(months));

/** The drug, indication, dose and start, the label to follow and how far ahead to plan. */
export function TreatmentFieldset({
  control,
  register,
  errorOf,
  setValue,
  drugChoices,
}: FieldsetProps & { setValue: UseFormSetValue<FormValues>; drugChoices: DrugChoices }) {
  const [drug, indication, region] = useWatch({ control, name: ["drug", "indication", "labelRegion"] });
  const choice = drugChoices[drug];
  const doses = choice.doses.filter((dose) => dose.indications.some((entry) => entry === indication));
  const drugField = register("drug");
  const indicationField = register("indication");
  return (
    <fieldset>
      <legend>Treatment</legend>
      <Field id="drug" label="Drug" error={errorOf("drug")}>
        <select
          {...describedBy("drug", errorOf("drug"))}
          {...drugField}
          onChange={(event) => {
            void drugField.onChange(event);
            const next = defaultsForDrug(drugChoices, event.target.value as DrugId);
            setValue("indication", next.indication);
            setValue("doseMg", next.doseMg);
            setValue("doseChanges", []);
          }}
        >
          {(["oral", "topical"] as const).map((route) => (
            <optgroup key={route} label={route === "oral" ? "Oral" : "Topical"}>
              {drugIds
                .filter((id) => drugChoices[id].route === route)
                .map((id) => (
                  <option key={id} value={id}>
                    {drugChoices[id].name} ({drugChoices[id].brand})
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </Field>
      <Field id="indication" label="Indication" error={errorOf("indication")}>
        <select
          {...describedBy("indication", errorOf("indication"))}
          {...indicationField}
          onChange={(event) => {
            void indicationField.onChange(event);
            setValue("doseMg", "");
          }}
        >
          {choice.indications.map((entry) => (
            <option key={entry.indication} value={entry.indication}>
              {indicationNames[entry.indication]}
              {entry.region ? ` (${entry.region} only)` : ""}
            </option>
          ))}
        </select>
      </Field>
      {choice.route === "oral" ? (
        <Field id="doseMg" label="Daily dose" error={errorOf("doseMg")}>
          <select {...describedBy("doseMg", errorOf("doseMg"), "hint")} {...register("doseMg")}>
            <option value="">Choose a dose…</option>
            {doses.map((dose) => (
              <option key={dose.doseMg} value={String(dose.doseMg)}>
                {dose.regimen}
              </option>
            ))}
          </select>
          {/* What each dose is for, read whole under the box: in the box it was cut on every screen. */}
          <ul className="hint dose-uses" id="doseMg-hint">
            {doses.map((dose) => (
              <li key={dose.doseMg}>
                {dose.regimen}: {dose.use}
              </li>
            ))}
          </ul>
        </Field>
      ) : (
        <p className="hint">Topical: no daily dose to enter.</p>
      )}
      <DateField
        id="startDate"
        label="Start date (first dose)"
        path="startDate"
        register={register}
        error={errorOf("startDate")}
      />
      <fieldset className="inline" aria-describedby="labelRegion-hint">
        <legend>Label to follow where US and EU differ</legend>
        <label>
          <input type="radio" value="US" {...register("labelRegion")} /> US prescribing information
        </label>
        <label>
          <input type="radio" value="EU" {...register("labelRegion")} /> EU SmPC
        </label>
        <p className="hint" id="labelRegion-hint">
          {region === "" || region === undefined
            ? "Not chosen yet: the plan applies the stricter of both labels where they differ."
            : " "}
        </p>
      </fieldset>
      <Field id="horizonMonths" label="Plan for (months)" error={errorOf("horizonMonths")}>
        <input
          inputMode="numeric"
          // Also in the server-rendered form, which a text field would otherwise show empty
          // until the script runs. (The region's radios cannot do the same: react-hook-form
          // reads a radio with a default checked state from the page on every reset.)
          defaultValue={String(defaultHorizonMonths)}
          {...describedBy("horizonMonths", errorOf("horizonMonths"))}
          {...register("horizonMonths")}
        />
      </Field>
      {/* The whole width, and a short "none": the chosen interval is read whole, on a phone too. */}
      <IntervalField
        name="routineIntervalMonths"
        label="Routine repeat labs"
        hint="Labels say “routine patient management”; choose the interval. Not chosen, the plan and the printout say the clinic arranges them."
        noneLabel="Not scheduled (clinic arranges)"
        groups={[
          {
            label: "First repeat 4–12 weeks after the start (Kirchhof 2024 consensus)",
            choices: consensusRoutineMonths,
          },
          { label: "Other intervals", choices: otherRoutineMonths },
        ]}
        choiceLabel={(months) => `Every ${months} month${months === 1 ? "" : "s"}`}
        register={register}
        error={errorOf("routineIntervalMonths")}
      />
    </fieldset>
  );
}
