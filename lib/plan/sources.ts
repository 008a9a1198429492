import { sources } from "@/rules/sources";
import type { SourceRef } from "@/rules/types";
import type { PlanSource } from "@/lib/contract/plan";

// Rules are fixed data, so each rule's citations are resolved once and the frozen list is
// shared by every finding and item that rule gives, in every plan.
const resolved = new WeakMap<readonly SourceRef[], readonly PlanSource[]>();

/** Resolves a rule's citations against the bibliography. */
export function resolveSources(refs: readonly SourceRef[]): readonly PlanSource[] {
  let list = resolved.get(refs);
  if (list === undefined) {
    list = Object.freeze(
      refs.map((ref) =>
        Object.freeze({ title: sources[ref.source].title, section: ref.section, url: sources[ref.source].url }),
      ),
    );
    resolved.set(refs, list);
  }
  return list;
}
