"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { get, useForm, type Control, type UseFormRegister } from "react-hook-form";
import type { Patient } from "@/lib/register/engine";
import { removablePatientFacts, type RemovablePatientFact } from "@/lib/register/record";
import { checkPatientFacts } from "@/lib/register/register-inputs";
import { PatientFieldset } from "@/app/_planner/fieldsets/patient-fieldset";
import { patientFactsChange, patientValuesOf, type FormValues, type PatientValues } from "@/app/_planner/form-values";
import { postJson } from "../../_components/post-json";
import { useHydrated } from "../../_components/use-hydrated";

interface FactsValues {
  date: string;
  patient: PatientValues;
}

// The fields the planner's patient fieldset shows an error at; an error about any other fact goes
// in the form's notice, so none is lost.
const factsWithAnErrorField = new Set([
  "ageYears",
  "sex",
  "smoking",
  "canBecomePregnant",
  "pregnant",
  "egfr",
  "crclMlMin",
  "weightKg",
  "hepaticImpairment",
  "antiplatelet",
  "cyp2c19PoorMetabolizer",
  "cyp2c9PoorMetabolizer",
]);

const isRemovable = (fact: string): fact is RemovablePatientFact =>
  (removablePatientFacts as readonly string[]).includes(fact);

/**
 * The patient's facts as the plan now reads them, in the planner's own fields, to change what is
 * learned after the record was saved (an answer to "can she become pregnant?", a pregnancy, a new
 * eGFR). Only the facts changed are sent, with the day they were learned, and those emptied are
 * removed (a creatinine clearance, to have it calculated again); the server checks the whole patient
 * again with the planner's schema.
 */
export function PatientFactsForm({
  url,
  csrfToken,
  patient,
  today,
}: {
  url: string;
  csrfToken: string;
  patient: Patient;
  today: string;
}) {
  const hydrated = useHydrated();
  const router = useRouter();
  const [notice, setNotice] = useState("");
  // The facts the record holds: what a change is measured against. A refresh after this or another
  // user's update brings the record's facts anew; they replace the form's unless it is being edited.
  const [initial] = useState(() => patientValuesOf(patient));
  const recorded = useRef(initial);
  const form = useForm<FactsValues>({ defaultValues: { date: today, patient: initial } });
  const latest = JSON.stringify(patient);
  useEffect(() => {
    const facts = patientValuesOf(JSON.parse(latest) as Patient);
    const shown = JSON.stringify(form.getValues("patient"));
    if (shown !== JSON.stringify(recorded.current) && shown !== JSON.stringify(facts)) return;
    recorded.current = facts;
    if (shown !== JSON.stringify(facts)) form.reset({ date: form.getValues("date"), patient: facts });
  }, [latest, form]);
  const { errors, isSubmitting } = form.formState;
  const errorOf = (path: string) => (get(errors, path) as { message?: string } | undefined)?.message;

  const submit = form.handleSubmit(async (values) => {
    const { changed, emptied } = patientFactsChange(recorded.current, values.patient);
    const kept = emptied.filter((fact) => !isRemovable(fact));
    if (kept.length) {
      for (const fact of kept)
        form.setError(`patient.${fact}` as "patient.ageYears", { message: "Always recorded: enter it." });
      setNotice("Nothing was saved: correct the fields marked.");
      return;
    }
    const remove = emptied.filter(isRemovable);
    if (Object.keys(changed).length === 0 && remove.length === 0) {
      setNotice("Nothing was saved: no fact differs from the record's.");
      return;
    }
    const body = { date: values.date, patient: changed, ...(remove.length ? { remove } : {}) };
    const checked = checkPatientFacts(body);
    const outcome = checked.ok
      ? await postJson(url, body, csrfToken)
      : { ok: false as const, status: 400, errors: checked.errors };
    if (!outcome.ok) {
      const general: string[] = [];
      for (const error of outcome.errors) {
        const [head, fact] = error.path.split(".");
        if (head === "date") form.setError("date", { message: error.message });
        else if (head === "patient" && fact && factsWithAnErrorField.has(fact))
          form.setError(`patient.${fact}` as "patient.ageYears", { message: error.message });
        else general.push(error.message);
      }
      setNotice(
        general.length ? `Nothing was saved: ${general.join(" ")}` : "Nothing was saved: correct the fields marked.",
      );
      return;
    }
    recorded.current = values.patient;
    form.reset({ date: today, patient: values.patient });
    setNotice("Patient facts saved. The plan now reads them.");
    router.refresh();
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label="Update patient facts" method="post">
      {/* Nothing can be typed while a save is on its way: the saved facts then fill the form. */}
      <fieldset className="bare" disabled={!hydrated || isSubmitting}>
        <div className="field">
          <label htmlFor="facts-date">Date the facts were learned</label>
          <input id="facts-date" type="date" aria-describedby="facts-date-error" {...form.register("date")} />
          <p className="field-error" id="facts-date-error" role="alert">
            {errorOf("date") ?? ""}
          </p>
        </div>
        <PatientFieldset
          // The fieldset writes only under patient, a path this form shares with the planner's.
          control={form.control as unknown as Control<FormValues>}
          register={form.register as unknown as UseFormRegister<FormValues>}
          errorOf={errorOf}
        />
      </fieldset>
      <button type="submit" disabled={!hydrated || isSubmitting}>
        Save the patient facts
      </button>
      <p className="notice" role="status">
        {notice}
      </p>
    </form>
  );
}
