import { describe, expect, it } from "vitest";
import { drugRules } from "@/rules";
import { drugIds } from "@/rules/types";
import { drugChoicesOf } from "@/lib/planner/drug-choices";

describe("the planner's drug choices", () => {
  const choices = drugChoicesOf(drugRules);

  it("offer every drug with the names, route, indications and doses of its rules", () => {
    expect(Object.keys(choices)).toEqual([...drugIds]);
    for (const id of drugIds) {
      const rules = drugRules[id];
      expect(choices[id]).toEqual({
        name: rules.name,
        brand: rules.brand,
        route: rules.route,
        indications: rules.indications.map((entry) => (entry.region ? { indication: entry.indication, region: entry.region } : { indication: entry.indication })),
        doses: rules.doses.map((dose) => ({ doseMg: dose.doseMg, regimen: dose.regimen, use: dose.use, indications: dose.indications })),
      });
    }
  });

  it("keep a region-only indication marked as such (the form shows 'US only' or 'EU only')", () => {
    const regional = drugIds.flatMap((id) => drugRules[id].indications.filter((entry) => entry.region).map((entry) => [id, entry] as const));
    expect(regional.length).toBeGreaterThan(0);
    for (const [id, entry] of regional) {
      expect(choices[id].indications).toContainEqual({ indication: entry.indication, region: entry.region });
    }
  });

  it("carry no rule content, and survive the trip to the browser as plain JSON", () => {
    const text = JSON.stringify(choices);
    expect(JSON.parse(text)).toEqual(choices);
    expect(text).not.toContain('"sources"');
    expect(text).not.toContain('"evidence"');
    // The point of the cut: a small part of the registry goes with the page.
    expect(text.length).toBeLessThan(JSON.stringify(drugRules).length / 10);
  });
});
