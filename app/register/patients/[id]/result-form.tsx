"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { get, useForm, useWatch, type Control, type UseFormRegister, type UseFormSetValue } from "react-hook-form";
import { checkResultEntry } from "@/lib/register/register-inputs";
import { screeningFormLabels } from "@/lib/words/screening";
import type { ZosterVaccineId } from "@/lib/words/zoster-vaccines";
import { labTestIds, type LabTestId } from "@/rules/types";
import type { CalendarDate } from "@/lib/dates/calendar-date";
import { formatHumanDate } from "@/lib/dates/human-date";
import { datePickerMessage } from "@/lib/words/date-picker";
import { typedNumber, typedNumberMessage } from "@/lib/words/typed-number";
import { valueAt } from "@/lib/contract/value-at";
import { Field, describedBy } from "@/app/_planner/field";
import { ScreeningResultFields } from "@/app/_planner/fieldsets/screening-fieldset";
import { ZosterVaccineOptions } from "@/app/_planner/fieldsets/zoster-fieldset";
import { loadUnitPreferences, rememberUnit } from "@/app/_planner/form-storage";
import {
  emptyLabRows,
  emptyScreeningRows,
  screenedTests,
  screeningResultOf,
  type FormValues,
  type LabRow,
  type ScreenedTest,
} from "@/app/_planner/form-values";
import { LabTable } from "@/app/_planner/lab-table";
import { postJson } from "../../_components/post-json";
import { useHydrated } from "../../_components/use-hydrated";

type ResultValues = Pick<FormValues, "followUps" | "screening"> & {
  /** A zoster vaccine dose given at this visit: "" for none. */
  zosterGiven: "" | ZosterVaccineId;
};

const emptyResults = (date: string): ResultValues => ({
  followUps: [{ date, labs: emptyLabRows(loadUnitPreferences()) }],
  screening: emptyScreeningRows(),
  zosterGiven: "",
});

/**
 * One visit's results with the planner's own lab table (unit pickers, remembered units) and
 * screening fields, and a zoster vaccine dose, checked with the planner's schema here and
 * again by the server. Every result takes the visit's date, which starts empty: a date filled in
 * for the nurse (the earliest open visit's, once) put results drawn today on a visit months back
 * without anyone choosing it. The open visit's date and today are offered as choices instead.
 */
