"use client";

import { useId, useState, type ChangeEvent } from "react";
import { jsonText } from "@/lib/contract/json-text";
import { calendarDateOf } from "@/lib/dates/calendar-date";
import type { ImportResult, ReportEntry } from "@/lib/interop/fhir-import";
import type { Plan } from "@/lib/contract/plan";
import type { PlanRequest } from "@/lib/contract/plan-request";
import type { FormCheck } from "./check-form";
import type { ImportJob, ImportMessage, ImportStage } from "./import-worker";
import { ImportReport } from "../_components/import-report";

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
const maxBundleBytes = 20 * 1024 * 1024;
// A chosen file up to this size is shown in the text box, as pasted text would be; a larger one
// (an EHR's whole export) is read straight from the file when imported.
const shownFileBytes = 64 * 1024;

type ImportState =
  | { kind: "idle" }
  | { kind: "reading"; stage: ImportStage; done: number; total: number }
  | { kind: "failed"; errors: string[]; report: ReportEntry[] }
  | { kind: "done"; report: ReportEntry[]; notes: string[]; bytes: number };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const count = (value: number) => value.toLocaleString("en-US");

/** Where an import is: the file read so far, then the entries looked at. */
function progressText(state: Extract<ImportState, { kind: "reading" }>): string {
  return state.stage === "file"
    ? `Reading the file: ${megabytes(state.done)} of ${megabytes(state.total)}`
    : `Reading the bundle's entries: ${count(state.done)} of ${count(state.total)}`;
}

/**
 * Runs the import in a worker (import-worker.ts), passing its progress on; without workers
 * (a very old browser) it runs here, on the page's thread.
 */
function runImport(
  job: ImportJob,
  onProgress: (stage: ImportStage, done: number, total: number) => void,
): Promise<ImportResult> {
  if (typeof Worker === "undefined") {
    return (async () => {
      const { importFhirBundle } = await import("@/lib/interop/fhir-import");
      const text = typeof job.source === "string" ? job.source : await job.source.text();
      return importFhirBundle(text, { asOf: job.asOf });
    })();
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./import-worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<ImportMessage>) => {
      const message = event.data;
      if (message.kind === "progress") return onProgress(message.stage, message.done, message.total);
      worker.terminate();
      if (message.kind === "done") resolve(message.result);
      else reject(new Error(message.error));
    };
    worker.onerror = () => {
      worker.terminate();
      reject(new Error("The bundle could not be read."));
    };
    worker.postMessage(job);
  });
}

export function InteropPanel({
  check,
  plan,
  onImport,
}: {
  check: FormCheck | null;
  plan: Plan | null;
  onImport: (request: PlanRequest) => void;
}) {
  const id = useId();
  const [patientName, setPatientName] = useState("");
  const [bundleText, setBundleText] = useState("");
  const [bundleFile, setBundleFile] = useState<File | null>(null);
  const [message, setMessage] = useState("");
  const [imported, setImported] = useState<ImportState>({ kind: "idle" });
  const today = () => calendarDateOf(new Date());

  const addToCalendar = async () => {
    if (!plan) return;
    const { planToIcs } = await import("@/lib/interop/calendar");
    const result = planToIcs(plan, { patientName, createdAt: Date.now() });
    if (!result.ok) return setMessage(result.error);
    download(result.ics, "text/calendar;charset=utf-8", `jak-monitor-${plan.drug}-${plan.startDate}.ics`);
    setMessage(
      `Calendar file with ${result.events} visit${result.events === 1 ? "" : "s"} still to do, made in this browser.`,
    );
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
      setImported({
        kind: "failed",
        errors: [`The file is larger than ${maxBundleBytes / 1024 / 1024} MB.`],
        report: [],
      });
      return;
    }
    if (file.size <= shownFileBytes) {
      setBundleFile(null);
      setBundleText(await file.text());
    } else {
      setBundleText("");
      setBundleFile(file);
    }
  };

  const importBundle = async () => {
    const source = bundleFile ?? bundleText;
    const total = typeof source === "string" ? source.length : source.size;
    setImported({ kind: "reading", stage: "file", done: 0, total });
    let result: ImportResult;
    try {
      result = await runImport({ source, asOf: today() }, (stage, done, of) =>
        setImported({ kind: "reading", stage, done, total: of }),
      );
    } catch {
      setImported({ kind: "failed", errors: ["The bundle could not be read."], report: [] });
      return;
    }
    if (!result.ok) {
      setImported({ kind: "failed", errors: result.errors, report: result.report });
      return;
    }
    try {
      onImport(result.request);
    } catch {
      setImported({
        kind: "failed",
        errors: ["The bundle's values could not be put into the form."],
        report: result.report,
      });
      return;
    }
    setImported({ kind: "done", report: result.report, notes: result.notes, bytes: total });
  };

  const report = imported.kind === "failed" || imported.kind === "done" ? imported.report : [];
  // A counted line ("Claim ×412") stands for that many resources.
  const resourcesOf = (entry: ReportEntry) => Number(/ ×([\d,]+)$/.exec(entry.resource)?.[1]?.replace(/,/g, "") ?? 1);
  const read = report.filter((entry) => entry.outcome === "read").reduce((sum, entry) => sum + resourcesOf(entry), 0);
  const ignored = report
    .filter((entry) => entry.outcome === "ignored")
    .reduce((sum, entry) => sum + resourcesOf(entry), 0);

  return (
    <section className="interop" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Calendar and EHR</h2>
      <div className="field">
        <label htmlFor={`${id}-name`}>Patient name for the calendar (optional)</label>
        <input
          id={`${id}-name`}
          type="text"
          autoComplete="off"
          value={patientName}
          onChange={(event) => setPatientName(event.target.value)}
          aria-describedby={`${id}-name-hint`}
        />
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
          <textarea
            id={`${id}-bundle`}
            rows={6}
            spellCheck={false}
            value={bundleText}
            onChange={(event) => {
              setBundleFile(null);
              setBundleText(event.target.value);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-file`}>Or choose a bundle file (up to 20 MB)</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".json,application/json,application/fhir+json"
            onChange={(event) => void chooseFile(event)}
          />
          {bundleFile ? (
            <p className="hint">
              {bundleFile.name} ({megabytes(bundleFile.size)}) is read from the file when you import it.
            </p>
          ) : null}
        </div>
        <button
          type="button"
          onClick={() => void importBundle()}
          disabled={imported.kind === "reading" || (bundleFile === null && bundleText.trim() === "")}
        >
          Import into the form
        </button>
        <div aria-live="polite">
          {imported.kind === "reading" ? (
            <p>
              <progress aria-label="Import progress" max={imported.total} value={imported.done} />{" "}
              {progressText(imported)}
            </p>
          ) : null}
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
                Form filled from the bundle: {count(read)} read, {count(ignored)} ignored, of{" "}
                {megabytes(imported.bytes)}. Check every field before relying on the plan.
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
          <ImportReport report={report} />
        </div>
      </details>
    </section>
  );
}
