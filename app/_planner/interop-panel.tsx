"use client";

import { useId, useState, type ChangeEvent } from "react";
import { jsonText } from "@/lib/api/json-text";
import { calendarDateOf } from "@/lib/dates/calendar-date";
import type { ReportEntry } from "@/lib/interop/fhir-import";
import type { Plan } from "@/lib/plan/types";
import type { PlanRequest } from "@/lib/schema/plan-request";
import type { FormCheck } from "./check-form";

/**
 * Calendar and FHIR for the planner. Every file is made here in the browser (Blob and an
 * object URL) and every import is read here: nothing is sent to a server. The conversion
 * code is loaded on first use, so the planner's first load does not carry it.
 */
function download(text: string, type: string, filename: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// The import's own limit (lib/interop/fhir-import), checked here before a file is read.
const maxBundleBytes = 64 * 1024;

type ImportState =
  | { kind: "idle" }
  | { kind: "failed"; errors: string[]; report: ReportEntry[] }
  | { kind: "done"; report: ReportEntry[]; notes: string[] };

function Report({ report }: { report: ReportEntry[] }) {
  if (report.length === 0) return null;
  return (
    <table className="interop-report">
      <caption>What the bundle held</caption>
      <thead>
        <tr>
          <th scope="col">Resource</th>
          <th scope="col">Outcome</th>
          <th scope="col">Detail</th>
        </tr>
      </thead>
      <tbody>
        {report.map((entry, index) => (
          <tr key={`${entry.resource}-${index}`}>
            <td>{entry.resource}</td>
            <td>{entry.outcome === "read" ? "Read" : "Ignored"}</td>
            <td>{entry.detail}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function InteropPanel({ check, plan, onImport }: { check: FormCheck | null; plan: Plan | null; onImport: (request: PlanRequest) => void }) {
  const id = useId();
  const [patientName, setPatientName] = useState("");
  const [bundleText, setBundleText] = useState("");
  const [message, setMessage] = useState("");
  const [imported, setImported] = useState<ImportState>({ kind: "idle" });
  const today = () => calendarDateOf(new Date());

  const addToCalendar = async () => {
    if (!plan) return;
    const { planToIcs } = await import("@/lib/interop/calendar");
    const result = planToIcs(plan, { patientName, createdAt: Date.now() });
    if (!result.ok) return setMessage(result.error);
    download(result.ics, "text/calendar;charset=utf-8", `jak-monitor-${plan.drug}-${plan.startDate}.ics`);
    setMessage(`Calendar file with ${plan.visits.length} visits made in this browser.`);
  };

  const downloadFhir = async () => {
    if (!plan || !check?.ok) return;
    const { planToFhirBundle } = await import("@/lib/interop/fhir-export");
    const bundle = planToFhirBundle(plan, check.validated, { createdOn: check.validated.asOf ?? today() });
    download(jsonText(bundle), "application/fhir+json", `jak-monitor-${plan.drug}-${plan.startDate}.fhir.json`);
    setMessage(`FHIR bundle with ${bundle.entry?.length ?? 0} resources made in this browser.`);
  };

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > maxBundleBytes) {
      setImported({ kind: "failed", errors: [`The file is larger than ${maxBundleBytes / 1024} kB.`], report: [] });
      return;
    }
    setBundleText(await file.text());
  };

  const importBundle = async () => {
    const { importFhirBundle } = await import("@/lib/interop/fhir-import");
    const result = importFhirBundle(bundleText, { asOf: today() });
    if (!result.ok) {
      setImported({ kind: "failed", errors: result.errors, report: result.report });
      return;
    }
    onImport(result.request);
    setImported({ kind: "done", report: result.report, notes: result.notes });
  };

  const read = imported.kind === "idle" ? 0 : imported.report.filter((entry) => entry.outcome === "read").length;
  const ignored = imported.kind === "idle" ? 0 : imported.report.length - read;

  return (
    <section className="interop" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Calendar and EHR</h2>
      <div className="field">
        <label htmlFor={`${id}-name`}>Patient name for the calendar (optional)</label>
        <input id={`${id}-name`} type="text" autoComplete="off" value={patientName} onChange={(event) => setPatientName(event.target.value)} aria-describedby={`${id}-name-hint`} />
        <p id={`${id}-name-hint`} className="hint">
          Left empty, the calendar file names no one. It is made in this browser and goes only where you save it.
        </p>
      </div>
      <div className="toolbar">
        <button type="button" onClick={() => void addToCalendar()} disabled={!plan}>
          Add to calendar (.ics)
        </button>
        <button type="button" onClick={() => void downloadFhir()} disabled={!plan}>
          Download FHIR bundle
        </button>
      </div>
      {/* A live region without role="status": the planner's own notice is the page's status. */}
      <p className="notice" aria-live="polite">
        {message}
      </p>
      <details>
        <summary>Import FHIR bundle</summary>
        <div className="field">
          <label htmlFor={`${id}-bundle`}>FHIR R4 Bundle (JSON)</label>
          <textarea id={`${id}-bundle`} rows={6} spellCheck={false} value={bundleText} onChange={(event) => setBundleText(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-file`}>Or choose a bundle file</label>
          <input id={`${id}-file`} type="file" accept=".json,application/json,application/fhir+json" onChange={(event) => void chooseFile(event)} />
        </div>
        <button type="button" onClick={() => void importBundle()} disabled={bundleText.trim() === ""}>
          Import into the form
        </button>
        <div aria-live="polite">
          {imported.kind === "failed" ? (
            <div role="alert">
              <p>Nothing was changed: the bundle could not be imported.</p>
              <ul>
                {imported.errors.map((error) => (
                  <li key={error}>{error}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {imported.kind === "done" ? (
            <div>
              <p>
                Form filled from the bundle: {read} read, {ignored} ignored. Check every field before relying on the plan.
              </p>
              {imported.notes.length ? (
                <ul>
                  {imported.notes.map((note) => (
                    <li key={note}>{note}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
          {imported.kind !== "idle" ? <Report report={imported.report} /> : null}
        </div>
      </details>
    </section>
  );
}
