"use client";

import { useState } from "react";
import { useWatch, type UseFormRegister } from "react-hook-form";
import {
  antiplateletTherapies,
  hepaticImpairmentGrades,
  interactingMedicineIds,
  riskFactorIds,
  smokingStatuses,
} from "@/rules/types";
import { sentenceCase } from "@/lib/units/format";
import {
  antiplateletNames,
  hepaticImpairmentNames,
  interactingMedicineWords,
  riskFactorNames,
  smokingNames,
} from "@/lib/words/patient-facts";
import { describedBy, Field } from "../field";
import type { FieldsetProps } from "../form-fields";
import type { FormValues } from "../form-values";

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

/** Who the patient is: age, sex, pregnancy, risk factors, kidney and liver function, genotype and medicines. */
export function PatientFieldset({ control, register, errorOf }: FieldsetProps) {
  const [sex, canBecomePregnant] = useWatch({ control, name: ["patient.sex", "patient.canBecomePregnant"] });
  // Not asked of a male patient; but an answer already given stays in view (the plan reads an
  // explicit answer whatever the sex), so it is never kept where no one can see or change it. It is
  // hidden only as the sex becomes male, not when "Not answered" is chosen, which would take the
  // field away under the user's focus.
  const [sexShown, setSexShown] = useState(sex);
  const [pregnancyQuestionHidden, setPregnancyQuestionHidden] = useState(sex === "male" && canBecomePregnant === "");
  if (sex !== sexShown) {
    setSexShown(sex);
    setPregnancyQuestionHidden(sex === "male" && canBecomePregnant === "");
  } else if (pregnancyQuestionHidden && canBecomePregnant !== "") setPregnancyQuestionHidden(false);
  const asksPregnancyQuestion = !pregnancyQuestionHidden;
  return (
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
            {smokingStatuses.map((status) => (
              <option key={status} value={status}>
                {sentenceCase(smokingNames[status])}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <fieldset className="inline">
        <legend>Pregnancy</legend>
        {asksPregnancyQuestion ? (
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
        ) : null}
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
          <input type="checkbox" {...register("patient.medicinesReviewed")} /> Medicines reviewed (nothing ticked below
          means none of these)
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
  );
}
