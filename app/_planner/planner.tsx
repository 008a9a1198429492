"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { useForm, useWatch, type FieldPath } from "react-hook-form";
import { format } from "date-fns";
import type { LabTestId } from "@/rules/types";
import {
  clearSavedForm,
  loadSavedForm,
  loadUnitPreferences,
  requestFromFragment,
  saveForm,
  saveUnitPreferences,
  shareLinkFor,
} from "./form-storage";
import { emptyFormValues, fromRequest, type FormValues, type UnitPreferences } from "./form-values";
import { InteropPanel } from "./interop-panel";
import { PlanForm } from "./plan-form";
import { planFromForm, planResolver } from "./plan-from-form";
import { PrintView } from "./print-view";
import { Findings, Schedule } from "./results";
import { AnalyteHistories } from "./analyte-history";
import { analyteHistories } from "@/lib/history/analyte-history";

/** A saved form over an empty one, so a form saved by an older version still has every field. */
function withDefaults(saved: FormValues | null, units: UnitPreferences, today: string): FormValues {
  return saved ? { ...emptyFormValues(units, today), ...saved } : emptyFormValues(units, today);
}

/**
 * The planner: the form on the left, the plan on the right, recomputed in the browser as the
 * form changes. Nothing is sent to a server; the form lives in this tab's session storage.
 */
export function Planner() {
  const form = useForm<FormValues>({ defaultValues: emptyFormValues(), resolver: planResolver, mode: "onTouched" });
  const [notice, setNotice] = useState("");
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    const units = loadUnitPreferences();
    const today = format(new Date(), "yyyy-MM-dd");
    const shared = requestFromFragment(window.location.hash);
    if (shared === "unreadable") {
      form.reset(withDefaults(loadSavedForm(), units, today));
      setNotice("The shared link could not be read; nothing was loaded from it.");
    } else if (shared) {
      form.reset(fromRequest(shared, units));
      setNotice("Loaded the plan from the shared link.");
    } else {
      form.reset(withDefaults(loadSavedForm(), units, today));
    }
    setRestored(true);
  }, [form]);

  const values = useWatch({ control: form.control }) as FormValues;
  useEffect(() => {
    if (restored) saveForm(values);
  }, [values, restored]);

  const outcome = useMemo(() => planFromForm(values), [values]);
  const nextVisitDate = outcome.ok
    ? outcome.plan.visits.find((visit) => visit.date > outcome.plan.startDate && visit.items.some((item) => item.kind === "lab" && item.status !== "done"))?.date
    : undefined;

  const rememberUnit = useCallback((test: LabTestId, unit: string) => {
    saveUnitPreferences({ ...loadUnitPreferences(), [test]: unit });
  }, []);

  const copyShareLink = async () => {
    const link = shareLinkFor(outcome.request, window.location);
    window.history.replaceState(null, "", link);
    try {
      await navigator.clipboard.writeText(link);
      setNotice("Share link copied. Its data stays in the part after #, which is never sent to a server.");
    } catch {
      setNotice("The share link is now in the address bar. Its data stays in the part after #, which is never sent to a server.");
    }
  };

  const clearForm = () => {
    clearSavedForm();
    window.history.replaceState(null, "", window.location.pathname);
    form.reset(emptyFormValues(loadUnitPreferences(), format(new Date(), "yyyy-MM-dd")));
    setNotice("Form cleared.");
  };

  return (
    <div className="planner">
      <div className="planner-form no-print">
        <div className="toolbar">
          <button type="button" onClick={clearForm}>
            Clear form
          </button>
          <button type="button" onClick={() => void copyShareLink()}>
            Copy share link
          </button>
          <button type="button" onClick={() => window.print()} disabled={!outcome.ok}>
            Print or save as PDF
          </button>
        </div>
        <p className="notice" role="status">
          {notice}
        </p>
        <PlanForm form={form} onUnitChange={rememberUnit} unitPreferences={loadUnitPreferences} nextVisitDate={nextVisitDate} />
        <InteropPanel outcome={outcome} onImport={(request) => form.reset(fromRequest(request, loadUnitPreferences()))} />
      </div>
      <div className="planner-results" aria-live="polite">
        {outcome.ok ? (
          <div className="no-print">
            <Findings plan={outcome.plan} />
            <Schedule plan={outcome.plan} />
            <AnalyteHistories histories={analyteHistories(outcome.validated)} />
            <p className="meta">
              Rules version {outcome.plan.rulesVersion} · contract v{outcome.plan.contractVersion} ·{" "}
              {outcome.plan.labelRegion === "US" ? "US label" : "EU SmPC"} thresholds
            </p>
          </div>
        ) : (
          <section className="no-print incomplete" aria-labelledby="incomplete-heading">
            <h2 id="incomplete-heading">Plan not ready yet</h2>
            <p>Complete or correct these fields to see the plan:</p>
            <ul>
              {outcome.errors.map((error) => (
                <li key={`${error.path}-${error.message}`}>
                  <button type="button" className="link-button" onClick={() => form.setFocus(error.path as FieldPath<FormValues>)}>
                    {error.message}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        {outcome.ok ? <PrintView plan={outcome.plan} generatedOn={format(new Date(), "yyyy-MM-dd")} /> : null}
      </div>
    </div>
  );
}
