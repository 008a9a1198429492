"use client";

import { useWatch } from "react-hook-form";
import { screeningInterpretations, screeningResults } from "@/rules/types";
import { sentenceCase } from "@/lib/units/format";
import { screeningFormLabels, screeningReadingNames } from "@/lib/words/screening";
import { describedBy, Field } from "../field";
import { DateField, type FieldsetProps } from "../form-fields";
import { screenedTests } from "../form-values";

/** Screening before the start: each test's result and date, and what a positive one was assessed as. */
export function ScreeningFieldset({ control, register, errorOf }: FieldsetProps) {
  const screening = useWatch({ control, name: "screening" });
  return (
    <fieldset>
      <legend>Screening</legend>
      {screenedTests.map((test) => (
        <div className="row" key={test}>
          <Field id={`screening-${test}`} label={screeningFormLabels[test]} error={errorOf(`screening.${test}.result`)}>
            <select
              {...describedBy(`screening-${test}`, errorOf(`screening.${test}.result`))}
              {...register(`screening.${test}.result`)}
            >
              <option value="">Not done</option>
              {screeningResults.map((result) => (
                <option key={result} value={result}>
                  {sentenceCase(result)}
                </option>
              ))}
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
  );
}
