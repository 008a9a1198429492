import type { PlanRequest } from "@/lib/contract/plan-request";
import type { JsonObject } from "@/lib/contract/json";
import { entryResource, noResource, parseBundle } from "./bundle";
import type { ReadOptions } from "./facts";
import { readResources } from "./read-record";
import { rememberEntryPosition, resourceLabel, type ReportEntry } from "./report";
import { shortReport } from "./short-report";
import { toPlanRequest } from "./to-plan-request";

/**
 * FHIR R4 in: a Bundle (Patient, Observation, MedicationRequest, Immunization) read into the
 * contract's request, with a report of what was read and what was ignored and why. The input is
 * untrusted text: it is size-capped, parsed with JSON.parse only, and every resource read is
 * read through its schema (fhir-schemas.ts) before use. Nothing is read from resources this
 * import does not know. The request is validated with the shared schema; if it fails, nothing
 * is returned to fill the form with, only the reasons.
 */

export { maxBundleBytes, parseBundle, bundleResources } from "./bundle";
export { calendarDateOf, ageOn } from "./fhir-values";
export { medicationNames, dailyDoseMg, readOrder } from "./read-medication-request";
export { readPatientFacts, readResources } from "./read-record";
export { extractionFor } from "./baseline-selection";
export { toPlanRequest } from "./to-plan-request";
export { readFhirResource, resourceHeadSchema, type FhirMedicationRequest } from "./fhir-schemas";
export type { ReportEntry } from "./report";
export type { Extraction, OrderFacts, PatientFacts, ReadOptions } from "./facts";

export type ImportResult =
  | { ok: true; request: PlanRequest; report: ReportEntry[]; notes: string[] }
  | { ok: false; errors: string[]; report: ReportEntry[] };

/** Progress of an import: entries looked at out of all of them. */
export type ImportProgress = (entriesRead: number, entries: number) => void;

/** The resource types the import reads; every other one is only counted. */
const readTypes: ReadonlySet<unknown> = new Set(["Patient", "MedicationRequest", "Observation", "Immunization"]);

/**
 * The whole import: text in, a validated request (or the reasons it failed) and the report out.
 * Only Patient, MedicationRequest, Observation and Immunization resources are read; the others
 * (encounters, claims, notes…) are only counted. `onProgress` hears every few thousand entries.
 */
export function importFhirBundle(text: string, options: ReadOptions, onProgress?: ImportProgress): ImportResult {
  const parsed = parseBundle(text);
  if (!parsed.ok) return { ok: false, errors: [parsed.error], report: [] };
  const report: ReportEntry[] = [];
  const entries = parsed.bundle.entry ?? [];
  const wanted: JsonObject[] = [];
  entries.forEach((entry, index) => {
    if (onProgress && index % 2000 === 0) onProgress(index, entries.length);
    const resource = entryResource(entry);
    if (!resource) report.push(noResource(index));
    else if (readTypes.has(resource.resourceType)) {
      rememberEntryPosition(resource, index);
      wanted.push(resource);
    } else
      report.push({
        resource: resourceLabel(resource, index),
        outcome: "ignored",
        detail: "This resource type is not read.",
      });
  });
  onProgress?.(entries.length, entries.length);
  const extraction = readResources(wanted, options, report);
  const request = toPlanRequest(extraction);
  if (!request.ok) return { ok: false, errors: [...extraction.notes, ...request.errors], report: shortReport(report) };
  return { ok: true, request: request.request, report: shortReport(report), notes: extraction.notes };
}
