"use client";

import { memo, Suspense } from "react";
import { get, useFieldArray, useFormState, useWatch, type UseFormRegister, type UseFormReturn } from "react-hook-form";
import { drugRules } from "@/rules";
import { drugIds, riskFactorIds, type DrugId, type LabTestId } from "@/rules/types";
import { defaultsForDrug, emptyLabRows, screenedTests, type FormValues, type UnitPreferences } from "./form-values";
import { describedBy, Field } from "./field";
import { LabTable } from "./lab-table";
import { indicationNames } from "@/lib/explorer/indication-names";


const riskFactorNames: Readonly<Record<string, string>> = {
  "cardiovascular-disease": "Cardiovascular disease",
  "vte-history": "History of VTE",
  "malignancy-history": "History of malignancy",
  diabetes: "Diabetes",
  hypertension: "Hypertension",
  dyslipidemia: "Dyslipidaemia",
  "chronic-liver-disease": "Chronic liver disease",
  immunosuppressed: "Immunosuppressed",
};

const screeningNames: Readonly<Record<(typeof screenedTests)[number], string>> = {
  tb: "Tuberculosis (IGRA or skin test)",
  hbv: "Hepatitis B (HBsAg, anti-HBc)",
  hcv: "Hepatitis C",
  pregnancy: "Pregnancy test",
};

const drugLabel = (id: DrugId) => `${drugRules[id].name} (${drugRules[id].brand})`;

/** A clinician-chosen interval: empty means none, so nothing is scheduled or dated from it. */
function IntervalField({ name, label, hint, noneLabel, choices, choiceLabel, register, error }: {
  name: "routineIntervalMonths" | "recheckAfterWeeks";
  label: string;
  hint: string;
  noneLabel: string;
  choices: readonly number[];
  choiceLabel: (count: number) => string;
  register: UseFormRegister<FormValues>;
  error: string | undefined;
}) {
  return (
    <Field id={name} label={label} error={error} hint={hint}>
      <select {...describedBy(name, error, "hint")} {...register(name)}>
        <option value="">{noneLabel}</option>
        {choices.map((count) => (
          <option key={count} value={String(count)}>
            {choiceLabel(count)}
          </option>
        ))}
      </select>
    </Field>
  );
}

/**
 * The request form. Memoised, and subscribed itself to the few values it shows (drug,
 * indication) and to the errors, so the planner's re-renders as the plan changes pass it by.
 * Each section is its own Suspense boundary: nothing in them suspends, but React then
 * hydrates them one at a time in short tasks instead of the whole form in one long one.
 */
