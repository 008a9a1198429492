"use client";

import { memo } from "react";
import {
  get,
  useFieldArray,
  useFormState,
  useWatch,
  type FieldPath,
  type UseFormRegister,
  type UseFormReturn,
} from "react-hook-form";
import {
  antiplateletTherapies,
  drugIds,
  hepaticImpairmentGrades,
  interactingMedicineIds,
  riskFactorIds,
  screeningInterpretations,
  type DrugId,
  type LabTestId,
} from "@/rules/types";
import { defaultsForDrug, emptyLabRows, screenedTests, type FormValues, type UnitPreferences } from "./form-values";
import { describedBy, Field } from "./field";
import { ClinicSettingsFieldset } from "./clinic-settings-fieldset";
import { LabTable } from "./lab-table";
import { indicationNames } from "@/lib/words/indications";
import { defaultHorizonMonths } from "@/lib/contract/defaults";
import { isWithinConsensusRange } from "@/lib/plan";
import type { DrugChoices } from "@/lib/planner/drug-choices";
import {
  antiplateletNames,
  hepaticImpairmentNames,
  interactingMedicineWords,
  riskFactorNames,
} from "@/lib/words/patient-facts";
import { screeningFormLabels, screeningReadingNames } from "@/lib/words/screening";
import { sentenceCase } from "@/lib/units/format";

// The routine intervals offered, split by whether they fall within the consensus follow-up range.
const routineMonths = [1, 2, 3, 4, 6, 12];
const consensusRoutineMonths = routineMonths.filter(isWithinConsensusRange);
const otherRoutineMonths = routineMonths.filter((months) => !isWithinConsensusRange(months));

/** A date field: the browser's date picker, whose value is yyyy-MM-dd whatever the locale shows. */
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

/** A genotype the clinician may not know: "unknown" is a real answer, not a missing one. */
function PoorMetabolizerField({
  id,
  label,
  path,
  register,
  error,
}: {
  id: string;
  label: string;
  path: "patient.cyp2c19PoorMetabolizer" | "patient.cyp2c9PoorMetabolizer";
  register: UseFormRegister<FormValues>;
  error: string | undefined;
}) {
  return (
    <Field id={id} label={label} error={error}>
      <select {...describedBy(id, error)} {...register(path)}>
        <option value="unknown">Unknown</option>
        <option value="no">No</option>
        <option value="yes">Yes</option>
      </select>
    </Field>
  );
}

