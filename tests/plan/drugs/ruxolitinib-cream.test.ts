import { describe, expect, it } from "vitest";
import {
  cleanRequest,
  findingById,
  findingKeys,
  hasFinding,
  minimalRequest,
  plan,
  withBaselineLab,
  withPatient,
} from "../../support/requests";

// OPZELURA US PI: no routine laboratory monitoring; class boxed warning; atopic dermatitis
// from age 2 (2025 update), non-segmental vitiligo from age 12. A cream takes no doseMg.

describe("ruxolitinib cream: no routine labs", () => {
  it.each([
    ["atopic dermatitis", "atopic-dermatitis"],
    ["vitiligo", "vitiligo"],
  ] as const)("ruxolitinib cream for %s → info 'no routine labs', and no visits at all", (_name, indication) => {
    const p = plan(minimalRequest("ruxolitinib-cream", { indication }));
    const [finding] = findingById(p, "ruxolitinib-cream.info.no-routine-labs");
    expect(finding?.action).toBe("info");
    expect(finding?.message).toMatch(/No routine labs required by the label/);
    expect(p.visits).toEqual([]);
  });

  it("the request carries no doseMg and nothing is reported missing", () => {
    const request = minimalRequest("ruxolitinib-cream");
    expect(request).not.toHaveProperty("doseMg");
    expect(findingKeys(plan(request), "missing")).toEqual([]);
  });

  it("the class boxed warning is shown as a caution", () => {
    expect(
      hasFinding(plan(minimalRequest("ruxolitinib-cream")), "caution", "ruxolitinib-cream.caution.boxed-warning"),
    ).toBe(true);
  });

  it("age 70, smoker, platelets 20 ×10⁹/L, TB positive → no do-not-start and no oral-JAK rule", () => {
    const request = withPatient(
      withBaselineLab(
        cleanRequest("ruxolitinib-cream", { screening: [{ test: "tb", result: "positive", date: "2026-12-15" }] }),
        "platelets",
        20,
        "10^9/L",
      ),
      {
        ageYears: 70,
        smoking: "current",
        riskFactors: ["hypertension"],
      },
    );
    const p = plan(request);
    expect(findingKeys(p, "do-not-start")).toEqual([]);
    expect(p.findings.map((finding) => finding.ruleId).every((id) => id.startsWith("ruxolitinib-cream."))).toBe(true);
    expect(p.visits).toEqual([]);
  });

  it.each<[string, "atopic-dermatitis" | "vitiligo", number, boolean]>([
    ["atopic dermatitis", "atopic-dermatitis", 1, true],
    ["atopic dermatitis", "atopic-dermatitis", 2, false],
    ["vitiligo", "vitiligo", 11, true],
    ["vitiligo", "vitiligo", 12, false],
  ])("ruxolitinib cream for %s at age %d → below-approved-age caution: %s", (_name, indication, ageYears, expected) => {
    const p = plan(withPatient(minimalRequest("ruxolitinib-cream", { indication }), { ageYears }));
    expect(hasFinding(p, "caution", `ruxolitinib-cream.indication.${indication}`)).toBe(expected);
  });

  it.each([19, 50, 80])("age %d → no zoster vaccine plan (the label gives no zoster advice)", (ageYears) => {
    const p = plan(withPatient(minimalRequest("ruxolitinib-cream"), { ageYears }));
    expect(p.visits).toEqual([]);
    expect(p.findings.some((finding) => finding.ruleId.includes("rzv"))).toBe(false);
  });
});

describe("ruxolitinib cream: pregnancy and breastfeeding by region", () => {
  it.each<[string, "US" | "EU", Record<string, unknown>, string[]]>([
    [
      "pregnant, EU SmPC → do not start (4.3)",
      "EU",
      { pregnant: true },
      ["do-not-start ruxolitinib-cream.contraindication.pregnancy-eu"],
    ],
    [
      "pregnant, US label → caution (not contraindicated)",
      "US",
      { pregnant: true },
      ["caution ruxolitinib-cream.caution.pregnant"],
    ],
    [
      "breastfeeding, EU SmPC → do not start (4.3)",
      "EU",
      { breastfeeding: true },
      ["do-not-start ruxolitinib-cream.contraindication.breastfeeding-eu"],
    ],
    [
      "breastfeeding, US label → caution",
      "US",
      { breastfeeding: true },
      ["caution ruxolitinib-cream.caution.breastfeeding"],
    ],
  ])("%s", (_name, labelRegion, patient, expected) => {
    const p = plan(withPatient(cleanRequest("ruxolitinib-cream", { indication: "vitiligo", labelRegion }), patient));
    expect(findingKeys(p).filter((key) => /pregnan|breastfeeding/.test(key) && !key.startsWith("info"))).toEqual(
      expected,
    );
  });

  it("can become pregnant under the EU SmPC → contraception advice; under the US label none", () => {
    const patient = { canBecomePregnant: true };
    expect(
      hasFinding(
        plan(withPatient(cleanRequest("ruxolitinib-cream", { indication: "vitiligo", labelRegion: "EU" }), patient)),
        "caution",
        "ruxolitinib-cream.caution.can-become-pregnant",
      ),
    ).toBe(true);
    expect(
      hasFinding(
        plan(withPatient(cleanRequest("ruxolitinib-cream", { indication: "vitiligo", labelRegion: "US" }), patient)),
        "caution",
        "ruxolitinib-cream.caution.can-become-pregnant",
      ),
    ).toBe(false);
  });

  it("atopic dermatitis under the EU SmPC is off-label (the EU authorises facial vitiligo only)", () => {
    expect(
      hasFinding(
        plan(cleanRequest("ruxolitinib-cream", { labelRegion: "EU" })),
        "caution",
        "ruxolitinib-cream.indication.atopic-dermatitis",
      ),
    ).toBe(true);
  });

  // OPZELURA US 1.1: atopic dermatitis "in non-immunocompromised" patients.
  it.each<[string, Parameters<typeof withPatient>[1], "atopic-dermatitis" | "vitiligo", string[]]>([
    ["immunosuppressed, atopic dermatitis", { riskFactors: ["immunosuppressed"] }, "atopic-dermatitis", ["caution"]],
    ["immunosuppressed, vitiligo (no such limit)", { riskFactors: ["immunosuppressed"] }, "vitiligo", []],
    ["not immunosuppressed, atopic dermatitis", { riskFactors: [] }, "atopic-dermatitis", []],
  ])("%s → %j", (_name, patient, indication, expected) => {
    const p = plan(withPatient(cleanRequest("ruxolitinib-cream", { indication }), patient));
    expect(
      findingById(p, "ruxolitinib-cream.caution.immunocompromised-atopic-dermatitis").map((finding) => finding.action),
    ).toEqual(expected);
  });

  it("the TB advice of the label (consider testing before use, watch during use) is shown", () => {
    expect(hasFinding(plan(cleanRequest("ruxolitinib-cream")), "info", "ruxolitinib-cream.info.tuberculosis")).toBe(
      true,
    );
  });
});