export const PlanForm = memo(function PlanForm({ form, onUnitChange, unitPreferences, nextVisitDate }: {
  form: UseFormReturn<FormValues>;
  onUnitChange: (test: LabTestId, unit: string) => void;
  unitPreferences: () => UnitPreferences;
  /** The first lab visit still to be done, offered as the date of the next results entered. */
  nextVisitDate: string | undefined;
}) {
  const { register, setValue, control } = form;
  const { errors } = useFormState({ control });
  const errorOf = (path: string): string | undefined => (get(errors, path) as { message?: string } | undefined)?.message;
  const [drug, indication] = useWatch({ control, name: ["drug", "indication"] });
  const rules = drugRules[drug];
  const doses = rules.doses.filter((dose) => dose.indications.some((entry) => entry === indication));
  const doseChanges = useFieldArray({ control, name: "doseChanges" });
  const followUps = useFieldArray({ control, name: "followUps" });
  const drugField = register("drug");
  const indicationField = register("indication");

  return (
    <form className="plan-form" noValidate onSubmit={(event) => event.preventDefault()} aria-label="Plan request">
      <Suspense>
        <fieldset>
          <legend>Treatment</legend>
          <Field id="drug" label="Drug" error={errorOf("drug")}>
            <select
              {...describedBy("drug", errorOf("drug"))}
              {...drugField}
              onChange={(event) => {
                void drugField.onChange(event);
                const next = defaultsForDrug(event.target.value as DrugId);
                setValue("indication", next.indication, { shouldValidate: form.formState.isSubmitted });
                setValue("doseMg", next.doseMg);
                setValue("doseChanges", []);
              }}
            >
              {(["oral", "topical"] as const).map((route) => (
                <optgroup key={route} label={route === "oral" ? "Oral" : "Topical"}>
                  {drugIds
                    .filter((id) => drugRules[id].route === route)
                    .map((id) => (
                      <option key={id} value={id}>
                        {drugLabel(id)}
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
              {rules.indications.map((entry) => (
                <option key={entry.indication} value={entry.indication}>
                  {indicationNames[entry.indication]}
                  {entry.region ? ` (${entry.region} only)` : ""}
                </option>
              ))}
            </select>
          </Field>
          {rules.route === "oral" ? (
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
          <Field id="startDate" label="Start date (first dose)" error={errorOf("startDate")}>
            <input type="date" {...describedBy("startDate", errorOf("startDate"))} {...register("startDate")} />
          </Field>
          <fieldset className="inline">
            <legend>Label to follow where US and EU differ</legend>
            <label>
              <input type="radio" value="US" {...register("labelRegion")} /> US prescribing information
            </label>
            <label>
              <input type="radio" value="EU" {...register("labelRegion")} /> EU SmPC
            </label>
          </fieldset>
          <div className="row">
            <Field id="horizonMonths" label="Plan for (months)" error={errorOf("horizonMonths")}>
              <input inputMode="numeric" {...describedBy("horizonMonths", errorOf("horizonMonths"))} {...register("horizonMonths")} />
            </Field>
            <IntervalField
              name="routineIntervalMonths"
              label="Routine repeat labs"
              hint="Labels say “routine patient management”; choose the interval."
              noneLabel="Not scheduled"
              choices={[1, 2, 3, 4, 6, 12]}
              choiceLabel={(months) => `Every ${months} month${months === 1 ? "" : "s"}`}
              register={register}
              error={errorOf("routineIntervalMonths")}
            />
          </div>
        </fieldset>
      </Suspense>

      <Suspense>
        <fieldset>
          <legend>Patient</legend>
          <div className="row">
            <Field id="ageYears" label="Age (years)" error={errorOf("patient.ageYears")}>
              <input inputMode="numeric" autoComplete="off" {...describedBy("ageYears", errorOf("patient.ageYears"))} {...register("patient.ageYears")} />
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
            <label>
              <input type="checkbox" {...register("patient.canBecomePregnant")} /> Can become pregnant
            </label>
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
                <input type="checkbox" value={factor} {...register("patient.riskFactors")} /> {riskFactorNames[factor]}
              </label>
            ))}
          </fieldset>
          <div className="row">
            <Field id="egfr" label="eGFR (mL/min/1.73 m²)" error={errorOf("patient.egfr")}>
              <input inputMode="decimal" autoComplete="off" {...describedBy("egfr", errorOf("patient.egfr"))} {...register("patient.egfr")} />
            </Field>
            <Field id="hepaticImpairment" label="Hepatic impairment" error={errorOf("patient.hepaticImpairment")}>
              <select {...describedBy("hepaticImpairment", errorOf("patient.hepaticImpairment"))} {...register("patient.hepaticImpairment")}>
                <option value="none">None</option>
                <option value="mild">Mild (Child-Pugh A)</option>
                <option value="moderate">Moderate (Child-Pugh B)</option>
                <option value="severe">Severe (Child-Pugh C)</option>
              </select>
            </Field>
            <Field id="antiplatelet" label="Antiplatelet therapy" error={errorOf("patient.antiplatelet")}>
              <select {...describedBy("antiplatelet", errorOf("patient.antiplatelet"))} {...register("patient.antiplatelet")}>
                <option value="none">None</option>
                <option value="low-dose-aspirin">Low-dose aspirin (≤ 81 mg/day)</option>
                <option value="other">Other antiplatelet</option>
              </select>
            </Field>
          </div>
          <div className="row">
            <Field id="cyp2c19" label="CYP2C19 poor metabolizer" error={errorOf("patient.cyp2c19PoorMetabolizer")}>
              <select {...describedBy("cyp2c19", errorOf("patient.cyp2c19PoorMetabolizer"))} {...register("patient.cyp2c19PoorMetabolizer")}>
                <option value="unknown">Unknown</option>
                <option value="no">No</option>
                <option value="yes">Yes</option>
              </select>
            </Field>
            <Field id="cyp2c9" label="CYP2C9 poor metabolizer" error={errorOf("patient.cyp2c9PoorMetabolizer")}>
              <select {...describedBy("cyp2c9", errorOf("patient.cyp2c9PoorMetabolizer"))} {...register("patient.cyp2c9PoorMetabolizer")}>
                <option value="unknown">Unknown</option>
                <option value="no">No</option>
                <option value="yes">Yes</option>
              </select>
            </Field>
          </div>
        </fieldset>
      </Suspense>

      <Suspense>
        <fieldset>
          <legend>Baseline labs</legend>
          <Field id="labsDate" label="Drawn on" error={errorOf("labsDate")} hint="On or before the start date. Leave a value empty if not done.">
            <input type="date" {...describedBy("labsDate", errorOf("labsDate"), "hint")} {...register("labsDate")} />
          </Field>
          <LabTable register={register} errors={errors} onUnitChange={onUnitChange} path="labs" idPrefix="lab" caption="Baseline lab values and units" />
        </fieldset>
      </Suspense>

      <Suspense>
        <fieldset>
          <legend>Screening</legend>
          {screenedTests.map((test) => (
            <div className="row" key={test}>
              <Field id={`screening-${test}`} label={screeningNames[test]} error={errorOf(`screening.${test}.result`)}>
                <select {...describedBy(`screening-${test}`, errorOf(`screening.${test}.result`))} {...register(`screening.${test}.result`)}>
                  <option value="">Not done</option>
                  <option value="negative">Negative</option>
                  <option value="positive">Positive</option>
                  <option value="indeterminate">Indeterminate</option>
                </select>
              </Field>
              <Field id={`screening-${test}-date`} label="Date" error={errorOf(`screening.${test}.date`)}>
                <input type="date" {...describedBy(`screening-${test}-date`, errorOf(`screening.${test}.date`))} {...register(`screening.${test}.date`)} />
              </Field>
            </div>
          ))}
        </fieldset>
      </Suspense>

      <Suspense>
        <fieldset>
          <legend>Zoster vaccine already given</legend>
          <div className="row">
            <Field id="rzvDose1" label="Recombinant (Shingrix) dose 1" error={errorOf("zoster.rzvDose1")}>
              <input type="date" {...describedBy("rzvDose1", errorOf("zoster.rzvDose1"))} {...register("zoster.rzvDose1")} />
            </Field>
            <Field id="rzvDose2" label="Recombinant dose 2" error={errorOf("zoster.rzvDose2")}>
              <input type="date" {...describedBy("rzvDose2", errorOf("zoster.rzvDose2"))} {...register("zoster.rzvDose2")} />
            </Field>
            <Field id="zvl" label="Live zoster vaccine (Zostavax)" error={errorOf("zoster.zvl")}>
              <input type="date" {...describedBy("zvl", errorOf("zoster.zvl"))} {...register("zoster.zvl")} />
            </Field>
          </div>
        </fieldset>
      </Suspense>

      <Suspense>
        <fieldset>
          <legend>Follow-up</legend>
          <div className="row">
            <Field id="asOf" label="Today (as of)" error={errorOf("asOf")} hint="Visits on or before this date without a result show as overdue.">
              <input type="date" {...describedBy("asOf", errorOf("asOf"), "hint")} {...register("asOf")} />
            </Field>
            <IntervalField
              name="recheckAfterWeeks"
              label="Recheck a low result after"
              hint="Your clinic's choice: the labels give no recheck interval."
              noneLabel="Not dated"
              choices={[1, 2, 3, 4, 6, 8]}
              choiceLabel={(weeks) => `${weeks} week${weeks === 1 ? "" : "s"}`}
              register={register}
              error={errorOf("recheckAfterWeeks")}
            />
          </div>
          {followUps.fields.map((visit, index) => (
            <fieldset key={visit.id} className="visit-results">
              <legend>Results of visit {index + 1}</legend>
              <Field id={`followUp-${index}-date`} label="Date of the results" error={errorOf(`followUps.${index}.date`)}>
                <input type="date" {...describedBy(`followUp-${index}-date`, errorOf(`followUps.${index}.date`))} {...register(`followUps.${index}.date`)} />
              </Field>
              <LabTable
                register={register}
                errors={errors}
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
          <button type="button" onClick={() => followUps.append({ date: nextVisitDate ?? "", labs: emptyLabRows(unitPreferences()) })}>
            Record a visit&apos;s results
          </button>
        </fieldset>
      </Suspense>

      {rules.route === "oral" ? (
        <Suspense>
          <fieldset>
            <legend>Dose changes after the start</legend>
            {doseChanges.fields.map((change, index) => (
              <div className="row" key={change.id}>
                <Field id={`doseChange-${index}-date`} label={`Change ${index + 1}: date`} error={errorOf(`doseChanges.${index}.date`)}>
                  <input
                    type="date"
                    {...describedBy(`doseChange-${index}-date`, errorOf(`doseChanges.${index}.date`))}
                    {...register(`doseChanges.${index}.date`)}
                  />
                </Field>
                <Field id={`doseChange-${index}-dose`} label="New daily dose" error={errorOf(`doseChanges.${index}.doseMg`)}>
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
            <button type="button" onClick={() => doseChanges.append({ date: "", doseMg: doses.at(-1) ? String(doses.at(-1)?.doseMg) : "0" })}>
              Add a dose change
            </button>
          </fieldset>
        </Suspense>
      ) : null}
    </form>
  );
});
