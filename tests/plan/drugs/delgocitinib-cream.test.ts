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

// ANZUPGO US PI: chronic hand eczema in adults; no boxed warning; no laboratory
// monitoring; at most 30 g every 2 weeks or 60 g a month. A cream takes no doseMg.

describe("delgocitinib cream: no routine labs", () => {
  it("delgocitinib cream for chronic hand eczema → info 'no routine labs', and no visits at all", () => {
    const p = plan(minimalRequest("delgocitinib-cream"));
    const [finding] = findingById(p, "delgocitinib-cream.info.no-routine-labs");
    expect(finding?.action).toBe("info");
    expect(finding?.message).toMatch(/No routine labs required by the label/);
    expect(p.visits).toEqual([]);
  });

  it("the request carries no doseMg; every finding is info", () => {
    const request = minimalRequest("delgocitinib-cream");
    expect(request).not.toHaveProperty("doseMg");
    expect(findingKeys(plan(request))).toEqual([
      "info delgocitinib-cream.info.amount",
      "info delgocitinib-cream.info.no-boxed-warning",
      "info delgocitinib-cream.info.no-routine-labs",
    ]);
  });

  it("age 70, smoker, platelets 20 ×10⁹/L → still no caution or do-not-start (no boxed warning, no lab limits)", () => {
    const request = withPatient(withBaselineLab(cleanRequest("delgocitinib-cream"), "platelets", 20, "10^9/L"), {
      ageYears: 70,
      smoking: "current",
      riskFactors: ["cardiovascular-disease"],
    });
    const p = plan(request);
    expect(findingKeys(p, "do-not-start")).toEqual([]);
    expect(findingKeys(p, "caution")).toEqual([]);
  });

  it.each([
    [17, true],
    [18, false],
  ])("delgocitinib cream at age %d → below-approved-age caution: %s", (ageYears, expected) => {
    expect(
      hasFinding(
        plan(withPatient(minimalRequest("delgocitinib-cream"), { ageYears })),
        "caution",
        "delgocitinib-cream.indication.chronic-hand-eczema",
      ),
    ).toBe(expected);
  });

  it.each([50, 80])("age %d → no zoster vaccine plan", (ageYears) => {
    expect(plan(withPatient(minimalRequest("delgocitinib-cream"), { ageYears })).visits).toEqual([]);
  });
});

describe("delgocitinib cream in pregnancy", () => {
  it.each<[string, "US" | "EU", string[]]>([
    [
      "EU SmPC → caution (avoid as a precaution; not contraindicated)",
      "EU",
      ["caution delgocitinib-cream.caution.pregnant-eu"],
    ],
    ["US label → no pregnancy rule read", "US", []],
  ])("pregnant under the %s", (_name, labelRegion, expected) => {
    const p = plan(withPatient(cleanRequest("delgocitinib-cream", { labelRegion }), { pregnant: true }));
    expect(findingKeys(p).filter((key) => key.includes("pregnan") && !key.startsWith("info"))).toEqual(expected);
  });
});
