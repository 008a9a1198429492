import type { CalendarDate } from "@/lib/dates/calendar-date";
import { importFhirBundle, type ImportResult } from "@/lib/interop/fhir-import";

/**
 * The FHIR import, off the page's thread: an EHR's export of one patient runs to megabytes, and
 * reading and parsing it on the page would freeze it for as long. The page sends the chosen file
 * (or pasted text) and today's date; the worker answers with progress, then the result. Nothing
 * leaves the browser.
 */

export interface ImportJob {
  source: Blob | string;
  asOf: CalendarDate;
}

export type ImportStage = "file" | "entries";

export type ImportMessage =
  | { kind: "progress"; stage: ImportStage; done: number; total: number }
  | { kind: "done"; result: ImportResult }
  | { kind: "failed"; error: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportJob>) => void) | null;
  postMessage(message: ImportMessage): void;
}
const scope = globalThis as unknown as WorkerScope;

/** The file's text, read in chunks so the page can show how far along it is. */
async function textOf(file: Blob): Promise<string> {
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let done = 0;
  let reported = 0;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    parts.push(decoder.decode(chunk.value, { stream: true }));
    done += chunk.value.byteLength;
    if (done - reported >= 512 * 1024) {
      reported = done;
      scope.postMessage({ kind: "progress", stage: "file", done, total: file.size });
    }
  }
  parts.push(decoder.decode());
  scope.postMessage({ kind: "progress", stage: "file", done: file.size, total: file.size });
  return parts.join("");
}

scope.onmessage = (event) => {
  const { source, asOf } = event.data;
  void (async () => {
    try {
      const text = typeof source === "string" ? source : await textOf(source);
      const result = importFhirBundle(text, { asOf }, (done, total) =>
        scope.postMessage({ kind: "progress", stage: "entries", done, total }),
      );
      scope.postMessage({ kind: "done", result });
    } catch {
      scope.postMessage({ kind: "failed", error: "The bundle could not be read." });
    }
  })();
};