export function ResultForm({
  url,
  csrfToken,
  today,
  openVisitDate,
}: {
  url: string;
  csrfToken: string;
  today: CalendarDate;
  /** The earliest visit with blood tests still open, when it is due by today. */
  openVisitDate: CalendarDate | undefined;
}) {
  const hydrated = useHydrated();
  const router = useRouter();
  const [notice, setNotice] = useState("");
  const form = useForm<ResultValues>({
    defaultValues: {
      followUps: [{ date: "", labs: emptyLabRows() }],
      screening: emptyScreeningRows(),
      zosterGiven: "",
    },
  });
  const screeningRows = useWatch({ control: form.control, name: "screening" });
  const { errors } = form.formState;
  // Remembered units live in this browser's storage, which the server's render cannot read: the
  // empty table takes them once the page runs, leaving any row already typed in as it is.
  useEffect(() => {
    const units = loadUnitPreferences();
    for (const test of labTestIds) {
      const unit = units[test];
      if (unit && form.getValues(`followUps.0.labs.${test}.value`) === "")
        form.setValue(`followUps.0.labs.${test}.unit`, unit);
    }
  }, [form]);
  const errorOf = (path: string) => (get(errors, path) as { message?: string } | undefined)?.message;
  const chooseDate = (date: CalendarDate) => {
    form.setValue("followUps.0.date", date, { shouldDirty: true });
    // A date chosen answers an earlier "Empty or incomplete": it is not left beside the filled field.
    form.clearErrors("followUps.0.date");
  };

  const submit = form.handleSubmit(async (values) => {
    const visit = values.followUps[0];
    if (!visit) return;
    const entered = labTestIds.filter((test) => (visit.labs[test] as LabRow | undefined)?.value.trim());
    const screening = screenedTests.flatMap((test) => screeningResultOf(values.screening[test], test) ?? []);
    const screened = screening.map((entry) => entry.test);
    const body = {
      date: visit.date,
      labs: entered.map((test) => {
        const row = visit.labs[test];
        const uln = row.uln.trim();
        return { test, value: typedNumber(row.value), unit: row.unit, ...(uln ? { uln: typedNumber(uln) } : {}) };
      }),
      ...(screening.length ? { screening } : {}),
      ...(values.zosterGiven ? { zosterVaccine: [{ vaccine: values.zosterGiven }] } : {}),
    };
    // Errors name "labs.N.field" or "screening.N.field"; the form names each field by its test.
    const fieldOf = (path: string) => {
      const [head, index, field] = path.split(".");
      if (head === "labs" && index !== undefined && entered[Number(index)])
        return `followUps.0.labs.${entered[Number(index)] as LabTestId}.${field ?? "value"}`;
      if (head === "screening" && index !== undefined && screened[Number(index)])
        return `screening.${screened[Number(index)] as ScreenedTest}.${field ?? "result"}`;
      if (head === "zosterVaccine") return "zosterGiven";
      return "followUps.0.date";
    };
    const checked = checkResultEntry(body);
    const outcome = checked.ok
      ? await postJson(url, body, csrfToken)
      : { ok: false as const, status: 400, errors: checked.errors };
    if (!outcome.ok) {
      // An error about the whole entry or a whole list ("Enter at least one result.") has no field of its own.
      const general = outcome.errors.filter((error) => !error.path.includes(".") && error.path !== "date");
      const marked = outcome.errors.filter((error) => !general.includes(error));
      for (const error of marked)
        form.setError(fieldOf(error.path) as "followUps.0.date", {
          message:
            error.path === "date"
              ? datePickerMessage(error.message, "Enter the day the samples were taken.")
              : typedNumberMessage(valueAt(body, error.path), error.message),
        });
      setNotice(
        general.length
          ? `Nothing was saved: ${general.map((error) => error.message).join(" ")}${marked.length ? " Correct the fields marked." : ""}`
          : "Nothing was saved: correct the fields marked.",
      );
      return;
    }
    form.reset(emptyResults(""));
    setNotice("Results saved.");
    router.refresh();
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Record results" method="post">
      {/* Nothing can be typed before the script runs: hydration would reset it without a word. */}
      <fieldset className="bare" disabled={!hydrated}>
        <div className="field">
          <label htmlFor="result-date">Date of the results</label>
          <input
            id="result-date"
            type="date"
            aria-describedby="result-date-hint result-date-error"
            {...form.register("followUps.0.date")}
          />
          <p className="hint" id="result-date-hint">
            The day the samples were taken.
            {openVisitDate ? ` The earliest open visit was due on ${formatHumanDate(openVisitDate)}.` : ""}{" "}
            <span className="date-choices">
              {openVisitDate && openVisitDate !== today ? (
                <button type="button" className="link-button" onClick={() => chooseDate(openVisitDate)}>
                  Use {formatHumanDate(openVisitDate)}
                </button>
              ) : null}
              <button type="button" className="link-button" onClick={() => chooseDate(today)}>
                Use today ({formatHumanDate(today)})
              </button>
            </span>
          </p>
          <p className="field-error" id="result-date-error" role="alert">
            {errorOf("followUps.0.date") ?? ""}
          </p>
        </div>
        <LabTable
          // The table writes only under followUps.0.labs, a path this form shares with the planner's.
          register={form.register as unknown as UseFormRegister<FormValues>}
          control={form.control as unknown as Control<FormValues>}
          setValue={form.setValue as unknown as UseFormSetValue<FormValues>}
          errorOf={errorOf}
          onUnitChange={rememberUnit}
          path="followUps.0.labs"
          idPrefix="result"
          caption="Results of this visit"
        />
        <fieldset>
          <legend>Screening of this visit</legend>
          {screenedTests.map((test) => (
            <div className="row" key={test}>
              <ScreeningResultFields
                // The fields write only under screening.<test>, a path this form shares with the planner's.
                register={form.register as unknown as UseFormRegister<FormValues>}
                errorOf={errorOf}
                test={test}
                path={`screening.${test}`}
                idPrefix={`result-screening-${test}`}
                label={screeningFormLabels[test]}
                row={screeningRows[test]}
                dated={false}
              />
            </div>
          ))}
        </fieldset>
        <Field id="result-zoster" label="Zoster vaccine given at this visit" error={errorOf("zosterGiven")}>
          <select {...describedBy("result-zoster", errorOf("zosterGiven"))} {...form.register("zosterGiven")}>
            <option value="">None</option>
            <ZosterVaccineOptions />
          </select>
        </Field>
      </fieldset>
      <button type="submit" disabled={!hydrated}>
        Save the results
      </button>
      <p className="notice" role="status">
        {notice}
      </p>
    </form>
  );
}
