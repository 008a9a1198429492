import { drugRules } from "@/rules";
import type { DrugId, IndicationId } from "@/rules/types";
import { analyteName } from "@/lib/units/format";
import { ruleKindNames, type ExplorerRule } from "./explorer-rule";
import type { UnitSystem } from "./unit-systems";

/** What the search box needs of a rule: little enough to send to the browser. */
export interface SearchEntry {
  id: string;
  drug: DrugId;
  drugName: string;
  route: "oral" | "topical";
  indications: readonly IndicationId[];
  kind: string;
  text: Readonly<Record<UnitSystem, string>>;
  /** Lower-case text the query is matched against: words, both unit systems, id, sources. */
  haystack: string;
}

const normalize = (text: string): string => text.toLowerCase().replace(/\s+/g, " ").trim();

export function searchEntryOf(rule: ExplorerRule): SearchEntry {
  const rules = drugRules[rule.drug];
  const words = [
    rule.id,
    rules.name,
    rules.brand,
    ruleKindNames[rule.kind],
    rule.text.conventional,
    rule.text.si,
    // Both spellings, so "hemoglobin" finds "haemoglobin" and "lymphocyte" finds "ALC".
    rule.test ?? "",
    rule.test ? analyteName(rule.test) : "",
    rule.disagreement ?? "",
    ...rule.sources.map((source) => `${source.title} ${source.section}`),
  ];
  return {
    id: rule.id,
    drug: rule.drug,
    drugName: rules.name,
    route: rules.route,
    indications: rules.indications.map((entry) => entry.indication),
    kind: ruleKindNames[rule.kind],
    text: { conventional: rule.text.conventional, si: rule.text.si },
    haystack: normalize(words.join(" \u0000 ")),
  };
}

/**
 * The rules whose words contain the query as a phrase ("12 weeks", "zoster", "platelets"),
 * case-insensitive. An empty query matches nothing: the search lists results only on demand.
 */
export function searchRules<T extends Pick<SearchEntry, "haystack">>(entries: readonly T[], query: string): T[] {
  const phrase = normalize(query);
  if (phrase === "") return [];
  return entries.filter((entry) => entry.haystack.includes(phrase));
}
