/**
 * labelRegion "both" (the planner's choice until a region is picked): every rule of the US
 * label and the EU SmPC applies, so the stricter one acts where they differ, and the plan
 * says so. The API's default stays "US".
 */
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
} from "../support/requests";

describe("following both labels", () => {
  it("the API's default region is still the US label", () => {
    expect(plan(minimalRequest("abrocitinib")).labelRegion).toBe("US");
  });

  it("the plan says no region was chosen and that it applies both", () => {
    const p = plan(cleanRequest("abrocitinib", { labelRegion: "both" }));
    expect(p.labelRegion).toBe("both");
    expect(findingById(p, "abrocitinib.region.both")[0]?.message).toMatch(
      /^No label region chosen: this plan applies the rules of both the US label and the EU SmPC/,
    );
    expect(findingById(plan(cleanRequest("abrocitinib", { labelRegion: "US" })), "abrocitinib.region.both")).toEqual(
      [],
    );
  });

  // Abrocitinib's start limits: ANC below 1,000 cells/µL (US) and below 1.2 ×10⁹/L (EU).
  it.each<[string, number, string[]]>([
    [
      "ANC 1.1 ×10⁹/L: only the EU limit is broken, and it refuses the start",
      1.1,
      ["do-not-start abrocitinib.start.anc-eu"],
    ],
    [
      "ANC 0.9 ×10⁹/L: both are broken; the stricter (EU) limit speaks, once",
      0.9,
      ["do-not-start abrocitinib.start.anc-eu"],
    ],
    ["ANC 1.2 ×10⁹/L: neither", 1.2, []],
  ])("abrocitinib, %s", (_name, value, expected) => {
    const p = plan(withBaselineLab(cleanRequest("abrocitinib", { labelRegion: "both" }), "anc", value, "10^9/L"));
    expect(
      p.findings.filter((finding) => finding.test === "anc").map((finding) => `${finding.action} ${finding.ruleId}`),
    ).toEqual(expected);
  });

  it("a US-only check (abrocitinib's CBC 4 weeks after a dose increase) and an EU-only dose step (eGFR 30–59 → at most 100 mg) both apply", () => {
    const p = plan(
      withPatient(
        cleanRequest("abrocitinib", {
          labelRegion: "both",
          doseMg: 100,
          doseChanges: [{ date: "2027-04-01", doseMg: 200 }],
        }),
        { egfr: 45 },
      ),
    );
    expect(
      p.visits.some((visit) => visit.items.some((item) => item.ruleId === "abrocitinib.followup.cbc.dose-increase")),
    ).toBe(true);
    expect(hasFinding(p, "reduce-dose", "abrocitinib.dose.renal-moderate-eu")).toBe(true);
  });

  it("at 66 under both labels, the EU SmPC's 100 mg is a starting dose: a later increase to 200 mg is not refused by it", () => {
    const request = (doseMg: number, doseChanges: { date: string; doseMg: number }[]) =>
      withPatient(cleanRequest("abrocitinib", { labelRegion: "both", doseMg, doseChanges }), { ageYears: 66 });
    expect(hasFinding(plan(request(200, [])), "reduce-dose", "abrocitinib.dose.age-65-eu")).toBe(true);
    const raised = plan(request(100, [{ date: "2027-03-01", doseMg: 200 }]));
    expect(findingById(raised, "abrocitinib.dose.age-65-eu").map((finding) => finding.action)).toEqual(["info"]);
  });

  it("pregnancy under both labels: the EU contraindication refuses the start; the US caution is shown too", () => {
    const p = plan(withPatient(cleanRequest("upadacitinib", { labelRegion: "both" }), { pregnant: true }));
    expect(findingKeys(p).filter((key) => key.includes("pregnan"))).toEqual([
      "do-not-start upadacitinib.contraindication.pregnancy-eu",
      "caution upadacitinib.caution.pregnant",
    ]);
  });

  it("an indication approved under one label only is a caution naming that label", () => {
    const p = plan(cleanRequest("baricitinib", { labelRegion: "both", indication: "atopic-dermatitis", doseMg: 4 }));
    expect(findingById(p, "baricitinib.indication.atopic-dermatitis")[0]?.message).toBe(
      "baricitinib is approved for atopic-dermatitis only under the EU SmPC: off-label under the other label.",
    );
  });

  it("deuruxolitinib (US only) under the EU SmPC is off-label; ruxolitinib cream for atopic dermatitis too", () => {
    expect(
      findingById(
        plan(cleanRequest("deuruxolitinib", { labelRegion: "EU" })),
        "deuruxolitinib.indication.alopecia-areata",
      )[0]?.message,
    ).toMatch(/^Off-label under the EU SmPC/);
    expect(
      findingById(
        plan(cleanRequest("ruxolitinib-cream", { labelRegion: "EU" })),
        "ruxolitinib-cream.indication.atopic-dermatitis",
      )[0]?.message,
    ).toMatch(/^Off-label under the EU SmPC/);
  });
});
