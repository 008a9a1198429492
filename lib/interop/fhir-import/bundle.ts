import type { JsonObject } from "@/lib/contract/json";
import { bundleEntrySchema, bundleSchema, type FhirBundle } from "./fhir-schemas";
import type { ReportEntry } from "./report";

/**
 * An EHR's export of one patient runs to megabytes (encounters, claims, notes, years of
 * results). The import runs in the browser, in a worker, and reads bundles up to 20 MB; the
 * server's doors keep their own, smaller limits (64 kB for the API, 1 MB for CDS Hooks).
 */
export const maxBundleBytes = 20 * 1024 * 1024;

/** UTF-8 needs at most 3 bytes per UTF-16 unit, so only a long text is worth measuring. */
const exceedsBundleLimit = (text: string) =>
  text.length * 3 > maxBundleBytes && new TextEncoder().encode(text).length > maxBundleBytes;

/** Text of a JSON body, checked for size and shape: a FHIR Bundle, or a reason. */
export function parseBundle(text: string): { ok: true; bundle: FhirBundle } | { ok: false; error: string } {
  if (exceedsBundleLimit(text)) {
    return { ok: false, error: `The bundle is larger than ${maxBundleBytes / 1024 / 1024} MB.` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: "The text is not valid JSON." };
  }
  const bundle = bundleSchema.safeParse(value);
  if (!bundle.success) return { ok: false, error: bundle.error.issues[0]?.message ?? "Not a FHIR Bundle." };
  return { ok: true, bundle: bundle.data };
}

/** The resource an entry holds, or undefined when it holds none (or is no entry at all). */
export function entryResource(entry: unknown): JsonObject | undefined {
  const read = bundleEntrySchema.safeParse(entry);
  return read.success ? read.data.resource : undefined;
}

/** The reason given for an entry without a resource. */
export const noResource = (index: number): ReportEntry => ({
  resource: `entry[${index}]`,
  outcome: "ignored",
  detail: "The entry has no resource.",
});

/** The resources of a bundle's entries; entries without one are reported. */
export function bundleResources(bundle: { entry?: unknown }, report: ReportEntry[]): JsonObject[] {
  const entries: unknown[] = Array.isArray(bundle.entry) ? bundle.entry : [];
  return entries.flatMap((entry, index) => {
    const resource = entryResource(entry);
    if (!resource) report.push(noResource(index));
    return resource ? [resource] : [];
  });
}
