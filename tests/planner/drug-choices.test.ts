import { describe, expect, it } from "vitest";
import { drugRules } from "@/rules";
import { drugIds } from "@/rules/types";
import { drugChoicesOf } from "@/lib/planner/drug-choices";

describe("the planner's drug choices", () => {
  const choices = drugChoicesOf(drugRules);

  it("offer every drug, each field and list as its rules have it", () => {
    expect(Object.keys(choices)).toEqual([...drugIds]);
    // A choice is a cut of the rules: the same values, lists of the same length, nothing added.
    for (const id of drugIds) expect(drugRules[id]).toMatchObject(choices[id]);
  });

  it("keep a region-only indication marked as such (the form shows 'US only' or 'EU only')", () => {
    const regional = drugIds.flatMap((id) =>
      drugRules[id].indications.filter((entry) => entry.region).map((entry) => [id, entry] as const),
    );
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
