import { describe, expect, it } from "vitest";
import { describeOralJakClassRules } from "../support/oral-jak-class";
import { cleanRequest, datesOf, findingById, findingKeys, hasFinding, minimalRequest, plan, scheduled, visitLines, withPatient } from "../support/requests";
import { describeStartThresholds } from "../support/thresholds";

// OLUMIANT US PI 2 (evaluations before starting, cytopenias), 5 (lipids about 12 weeks
// after starting — the only dated follow-up lab); EU SmPC 4.1/4.2 for atopic dermatitis.

describeStartThresholds("baricitinib", [
  {
    analyte: "ALC",
    title: "below 500 cells/µL",
    test: "alc",
    labelRegion: "US",
    below: [[499, "cells/uL"], [0.499, "10^9/L"]],
    at: [[500, "cells/uL"], [0.5, "10^9/L"]],
    above: [[501, "cells/uL"], [0.501, "10^9/L"]],
    expectBelow: ["do-not-start baricitinib.start.alc"],
  },
  {
    analyte: "ANC",
    title: "below 1,000 cells/µL",
    test: "anc",
    labelRegion: "US",
    below: [[999, "cells/uL"], [0.999, "10^9/L"]],
    at: [[1000, "cells/uL"], [1, "10^9/L"]],
    above: [[1001, "cells/uL"], [1.001, "10^9/L"]],
    expectBelow: ["do-not-start baricitinib.start.anc"],
  },
  {
    analyte: "haemoglobin",
    title: "below 8 g/dL",
    test: "hemoglobin",
    labelRegion: "US",
    below: [[7.99, "g/dL"], [79.9, "g/L"], [4.96, "mmol/L"]],
    at: [[8, "g/dL"], [80, "g/L"], [4.9648, "mmol/L"]],
    above: [[8.01, "g/dL"], [80.1, "g/L"], [4.97, "mmol/L"]],
    expectBelow: ["do-not-start baricitinib.start.hemoglobin"],
  },
  {
    analyte: "ALC",
    title: "below 500 cells/µL",
    test: "alc",
    labelRegion: "EU",
    below: [[499, "cells/uL"], [0.499, "10^9/L"]],
    at: [[500, "cells/uL"], [0.5, "10^9/L"]],
    above: [[501, "cells/uL"]],
    expectBelow: ["do-not-start baricitinib.start.alc"],
  },
]);

