"use client";

import { useCallback, useEffect, useState } from "react";
import dynamic from "next/dynamic";
import { useForm, useWatch, type FieldPath } from "react-hook-form";
import { calendarDateOf } from "@/lib/dates/calendar-date";
import type { DrugChoices } from "@/lib/planner/drug-choices";
import { hasRequestFragment } from "@/lib/contract/share-link";
import type { PlanRequest } from "@/lib/contract/plan-request";
import {
  clearSavedForm,
  loadSavedForm,
  loadSheetDetails,
  loadUnitPreferences,
  rememberLoadedShareLink,
  saveForm,
  saveSheetDetails,
  rememberUnit,
  shareLinkFor,
  wasShareLinkLoaded,
} from "./form-storage";
import { emptyFormValues, fromRequest, toRequest, type FormValues, type UnitPreferences } from "./form-values";
import { checkSavedForm, savedFormClearedNotice } from "./saved-form";
import { PlanForm } from "./plan-form";
import { PatientSheetDetails } from "./patient-sheet-details";
import { emptySheetDetails, hasSheetDetails, type SheetDetails } from "./sheet-details";
import { RefusedValues } from "./refused-values";
import { planResolver, usePlanning } from "./use-planning";
import { InPageLink } from "../_components/in-page-link";

// Client-only: the server renders the empty form, which has no plan yet.
const PlanResults = dynamic(() => import("./plan-results"), { ssr: false, loading: PreparingPlan });

// The calendar, FHIR export and import panel sits below the form and arrives after it: it is not
// part of the planner's first script, and the page does not hydrate it while loading.
const InteropPanel = dynamic(() => import("./interop-panel").then((module) => module.InteropPanel), { ssr: false });

// The register's button arrives after the form: it is not part of the planner's first script.
const SaveToRegister = dynamic(
  () => import("../register/_components/save-to-register").then((module) => module.SaveToRegister),
  { ssr: false },
);

/** Said when a reload or Back returns to a shared link this tab has already loaded. */
const editsKeptNotice = "Showing the form as last edited in this tab: a shared link is loaded only once.";

/** Said when another request replaces the form while the printout still carried a name. */
const sheetDetailsClearedNotice =
  "The name, date of birth and clinic contact for the printout were cleared: the form holds another request now.";

function PreparingPlan() {
  return <p className="no-print">Preparing the plan…</p>;
}

/**
 * The saved form over an empty one, checked (saved-form.ts): a form saved by an older version
 * gets the fields it lacks; one that does not fit is cleared from storage, and `cleared` says so.
 */
function restoredForm(
  drugChoices: DrugChoices,
  units: UnitPreferences,
  today: string,
): { values: FormValues | undefined; cleared: boolean } {
  const saved = loadSavedForm();
  if (saved.kind === "none") return { values: undefined, cleared: false };
  const check =
    saved.kind === "saved"
      ? checkSavedForm(saved.value, emptyFormValues(drugChoices, units, today), drugChoices)
      : undefined;
  if (check?.ok) return { values: check.values, cleared: false };
  clearSavedForm();
  return { values: undefined, cleared: true };
}

/**
 * The planner: the form on the left, the plan on the right, recomputed in the browser as the
 * form changes. Nothing is sent to a server; the form lives in this tab's session storage.
 * `drugChoices` comes from the page on the server, so the rules are not in the first script.
 */