/** A clinician-chosen interval: empty means none, so nothing is scheduled or dated from it. */
function IntervalField({
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

/**
 * The request form. Memoised, and subscribed itself to the few values it shows (drug,
 * indication) and to the errors, so the planner's re-renders as the plan changes pass it by.
 */
export const PlanForm = memo(function PlanForm({
  form,
  drugChoices,
  onUnitChange,
  unitPreferences,
  nextVisitDate,
}: {
  form: UseFormReturn<FormValues>;
  drugChoices: DrugChoices;
  onUnitChange: (test: LabTestId, unit: string) => void;
  unitPreferences: () => UnitPreferences;
  /** The first lab visit still to be done, offered as the date of the next results entered. */
  nextVisitDate: string | undefined;
}) {
  const { register, setValue, control } = form;
  const { errors, touchedFields } = useFormState({ control });
  // A field's error shows once the field has been left. react-hook-form checks a whole list
  // when a row is added, so without this an empty new row would open with errors, and its
  // message vanishing as it is filled in moved the "Add" button from under the next click.
  const errorOf = (path: string): string | undefined =>
    get(touchedFields, path) ? (get(errors, path) as { message?: string } | undefined)?.message : undefined;
  const [drug, indication, region, sex, screening] = useWatch({
    control,
    name: ["drug", "indication", "labelRegion", "patient.sex", "screening"],
  });
  const choice = drugChoices[drug];
  const doses = choice.doses.filter((dose) => dose.indications.some((entry) => entry === indication));
  const doseChanges = useFieldArray({ control, name: "doseChanges" });
  const followUps = useFieldArray({ control, name: "followUps" });
  const drugField = register("drug");
  const indicationField = register("indication");

  return (
    <form className="plan-form" noValidate onSubmit={(event) => event.preventDefault()} aria-label="Plan request">
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
            <select {...describedBy("doseMg", errorOf("doseMg"))} {...register("doseMg")}>
              <option value="">Choose a dose…</option>
              {doses.map((dose) => (
                <option key={dose.doseMg} value={String(dose.doseMg)}>
                  {dose.regimen} — {dose.use}
                </option>
              ))}
            </select>
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
        <div className="row">
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
          <IntervalField
            name="routineIntervalMonths"
            label="Routine repeat labs"
            hint="Labels say “routine patient management”; choose the interval. Not chosen, the plan and the printout say the clinic arranges them."
            noneLabel="Not scheduled (the clinic arranges them)"
            groups={[
              { label: "Consensus range, 4–12 weeks (Kirchhof 2024)", choices: consensusRoutineMonths },
              { label: "Other intervals", choices: otherRoutineMonths },
            ]}
            choiceLabel={(months) => `Every ${months} month${months === 1 ? "" : "s"}`}
            register={register}
            error={errorOf("routineIntervalMonths")}
          />
        </div>
      </fieldset>
      <ClinicSettingsFieldset register={register} errorOf={errorOf} />

      <fieldset>
        <legend>Patient</legend>
        <div className="row">
          <Field id="ageYears" label="Age (years)" error={errorOf("patient.ageYears")}>
            <input
              inputMode="numeric"
              autoComplete="off"
              {...describedBy("ageYears", errorOf("patient.ageYears"))}
              {...register("patient.ageYears")}
            />
          </Field>
          <Field id="sex" label="Sex" error={errorOf("patient.sex")}>
            <select {...describedBy("sex", errorOf("patient.sex"))} {...register("patient.sex")}>
              <option value="">Choose…</option>
              <option value="female">Female</option>
              <option value="male">Male</option>
            </select>
          </Field>
          <Field id="smoking" label="Smoking" error={errorOf("patient.smoking")}>
            <select {...describedBy("smoking", errorOf("patient.smoking"))} {...register("patient.smoking")}>
              <option value="">Not recorded</option>
              <option value="never">Never</option>
              <option value="former">Former</option>
              <option value="current">Current</option>
            </select>
          </Field>
        </div>
        <fieldset className="inline">
          <legend>Pregnancy</legend>
          {sex === "male" ? null : (
            <Field id="canBecomePregnant" label="Can become pregnant?" error={errorOf("patient.canBecomePregnant")}>
              <select
                {...describedBy("canBecomePregnant", errorOf("patient.canBecomePregnant"))}
                {...register("patient.canBecomePregnant")}
              >
                <option value="">Not answered</option>
                <option value="yes">Yes</option>
                <option value="no">No</option>
                <option value="unknown">Unknown</option>
              </select>
            </Field>
          )}
          <label>
            <input type="checkbox" {...register("patient.pregnant")} aria-describedby="pregnant-error" /> Pregnant
          </label>
          <label>
            <input type="checkbox" {...register("patient.breastfeeding")} /> Breastfeeding
          </label>
          <p className="field-error" id="pregnant-error" role="alert">
            {errorOf("patient.pregnant") ?? ""}
          </p>
        </fieldset>
        <fieldset className="inline">
          <legend>Risk factors</legend>
          {riskFactorIds.map((factor) => (
            <label key={factor}>
              <input type="checkbox" value={factor} {...register("patient.riskFactors")} />{" "}
              {sentenceCase(riskFactorNames[factor])}
            </label>
          ))}
        </fieldset>
        <div className="row">
          <Field id="egfr" label="eGFR (mL/min/1.73 m²)" error={errorOf("patient.egfr")}>
            <input
              inputMode="decimal"
              autoComplete="off"
              {...describedBy("egfr", errorOf("patient.egfr"))}
              {...register("patient.egfr")}
            />
          </Field>
          <Field
            id="crclMlMin"
            label="Creatinine clearance (mL/min)"
            error={errorOf("patient.crclMlMin")}
            hint="Left empty, it is calculated (Cockcroft–Gault) from the weight and the latest creatinine."
          >
            <input
              inputMode="decimal"
              autoComplete="off"
              {...describedBy("crclMlMin", errorOf("patient.crclMlMin"), "hint")}
              {...register("patient.crclMlMin")}
            />
          </Field>
          <Field id="weightKg" label="Weight (kg)" error={errorOf("patient.weightKg")}>
            <input
              inputMode="decimal"
              autoComplete="off"
              {...describedBy("weightKg", errorOf("patient.weightKg"))}
              {...register("patient.weightKg")}
            />
          </Field>
        </div>
        <div className="row">
          <Field id="hepaticImpairment" label="Hepatic impairment" error={errorOf("patient.hepaticImpairment")}>
            <select
              {...describedBy("hepaticImpairment", errorOf("patient.hepaticImpairment"))}
              {...register("patient.hepaticImpairment")}
            >
              <option value="">Not assessed</option>
              {hepaticImpairmentGrades.map((grade) => (
                <option key={grade} value={grade}>
                  {sentenceCase(hepaticImpairmentNames[grade])}
                </option>
              ))}
            </select>
          </Field>
          <Field id="antiplatelet" label="Antiplatelet therapy" error={errorOf("patient.antiplatelet")}>
            <select
              {...describedBy("antiplatelet", errorOf("patient.antiplatelet"))}
              {...register("patient.antiplatelet")}
            >
              <option value="">Not recorded</option>
              {antiplateletTherapies.map((therapy) => (
                <option key={therapy} value={therapy}>
                  {sentenceCase(antiplateletNames[therapy])}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <div className="row">
          <PoorMetabolizerField
            id="cyp2c19"
            label="CYP2C19 poor metabolizer"
            path="patient.cyp2c19PoorMetabolizer"
            register={register}
            error={errorOf("patient.cyp2c19PoorMetabolizer")}
          />
          <PoorMetabolizerField
            id="cyp2c9"
            label="CYP2C9 poor metabolizer"
            path="patient.cyp2c9PoorMetabolizer"
            register={register}
            error={errorOf("patient.cyp2c9PoorMetabolizer")}
          />
        </div>
        <fieldset className="medicines" aria-describedby="medicines-hint">
          <legend>Other medicines that change the dose</legend>
          <p className="hint" id="medicines-hint">
            The labels lower the dose or advise against some medicines. Fluconazole belongs to several groups: tick each
            that applies.
          </p>
          <label>
            <input type="checkbox" {...register("patient.medicinesReviewed")} /> Medicines reviewed (nothing ticked
            below means none of these)
          </label>
          <ul className="medicine-list">
            {interactingMedicineIds.map((medicine) => (
              <li key={medicine}>
                <label>
                  <input type="checkbox" value={medicine} {...register("patient.interactingMedicines")} />{" "}
                  {sentenceCase(interactingMedicineWords[medicine].name)}{" "}
                  <span className="hint">(e.g. {interactingMedicineWords[medicine].examples})</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      </fieldset>

      <fieldset>
        <legend>Baseline labs</legend>
        <div className="row">
          <DateField
            id="labsDate"
            label="Drawn on"
            path="labsDate"
            hint="On or before the start date. Leave a value empty if not done."
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
          errorOf={errorOf}
          onUnitChange={onUnitChange}
          path="labs"
          idPrefix="lab"
          caption="Baseline lab values and units"
        />
      </fieldset>

      <fieldset>
        <legend>Screening</legend>
        {screenedTests.map((test) => (
          <div className="row" key={test}>
            <Field
              id={`screening-${test}`}
              label={screeningFormLabels[test]}
              error={errorOf(`screening.${test}.result`)}
            >
              <select
                {...describedBy(`screening-${test}`, errorOf(`screening.${test}.result`))}
                {...register(`screening.${test}.result`)}
              >
                <option value="">Not done</option>
                <option value="negative">Negative</option>
                <option value="positive">Positive</option>
                <option value="indeterminate">Indeterminate</option>
              </select>
            </Field>
            <DateField
              id={`screening-${test}-date`}
              label="Date"
              path={`screening.${test}.date`}
              register={register}
              error={errorOf(`screening.${test}.date`)}
            />
            {test !== "pregnancy" && screening?.[test]?.result === "positive" ? (
              <Field
                id={`screening-${test}-interpretation`}
                label="Assessed as"
                error={errorOf(`screening.${test}.interpretation`)}
              >
                <select
                  {...describedBy(`screening-${test}-interpretation`, errorOf(`screening.${test}.interpretation`))}
                  {...register(`screening.${test}.interpretation`)}
                >
                  <option value="">Not yet assessed</option>
                  {screeningInterpretations[test].map((reading) => (
                    <option key={reading} value={reading}>
                      {sentenceCase(screeningReadingNames[reading])}
                    </option>
                  ))}
                </select>
              </Field>
            ) : null}
            {test === "tb" && screening?.tb?.result === "positive" && screening.tb.interpretation === "latent" ? (
              <DateField
                id="screening-tb-preventive"
                label="Preventive treatment started"
                path="screening.tb.preventiveTreatmentStarted"
                register={register}
                error={errorOf("screening.tb.preventiveTreatmentStarted")}
              />
            ) : null}
          </div>
        ))}
      </fieldset>

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

      {choice.route === "oral" ? (
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
              <Field
                id={`doseChange-${index}-dose`}
                label="New daily dose"
                error={errorOf(`doseChanges.${index}.doseMg`)}
              >
                <select
                  {...describedBy(`doseChange-${index}-dose`, errorOf(`doseChanges.${index}.doseMg`))}
                  {...register(`doseChanges.${index}.doseMg`)}
                >
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
            onClick={() => doseChanges.append({ date: "", doseMg: doses.at(-1) ? String(doses.at(-1)?.doseMg) : "0" })}
          >
            Add a dose change
          </button>
        </fieldset>
      ) : null}
    </form>
  );
});
