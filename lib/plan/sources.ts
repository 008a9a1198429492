import { sources } from "@/rules/sources";
import type { SourceRef } from "@/rules/types";
import type { PlanSource } from "./types";

/** Resolves a rule's citations against the bibliography. */
export function resolveSources(refs: readonly SourceRef[]): PlanSource[] {
  return refs.map((ref) => ({ title: sources[ref.source].title, section: ref.section, url: sources[ref.source].url }));
}
