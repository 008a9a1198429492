import type { Cited, DrugRules, SourceRef } from "@/rules/types";
import type { PlanContext } from "./context";
import { findingFrom } from "./findings";
import type { Finding } from "@/lib/contract/plan";

// One note per drug, citing the labels its indications come from: worked out once.
const notes = new WeakMap<DrugRules, Cited>();

function noteFor(rules: DrugRules): Cited {
  let note = notes.get(rules);
  if (note === undefined) {
    const sources: SourceRef[] = [];
    for (const ref of rules.indications.flatMap((indication) => indication.sources)) {
      if (!sources.some((known) => known.source === ref.source)) sources.push(ref);
    }
    note = { id: `${rules.id}.region.both`, evidence: "label", sources };
    notes.set(rules, note);
  }
  return note;
}

/**
 * When no label region was chosen (the planner's "both"), the plan says that it applied every
 * rule of the US label and the EU SmPC, so that the stricter one acts where they differ.
 */
export function regionNote(context: PlanContext): Finding[] {
  if (context.region !== "both") return [];
  return [
    findingFrom(
      noteFor(context.rules),
      "info",
      "No label region chosen: this plan applies the rules of both the US label and the EU SmPC, so the stricter one acts where they differ. Choose the region whose label you follow.",
    ),
  ];
}