describe("baricitinib indications and patient rules", () => {
  it.each<[string, "US" | "EU", number, string[]]>([
    ["eGFR 59, US label", "US", 59, ["caution baricitinib.caution.renal", "info baricitinib.caution.renal-eu"]],
    ["eGFR 29, US label", "US", 29, ["caution baricitinib.caution.renal", "info baricitinib.caution.renal-eu"]],
    ["eGFR 60, US label", "US", 60, []],
    ["eGFR 59, EU SmPC", "EU", 59, ["info baricitinib.caution.renal", "caution baricitinib.caution.renal-eu"]],
    ["eGFR 60, EU SmPC", "EU", 60, []],
  ])("baricitinib, %s → %j", (_name, labelRegion, egfr, expected) => {
    const p = plan(withPatient(cleanRequest("baricitinib", { labelRegion }), { egfr }));
    expect(findingKeys(p).filter((key) => key.includes(".caution.renal")).sort()).toEqual([...expected].sort());
  });

  it("atopic dermatitis under the US label → off-label caution (approved only in the EU)", () => {
    const p = plan(cleanRequest("baricitinib", { indication: "atopic-dermatitis", doseMg: 4 }));
    const [finding] = findingById(p, "baricitinib.indication.atopic-dermatitis");
    expect(finding?.action).toBe("caution");
    expect(finding?.message).toMatch(/Off-label/);
  });

  it("atopic dermatitis under the EU SmPC → no off-label caution", () => {
    const p = plan(cleanRequest("baricitinib", { indication: "atopic-dermatitis", doseMg: 4, labelRegion: "EU" }));
    expect(findingById(p, "baricitinib.indication.atopic-dermatitis")).toEqual([]);
  });

  it.each<[string, "atopic-dermatitis" | "alopecia-areata", "US" | "EU", number, number, string[]]>([
    ["atopic dermatitis, EU, age 65 on 4 mg", "atopic-dermatitis", "EU", 65, 4, ["reduce-dose baricitinib.dose.age-65-eu"]],
    ["atopic dermatitis, EU, age 64 on 4 mg", "atopic-dermatitis", "EU", 64, 4, []],
    ["atopic dermatitis, EU, age 70 on 2 mg", "atopic-dermatitis", "EU", 70, 2, []],
    ["atopic dermatitis, US, age 65 on 4 mg (the EU rule shown as info)", "atopic-dermatitis", "US", 65, 4, ["info baricitinib.dose.age-65-eu"]],
    ["alopecia areata, EU, age 65 on 4 mg (the rule is for atopic dermatitis)", "alopecia-areata", "EU", 65, 4, []],
  ])("baricitinib, %s → %j", (_name, indication, labelRegion, ageYears, doseMg, expected) => {
    const p = plan(withPatient(cleanRequest("baricitinib", { indication, labelRegion, doseMg }), { ageYears }));
    expect(findingKeys(p).filter((key) => key.includes("age-65"))).toEqual(expected);
  });

  it.each([
    [17, true],
    [18, false],
  ])("baricitinib for alopecia areata at age %d → below-approved-age caution: %s", (ageYears, expected) => {
    expect(hasFinding(plan(withPatient(cleanRequest("baricitinib"), { ageYears })), "caution", "baricitinib.indication.alopecia-areata")).toBe(expected);
  });

  it("eGFR on file counts as the baseline renal function even without a creatinine result", () => {
    const p = plan(withPatient(minimalRequest("baricitinib"), { egfr: 80 }));
    expect(hasFinding(p, "missing", "baricitinib.baseline.renal")).toBe(false);
  });
});

describeOralJakClassRules("baricitinib", { baselinePanels: ["cbc", "liver", "renal"], viralHepatitis: "caution", euRiskGroups: true });

describe("baricitinib schedule", () => {
  it("no doses or results on file: RZV 1, baseline, RZV 2, week-12 lipids", () => {
    expect(visitLines(plan(minimalRequest("baricitinib")))).toEqual([
      "2026-12-21 2 weeks before start: rzv-dose-1",
      "2027-01-04 Baseline: cbc, liver, renal, tb, hbv, hcv",
      "2027-02-21 Zoster vaccine dose 2: rzv-dose-2",
      "2027-03-29 Week 12: lipids",
    ]);
  });

  it("lipids at week 12 (2027-03-29) are the only dated follow-up lab", () => {
    const p = plan(cleanRequest("baricitinib", { routineIntervalMonths: undefined }));
    const afterStart = p.visits.filter((visit) => visit.date > "2027-01-04").flatMap((visit) => visit.items.map((item) => `${visit.date} ${item.test} ${item.ruleId}`));
    expect(afterStart).toEqual(["2027-03-29 lipids baricitinib.followup.lipids.week12"]);
  });

  it("routineIntervalMonths 3 → CBC and lipids at Month 3, 6, 9 and 12", () => {
    const p = plan(cleanRequest("baricitinib", { routineIntervalMonths: 3 }));
    const routine = ["2027-04-04", "2027-07-04", "2027-10-04", "2028-01-04"];
    expect(scheduled(p, "cbc").filter((item) => item.ruleId === "baricitinib.routine").map((item) => item.date)).toEqual(routine);
    expect(scheduled(p, "lipids").filter((item) => item.ruleId === "baricitinib.routine").map((item) => item.date)).toEqual(routine);
    expect(datesOf(p, "liver")).toEqual(["2027-01-04"]);
  });
});
