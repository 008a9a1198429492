import type { JsonObject } from "@/lib/contract/json";
import { resourceHeadSchema } from "./fhir-schemas";

/** One line of the import's report: what became of one resource, and why. */
export interface ReportEntry {
  /** `ResourceType/id`, or `entry[n]` when the resource has no usable id. */
  resource: string;
  outcome: "read" | "ignored";
  detail: string;
}

/**
 * Where the reasons go. CDS Hooks reads without one (`null`): nobody sees the report there, and
 * building a line for each of thousands of results was most of its work.
 */
export type Report = ReportEntry[] | null;

/** Where each resource sat in the bundle it came from, to name one without an id. */
const entryPositions = new WeakMap<JsonObject, number>();

/** Remembers a resource's place in its bundle, for `resourceLabel`. */
export function rememberEntryPosition(resource: JsonObject, index: number): void {
  entryPositions.set(resource, index);
}

/** The resource as the report names it: `Type/id`, or `Type (entry n)` when its id is missing or odd. */
export function resourceLabel(resource: JsonObject, index: number): string {
  const head = resourceHeadSchema.parse(resource);
  const type = head.resourceType?.slice(0, 40) ?? "Resource";
  return head.id && /^[A-Za-z0-9\-.]{1,64}$/.test(head.id)
    ? `${type}/${head.id}`
    : `${type} (entry ${(entryPositions.get(resource) ?? index) + 1})`;
}