export function Planner({ drugChoices }: { drugChoices: DrugChoices }) {
  const form = useForm<FormValues>({
    defaultValues: emptyFormValues(drugChoices),
    resolver: planResolver,
    mode: "onTouched",
  });
  const [notice, setNotice] = useState("");
  const [restored, setRestored] = useState(false);
  const [formHydrated, setFormHydrated] = useState(false);
  const markFormHydrated = useCallback(() => setFormHydrated(true), []);
  const [sheetDetails, setSheetDetails] = useState<SheetDetails>(emptySheetDetails);

  const changeSheetDetails = useCallback((details: SheetDetails) => {
    setSheetDetails(details);
    saveSheetDetails(details);
  }, []);

  useEffect(() => {
    // Restored once the fieldsets have hydrated, so the form is enabled only when it answers input;
    // this also keeps the restore out of the page's first render, where it made one long task that
    // kept a phone from answering a tap.
    if (!formHydrated) return;
    const units = loadUnitPreferences();
    const today = calendarDateOf(new Date());
    const saved = restoredForm(drugChoices, units, today);
    const savedSheetDetails = loadSheetDetails();
    setSheetDetails(savedSheetDetails);
    const restoreSaved = () => {
      // A first visit differs from the server's empty form only in today's date: setting that
      // one field spares the page a re-render of the whole form while it is still loading.
      if (saved.values === undefined && Object.keys(units).length === 0) form.setValue("asOf", today);
      else form.reset(saved.values ?? emptyFormValues(drugChoices, units, today));
    };
    if (saved.cleared) setNotice(savedFormClearedNotice);
    const fragment = window.location.hash;
    if (!hasRequestFragment(fragment)) {
      restoreSaved();
      setRestored(true);
      return;
    }
    // A shared link is loaded once. A reload, or Back to its address, must not put it over the
    // edits made since: a low platelet count changed after opening a link once reverted to normal.
    if (saved.values !== undefined && wasShareLinkLoaded(fragment)) {
      restoreSaved();
      setNotice(editsKeptNotice);
      setRestored(true);
      return;
    }
    // A shared link needs the schema to be read, so it waits for that one import.
    let mounted = true;
    const unreadableLink = () => {
      restoreSaved();
      setNotice("The shared link could not be read; nothing was loaded from it.");
    };
    void import("@/lib/contract/read-share-link")
      .then(({ requestFromFragment }) => {
        if (!mounted) return;
        const shared = requestFromFragment(fragment);
        if (shared === "unreadable" || shared === null) {
          unreadableLink();
        } else {
          form.reset(fromRequest(shared, drugChoices, units));
          rememberLoadedShareLink(fragment);
          const loaded = "Loaded the plan from the shared link.";
          if (!hasSheetDetails(savedSheetDetails)) return setNotice(loaded);
          changeSheetDetails(emptySheetDetails);
          setNotice(`${loaded} ${sheetDetailsClearedNotice}`);
        }
      })
      // A link the schema accepts but the form cannot show is unreadable too, never a broken page.
      .catch(() => mounted && unreadableLink())
      .finally(() => mounted && setRestored(true));
    return () => {
      mounted = false;
    };
  }, [formHydrated, form, drugChoices, changeSheetDetails]);

  const values = useWatch({ control: form.control }) as FormValues;
  useEffect(() => {
    if (restored) saveForm(values);
  }, [values, restored]);

  const { check, plan, current } = usePlanning(values, restored);
  const shownRequest = check?.ok ? check.validated : check?.partial;
  // The plan asks whether she can become pregnant (a woman of reproductive age, not answered):
  // nothing is printed until the form has an answer, "unknown" included.
  const pregnancyUnanswered =
    values.patient?.canBecomePregnant === "" &&
    plan?.findings.some((finding) => finding.ruleId.endsWith(".missing.can-become-pregnant")) === true;
  const printable = plan !== null && check?.ok === true && !pregnancyUnanswered;
  // Print asked for while the plan shown is of values since changed: printed once the plan of the
  // form as it is now is on screen, and only if that plan can be printed.
  const [printAsked, setPrintAsked] = useState(false);
  useEffect(() => {
    if (!printAsked || !current) return;
    setPrintAsked(false);
    if (printable) window.print();
  }, [printAsked, current, printable]);
  const nextVisitDate = plan?.visits.find(
    (visit) => visit.date > plan.startDate && visit.items.some((item) => item.kind === "lab" && item.status !== "done"),
  )?.date;

  const copyShareLink = async () => {
    const link = shareLinkFor(toRequest(values, drugChoices).request, window.location);
    window.history.replaceState(null, "", link);
    // The form is this link's source: a reload keeps the edits made after copying it.
    rememberLoadedShareLink(window.location.hash);
    try {
      await navigator.clipboard.writeText(link);
      setNotice("Share link copied. Its data stays in the part after #, which is never sent to a server.");
    } catch {
      setNotice(
        "The share link is now in the address bar. Its data stays in the part after #, which is never sent to a server.",
      );
    }
  };

  const clearForm = () => {
    clearSavedForm();
    changeSheetDetails(emptySheetDetails);
    window.history.replaceState(null, "", window.location.pathname);
    form.reset(emptyFormValues(drugChoices, loadUnitPreferences(), calendarDateOf(new Date())));
    setNotice("Form cleared.");
  };

  /** A bundle imported from the EHR is another request: a name typed for the last one must not print on it. */
  const importRequest = (request: PlanRequest) => {
    // A bundle carries the patient's record, not a plan: the clinic's settings stay as they are.
    form.reset({
      ...fromRequest(request, drugChoices, loadUnitPreferences()),
      visitPlanning: form.getValues("visitPlanning"),
    });
    if (!hasSheetDetails(sheetDetails)) return;
    changeSheetDetails(emptySheetDetails);
    setNotice(sheetDetailsClearedNotice);
  };

  return (
    <div className="planner">
      {/* Disabled until the saved form or shared link is restored, so nothing typed before that is overwritten. */}
      <fieldset className="planner-form no-print" disabled={!restored}>
        {/* On a phone or narrow tablet the plan sits below the long form: one tap reaches it. */}
        <InPageLink to="plan" className="jump-to-plan">
          Jump to the plan
        </InPageLink>
        <div className="toolbar">
          <button type="button" onClick={clearForm}>
            Clear form
          </button>
          <button type="button" onClick={() => void copyShareLink()}>
            Copy share link
          </button>
          <button
            type="button"
            onClick={() => setPrintAsked(true)}
            disabled={!printable}
            aria-describedby="print-blocked"
          >
            Print or save as PDF
          </button>
        </div>
        <p className="hint" id="print-blocked">
          {check && !check.ok && plan
            ? "Fix the fields listed beside the form before printing: the plan shown leaves them out."
            : pregnancyUnanswered
              ? "Answer “Can become pregnant?” (Patient) before printing: the plan depends on it."
              : ""}
        </p>
        <p className="notice" role="status">
          {notice}
        </p>
        <PatientSheetDetails details={sheetDetails} onChange={changeSheetDetails} />
        <PlanForm
          form={form}
          drugChoices={drugChoices}
          onUnitChange={rememberUnit}
          unitPreferences={loadUnitPreferences}
          nextVisitDate={nextVisitDate}
          onHydrated={markFormHydrated}
        />
        {/* Loaded once the form is restored, so their scripts do not weigh on the page's first render, and
            inside a wrapper that is always there: inserted straight into the fieldset, they made the
            browser lay out the whole form again. */}
        <div>
          {restored ? (
            <>
              {/* A plan of values since changed is not exported or saved, even for the moment it is shown. */}
              <InteropPanel check={current ? check : null} plan={current ? plan : null} onImport={importRequest} />
              <SaveToRegister request={current && check?.ok ? check.validated : null} />
            </>
          ) : null}
        </div>
      </fieldset>
      {/* Only a plan shown for values since changed is "being updated": before the first one there is none. */}
      <div className="planner-results" id="plan" aria-live="polite" data-updating={check && !current ? "" : undefined}>
        <p className="print-updating">The plan was being updated when this page was printed. Print it again.</p>
        {check && !check.ok ? (
          <RefusedValues
            errors={check.errors}
            provisional={plan !== null}
            onFocus={(path) => form.setFocus(path as FieldPath<FormValues>)}
          />
        ) : null}
        {check && plan && shownRequest ? (
          <PlanResults plan={plan} request={shownRequest} provisional={!check.ok} sheetDetails={sheetDetails} />
        ) : check ? null : (
          <PreparingPlan />
        )}
      </div>
    </div>
  );
}
