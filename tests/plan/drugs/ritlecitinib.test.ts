import { describe, expect, it } from "vitest";
import { describeOralJakClassRules } from "../../support/oral-jak-class";
import {
  cleanRequest,
  datesOf,
  findingById,
  findingKeys,
  hasFinding,
  minimalRequest,
  plan,
  scheduled,
  visitLines,
  withBaselineLab,
  withPatient,
} from "../../support/requests";
import { describeStartThresholds } from "../../support/thresholds";

// LITFULO US PI 2.1 (start limits: ALC 500, platelets 100,000), 2.4 Table 1 (ALC and
// platelets 4 weeks after starting, then routine). Start 2027-01-04: week 4 = 2027-02-01.

describeStartThresholds("ritlecitinib", [
  {
    analyte: "platelets",
    title: "below 100,000 cells/µL",
    test: "platelets",
    labelRegion: "US",
    below: [
      [99999, "cells/uL"],
      [99.999, "10^9/L"],
    ],
    at: [
      [100000, "cells/uL"],
      [100, "10^9/L"],
    ],
    above: [
      [100001, "cells/uL"],
      [100.001, "10^9/L"],
    ],
    expectBelow: ["do-not-start ritlecitinib.start.platelets"],
  },
  {
    analyte: "ALC",
    title: "below 500 cells/µL",
    test: "alc",
    labelRegion: "US",
    below: [
      [499, "cells/uL"],
      [0.499, "10^9/L"],
    ],
    at: [
      [500, "cells/uL"],
      [0.5, "10^9/L"],
    ],
    above: [
      [501, "cells/uL"],
      [0.501, "10^9/L"],
    ],
    expectBelow: ["do-not-start ritlecitinib.start.alc"],
  },
  {
    analyte: "platelets",
    title: "below 100,000 cells/µL",
    test: "platelets",
    labelRegion: "EU",
    below: [
      [99999, "cells/uL"],
      [99.999, "10^9/L"],
    ],
    at: [
      [100000, "cells/uL"],
      [100, "10^9/L"],
    ],
    above: [[100001, "cells/uL"]],
    expectBelow: ["do-not-start ritlecitinib.start.platelets"],
  },
]);

describe("ritlecitinib start limits differ from abrocitinib's", () => {
  it("platelets 120,000 cells/µL → may start ritlecitinib (abrocitinib's limit is 150,000)", () => {
    const p = plan(withBaselineLab(cleanRequest("ritlecitinib"), "platelets", 120000, "cells/uL"));
    expect(findingKeys(p, "do-not-start")).toEqual([]);
  });

  it("platelets 99,999 cells/µL: the finding carries the disagreement note", () => {
    const p = plan(withBaselineLab(cleanRequest("ritlecitinib"), "platelets", 99999, "cells/uL"));
    expect(findingById(p, "ritlecitinib.start.platelets")[0]?.disagreement).toMatch(/150,000/);
  });

  it.each<[string, "anc" | "hemoglobin", number, string]>([
    ["ANC 0.5 ×10⁹/L", "anc", 0.5, "10^9/L"],
    ["haemoglobin 7 g/dL", "hemoglobin", 7, "g/dL"],
  ])("ritlecitinib %s → no do-not-start: the label sets no such limit", (_name, test, value, unit) => {
    const p = plan(withBaselineLab(cleanRequest("ritlecitinib"), test, value, unit));
    expect(findingKeys(p, "do-not-start")).toEqual([]);
  });
});

