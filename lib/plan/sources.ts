import { sources } from "@/rules/sources";
import type { Cited, SourceRef } from "@/rules/types";
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
        Object.freeze({
          title: sources[ref.source].title,
          section: ref.section,
          url: sources[ref.source].url,
          ...(ref.readIn === undefined ? {} : { readIn: ref.readIn }),
        }),
      ),
    );
    resolved.set(refs, list);
  }
  return list;
}

/** The citations of several rules, each source's section once, in the order the rules cite them. */
export function citationsOf(rules: readonly Cited[]): SourceRef[] {
  const cited = new Map<string, SourceRef>();
  for (const ref of rules.flatMap((rule) => rule.sources)) {
    const key = `${ref.source}|${ref.section}`;
    if (!cited.has(key)) cited.set(key, ref);
  }
  return [...cited.values()];
}
