"use client";

import { useFieldArray, useWatch } from "react-hook-form";
import { screeningInterpretations, screeningResults, type ScreeningInterpretation } from "@/rules/types";
import { sentenceCase } from "@/lib/units/format";
import { screeningFormLabels, screeningReadingNames } from "@/lib/words/screening";
import { describedBy, Field } from "../field";
import { DateField, type FieldsetProps } from "../form-fields";
import { screenedTests, type ScreenedTest, type ScreeningRow } from "../form-values";

type ResultPath = `screening.${ScreenedTest}` | `otherScreening.${number}`;

/**
 * One result's fields: what it was, when (unless the form dates every result at once, as the
 * register's visit does), and for a positive one what it was assessed as.
 */
export function ScreeningResultFields({
  test,
  path,
  idPrefix,
  label,
  row,
  register,
  errorOf,
  dated = true,
}: Omit<FieldsetProps, "control"> & {
  test: ScreenedTest;
  path: ResultPath;
  idPrefix: string;
  label: string;
  row: ScreeningRow | undefined;
  dated?: boolean;
}) {
  const readings =
    (screeningInterpretations as Partial<Record<ScreenedTest, readonly ScreeningInterpretation[]>>)[test] ?? [];
  return (
    <>
      <Field id={idPrefix} label={label} error={errorOf(`${path}.result`)}>
        <select {...describedBy(idPrefix, errorOf(`${path}.result`))} {...register(`${path}.result`)}>
          <option value="">Not done</option>
          {screeningResults.map((result) => (
            <option key={result} value={result}>
              {sentenceCase(result)}
            </option>
          ))}
        </select>
      </Field>
      {dated ? (
        <DateField
          id={`${idPrefix}-date`}
          label="Date"
          path={`${path}.date`}
          register={register}
          error={errorOf(`${path}.date`)}
        />
      ) : null}
      {readings.length > 0 && row?.result === "positive" ? (
        <Field id={`${idPrefix}-interpretation`} label="Assessed as" error={errorOf(`${path}.interpretation`)}>
          <select
            {...describedBy(`${idPrefix}-interpretation`, errorOf(`${path}.interpretation`))}
            {...register(`${path}.interpretation`)}
          >
            <option value="">Not yet assessed</option>
            {readings.map((reading) => (
              <option key={reading} value={reading}>
                {sentenceCase(screeningReadingNames[reading])}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      {test === "tb" && row?.result === "positive" && row.interpretation === "latent" ? (
        <DateField
          id={`${idPrefix}-preventive`}
          label="Preventive treatment started"
          path={`${path}.preventiveTreatmentStarted`}
          register={register}
          error={errorOf(`${path}.preventiveTreatmentStarted`)}
        />
      ) : null}
    </>
  );
}

/**
 * Screening: each test's result before the start, and any other result (an earlier one, or a
 * rescreen during treatment) in a list below, so a request's whole screening history fits.
 */
export function ScreeningFieldset({ control, register, errorOf }: FieldsetProps) {
  const [screening, otherRows] = useWatch({ control, name: ["screening", "otherScreening"] });
  const others = useFieldArray({ control, name: "otherScreening" });
  return (
    <fieldset>
      <legend>Screening</legend>
      {screenedTests.map((test) => (
        <div className="row" key={test}>
          <ScreeningResultFields
            test={test}
            path={`screening.${test}`}
            idPrefix={`screening-${test}`}
            label={screeningFormLabels[test]}
            row={screening?.[test]}
            register={register}
            errorOf={errorOf}
          />
        </div>
      ))}
      {others.fields.map((entry, index) => {
        const row = otherRows?.[index];
        return (
          <fieldset key={entry.id} className="visit-results">
            <legend>Other screening result {index + 1}</legend>
            <div className="row">
              <Field id={`other-screening-${index}-test`} label="Test" error={errorOf(`otherScreening.${index}.test`)}>
                <select
                  {...describedBy(`other-screening-${index}-test`, errorOf(`otherScreening.${index}.test`))}
                  {...register(`otherScreening.${index}.test`)}
                >
                  {screenedTests.map((test) => (
                    <option key={test} value={test}>
                      {screeningFormLabels[test]}
                    </option>
                  ))}
                </select>
              </Field>
              <ScreeningResultFields
                test={row?.test ?? "tb"}
                path={`otherScreening.${index}`}
                idPrefix={`other-screening-${index}`}
                label="Result"
                row={row}
                register={register}
                errorOf={errorOf}
              />
            </div>
            <button type="button" className="link-button" onClick={() => others.remove(index)}>
              Remove other screening result {index + 1}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        onClick={() =>
          others.append({ test: "tb", result: "", date: "", interpretation: "", preventiveTreatmentStarted: "" })
        }
      >
        Add another screening result (earlier, or during treatment)
      </button>
    </fieldset>
  );
}