describe("ritlecitinib patient rules", () => {
  it.each<[string, Parameters<typeof withPatient>[1], string[]]>([
    [
      "severe hepatic impairment",
      { hepaticImpairment: "severe" },
      ["do-not-start ritlecitinib.not-recommended.hepatic-severe"],
    ],
    ["moderate hepatic impairment", { hepaticImpairment: "moderate" }, []],
    ["eGFR 20 (no renal rule in the label)", { egfr: 20 }, []],
  ])("ritlecitinib, %s → %j", (_name, patient, expected) => {
    expect(findingKeys(plan(withPatient(cleanRequest("ritlecitinib"), patient)), "do-not-start")).toEqual(expected);
  });

  it.each([
    [11, true],
    [12, false],
  ])("ritlecitinib for alopecia areata at age %d → below-approved-age caution: %s", (ageYears, expected) => {
    expect(
      hasFinding(
        plan(withPatient(cleanRequest("ritlecitinib"), { ageYears })),
        "caution",
        "ritlecitinib.indication.alopecia-areata",
      ),
    ).toBe(expected);
  });

  it("short-interruption advice is shown as info", () => {
    expect(hasFinding(plan(cleanRequest("ritlecitinib")), "info", "ritlecitinib.info.short-interruptions")).toBe(true);
  });
});

describeOralJakClassRules("ritlecitinib", {
  baselinePanels: ["cbc"],
  hepatitis: "any",
  euRiskGroups: true,
  euPregnancyContraindicated: true,
  euBreastfeeding: "contraindicated",
});

describe("ritlecitinib schedule", () => {
  it("no doses or results on file: RZV 1, baseline, week-4 CBC, RZV 2", () => {
    expect(visitLines(plan(minimalRequest("ritlecitinib")))).toEqual([
      "2026-12-21 2 weeks before start: rzv-dose-1",
      "2027-01-04 Baseline: cbc, tb, hbv, hcv, pregnancy",
      "2027-02-01 Week 4: cbc",
      "2027-02-21 Zoster vaccine dose 2: rzv-dose-2",
    ]);
  });

  it("ALC and platelets (CBC) 4 weeks after starting, on 2027-02-01; no lipid panel", () => {
    const p = plan(cleanRequest("ritlecitinib", { routineIntervalMonths: undefined }));
    expect(scheduled(p, "cbc").map((item) => [item.date, item.label, item.ruleId])).toEqual([
      ["2027-01-04", "Baseline", "ritlecitinib.baseline.cbc"],
      ["2027-02-01", "Week 4", "ritlecitinib.followup.cbc.week4"],
    ]);
    expect(datesOf(p, "lipids")).toEqual([]);
  });

  it("routineIntervalMonths 3 → CBC at Month 3, 6, 9 and 12", () => {
    const p = plan(cleanRequest("ritlecitinib", { routineIntervalMonths: 3 }));
    expect(
      scheduled(p, "cbc")
        .filter((item) => item.ruleId === "ritlecitinib.routine")
        .map((item) => `${item.date} ${item.label}`),
    ).toEqual(["2027-04-04 Month 3", "2027-07-04 Month 6", "2027-10-04 Month 9", "2028-01-04 Month 12"]);
  });

  it("no routine interval → missing ritlecitinib.routine", () => {
    expect(
      hasFinding(
        plan(cleanRequest("ritlecitinib", { routineIntervalMonths: undefined })),
        "missing",
        "ritlecitinib.routine",
      ),
    ).toBe(true);
  });
});

describe("ritlecitinib interacting medicines (LITFULO 7.2)", () => {
  it.each<[string, string[], string[]]>([
    [
      "a strong CYP3A inducer → caution (not recommended)",
      ["strong-cyp3a4-inducer"],
      ["caution ritlecitinib.not-recommended.strong-cyp3a-inducer"],
    ],
    ["a strong CYP3A4 inhibitor → no ritlecitinib rule", ["strong-cyp3a4-inhibitor"], []],
  ])("%s", (_name, interactingMedicines, expected) => {
    const p = plan(withPatient(cleanRequest("ritlecitinib"), { interactingMedicines: interactingMedicines as never }));
    expect(findingKeys(p).filter((key) => key.includes("cyp3a") && !key.startsWith("info"))).toEqual(expected);
  });

  it("the CYP3A and CYP1A2 substrates note is always shown", () => {
    expect(hasFinding(plan(cleanRequest("ritlecitinib")), "info", "ritlecitinib.info.cyp3a-cyp1a2-substrates")).toBe(
      true,
    );
  });
});
