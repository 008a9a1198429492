import { describe, expect, it } from "vitest";
import { drugRules } from "@/rules";
import { sources } from "@/rules/sources";
import { drugIds, type DrugId } from "@/rules/types";
import { allExplorerRules, explorerRulesOf } from "@/lib/explorer/drug-rules";
import { ruleHref } from "@/lib/explorer/explorer-rule";

interface CitedLike {
  id: string;
  disagreement?: string;
  sources: readonly { source: string; section: string; readIn?: string }[];
}

/** Every object in a drug file that carries an id, an evidence tier and sources: a rule. */
function rulesIn(value: unknown, found: CitedLike[] = []): CitedLike[] {
  if (Array.isArray(value)) {
    for (const entry of value) rulesIn(entry, found);
  } else if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record.id === "string" && "evidence" in record && Array.isArray(record.sources))
      found.push(record as unknown as CitedLike);
    for (const child of Object.values(record)) rulesIn(child, found);
  }
  return found;
}

const rows = allExplorerRules();
const rowById = new Map(rows.map((row) => [row.id, row]));

describe("explorer data", () => {
  it.each(drugIds)("lists every rule of %s, each once", (drug: DrugId) => {
    const inFile = rulesIn(drugRules[drug]).map((rule) => rule.id);
    const inExplorer = explorerRulesOf(drugRules[drug]).map((row) => row.id);
    expect(inFile.length).toBeGreaterThan(0);
    expect([...inExplorer].sort()).toEqual([...new Set(inFile)].sort());
    expect(new Set(inExplorer).size).toBe(inExplorer.length);
  });

  it("gives every rule id once across all drugs, so each is one anchor", () => {
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    const everyRule = drugIds.flatMap((drug) => rulesIn(drugRules[drug]));
    expect(rows.length).toBe(new Set(everyRule.map((rule) => rule.id)).size);
  });

  it("links every rule to its drug page at its own anchor", () => {
    for (const row of rows) {
      expect(ruleHref(row)).toBe(`/rules/${row.drug}#${row.id}`);
      expect(row.id.startsWith(`${row.drug}.`)).toBe(true);
    }
  });

  it("resolves every citation of every rule, with its section", () => {
    for (const rule of drugIds.flatMap((drug) => rulesIn(drugRules[drug]))) {
      const row = rowById.get(rule.id);
      expect(row?.sources).toEqual(
        rule.sources.map((ref) => ({
          title: sources[ref.source as keyof typeof sources].title,
          section: ref.section,
          url: sources[ref.source as keyof typeof sources].url,
          ...(ref.readIn === undefined ? {} : { readIn: ref.readIn }),
        })),
      );
      expect(row?.sources.length).toBeGreaterThan(0);
    }
  });

  it("carries every disagreement between sources", () => {
    const disagreeing = drugIds.flatMap((drug) => rulesIn(drugRules[drug])).filter((rule) => rule.disagreement);
    expect(disagreeing.length).toBeGreaterThan(0);
    for (const rule of disagreeing) expect(rowById.get(rule.id)?.disagreement).toBe(rule.disagreement);
  });

  it("writes every rule in words, with no empty text", () => {
    for (const row of rows) {
      for (const text of [
        row.text.conventional,
        row.text.si,
        row.text.both,
        row.summary.conventional,
        row.summary.si,
      ]) {
        expect(text.trim().length).toBeGreaterThan(3);
      }
    }
  });
});

describe("thresholds in both unit systems", () => {
  it.each([
    ["abrocitinib.start.platelets", "Platelets < 150,000 cells/µL", "Platelets < 150 ×10⁹/L"],
    ["ritlecitinib.start.platelets", "Platelets < 100,000 cells/µL", "Platelets < 100 ×10⁹/L"],
    ["tofacitinib.start.alc-eu", "ALC < 750 cells/µL", "ALC < 0.75 ×10⁹/L"],
    ["tofacitinib.start.hemoglobin", "Haemoglobin < 9 g/dL", "Haemoglobin < 90 g/L"],
    ["abrocitinib.start.anc-eu", "ANC < 1,200 cells/µL", "ANC < 1.2 ×10⁹/L"],
    ["upadacitinib.treatment.alc", "ALC < 500 cells/µL: interrupt", "ALC < 0.5 ×10⁹/L: interrupt"],
  ])("%s reads %s or %s", (id, conventional, si) => {
    const row = rowById.get(id);
    expect(row?.summary.conventional).toBe(conventional);
    expect(row?.summary.si).toBe(si);
  });

  it("shows both units on the drug page", () => {
    expect(rowById.get("abrocitinib.start.platelets")?.text.both).toContain("150,000 cells/µL (150 ×10⁹/L)");
    expect(rowById.get("abrocitinib.treatment.hemoglobin")?.text.both).toContain("8 g/dL (80 g/L)");
  });

  it("says that a value exactly at a start limit passes (strictly-below semantics)", () => {
    for (const row of rows.filter((entry) => entry.kind === "start-threshold")) {
      expect(row.text.conventional).toContain("exactly at the limit passes");
    }
  });
});
