import { describe, expect, it } from "vitest";
import { drugRules } from "@/rules";
import { drugIds } from "@/rules/types";
import { allExplorerRules } from "@/lib/explorer/drug-rules";
import { comparisonMatrix, filterableIndications, matrixColumns } from "@/lib/explorer/matrix";
import { searchRules } from "@/lib/explorer/search";
import { searchEntryOf } from "@/lib/explorer/search-entry";

const matrix = comparisonMatrix();

describe("comparison matrix", () => {
  it("has one row per drug and every column for each", () => {
    expect(matrix.map((row) => row.drug)).toEqual([...drugIds]);
    for (const row of matrix)
      expect(Object.keys(row.cells).sort()).toEqual(matrixColumns.map((column) => column.id).sort());
  });

  it("shows each drug's own rules only", () => {
    for (const row of matrix) {
      for (const rules of Object.values(row.cells)) for (const rule of rules) expect(rule.drug).toBe(row.drug);
    }
  });

  it("puts every start and treatment threshold, baseline test and dated follow-up in a column", () => {
    const shown = new Set(
      matrix.flatMap((row) =>
        Object.values(row.cells)
          .flat()
          .map((rule) => rule.id),
      ),
    );
    for (const drug of drugIds) {
      const rules = drugRules[drug];
      for (const rule of [
        ...rules.startThresholds,
        ...rules.treatmentThresholds,
        ...(rules.trendRules ?? []),
        ...rules.baselineTests,
        ...rules.followUps,
      ]) {
        expect(shown).toContain(rule.id);
      }
      for (const rule of rules.patientRules.filter((entry) => entry.action === "do-not-start"))
        expect(shown).toContain(rule.id);
    }
  });

  it("puts lipid follow-ups under lipid timing and other follow-ups under first follow-up", () => {
    const abrocitinib = matrix.find((row) => row.drug === "abrocitinib");
    expect(abrocitinib?.cells.lipids.map((rule) => rule.id)).toEqual(["abrocitinib.followup.lipids.week4"]);
    expect(abrocitinib?.cells["first-follow-up"].map((rule) => rule.id)).toContain("abrocitinib.followup.cbc.week4");
    const upadacitinib = matrix.find((row) => row.drug === "upadacitinib");
    expect(upadacitinib?.cells.lipids.map((rule) => rule.summary.conventional)).toEqual([
      "Lipid panel: 12 weeks after starting",
    ]);
  });

  it("filters by the indications the drugs list, topical creams included", () => {
    expect(filterableIndications(matrix)).toEqual([
      "atopic-dermatitis",
      "alopecia-areata",
      "psoriasis",
      "psoriatic-arthritis",
      "vitiligo",
      "chronic-hand-eczema",
    ]);
    expect(matrix.filter((row) => row.route === "topical").map((row) => row.drug)).toEqual([
      "ruxolitinib-cream",
      "delgocitinib-cream",
    ]);
  });
});

describe("search over rules", () => {
  const entries = allExplorerRules().map(searchEntryOf);
  const ids = (query: string) => searchRules(entries, query).map((entry) => entry.id);

  it("finds the platelet rules", () => {
    expect(ids("platelets")).toEqual(
      expect.arrayContaining([
        "abrocitinib.start.platelets",
        "ritlecitinib.start.platelets",
        "abrocitinib.treatment.platelets",
      ]),
    );
    expect(ids("Platelets")).toEqual(ids("platelets"));
  });

  it("finds every zoster vaccine rule", () => {
    const zoster = drugIds.flatMap((drug) => (drugRules[drug].zoster ? [drugRules[drug].zoster.id] : []));
    expect(zoster.length).toBeGreaterThan(0);
    expect(ids("zoster")).toEqual(expect.arrayContaining(zoster));
  });

  it("finds the 12-week lipid checks by their timing", () => {
    expect(ids("12 weeks")).toEqual(
      expect.arrayContaining(["upadacitinib.followup.lipids.week12", "baricitinib.followup.lipids.week12"]),
    );
    expect(ids("12   weeks")).toEqual(ids("12 weeks"));
  });

  it("finds haemoglobin under either spelling, and by SI value", () => {
    expect(ids("hemoglobin")).toContain("tofacitinib.start.hemoglobin");
    expect(ids("haemoglobin")).toContain("tofacitinib.start.hemoglobin");
    expect(ids("90 g/l")).toContain("tofacitinib.start.hemoglobin");
  });

  it("lists nothing for an empty query, and nothing for words no rule has", () => {
    expect(ids("   ")).toEqual([]);
    expect(ids("unobtainium")).toEqual([]);
  });
});
