import { drugRules } from "@/rules";
import type { DrugId, IndicationId } from "@/rules/types";
import { analyteName } from "@/lib/units/format";
import type { UnitSystem } from "@/lib/units/unit-systems";
import { ruleKindNames, type ExplorerRule } from "./explorer-rule";
import { normalizeForSearch } from "./search";

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

export function searchEntryOf(rule: ExplorerRule): SearchEntry {
  const rules = drugRules[rule.drug];
  const words = [
    rule.id,
    rules.name,
    rules.brand,
    ruleKindNames[rule.kind],
    rule.text.conventional,
    rule.text.si,
    // The matrix's short form ("Platelets < 150,000 cells/µL"), so what a cell shows can be searched for.
    ...Object.values(rule.summary),
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
    haystack: normalizeForSearch(words.join(" \u0000 ")),
  };
}
