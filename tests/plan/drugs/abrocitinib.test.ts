import { describe, expect, it } from "vitest";
import { sortFindings } from "@/lib/plan/findings";
import type { Finding } from "@/lib/contract/plan";
import { findingActions, type FindingAction } from "@/rules/types";
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
  visitOn,
  withBaselineLab,
  withPatient,
} from "../../support/requests";
import { describeStartThresholds } from "../../support/thresholds";

// CIBINQO US PI 2.1 / laboratory monitoring table; EU SmPC 4.2 for the EU starting limits.
// Start 2027-01-04 (a Monday): week 4 = 2027-02-01, RZV dose 1 = 2026-12-21.

describeStartThresholds("abrocitinib", [
  {
    analyte: "platelets",
    title: "below 150,000 cells/µL",
    test: "platelets",
    labelRegion: "US",
    below: [
      [149999, "cells/uL"],
      [149.999, "10^9/L"],
      [120, "10^9/L"],
    ],
    at: [
      [150000, "cells/uL"],
      [150, "10^9/L"],
    ],
    above: [
      [150001, "cells/uL"],
      [150.001, "10^9/L"],
    ],
    expectBelow: ["do-not-start abrocitinib.start.platelets"],
  },
  {
    analyte: "platelets",
    title: "below 150,000 cells/µL",
    test: "platelets",
    labelRegion: "EU",
    below: [
      [149999, "cells/uL"],
      [149.999, "10^9/L"],
    ],
    at: [
      [150000, "cells/uL"],
      [150, "10^9/L"],
    ],
    above: [[150001, "cells/uL"]],
    expectBelow: ["do-not-start abrocitinib.start.platelets"],
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
    expectBelow: ["do-not-start abrocitinib.start.alc"],
  },
  {
    analyte: "ALC",
    title: "below 500 cells/µL",
    test: "alc",
    labelRegion: "EU",
    below: [
      [499, "cells/uL"],
      [0.499, "10^9/L"],
    ],
    at: [
      [500, "cells/uL"],
      [0.5, "10^9/L"],
    ],
    above: [[501, "cells/uL"]],
    expectBelow: ["do-not-start abrocitinib.start.alc"],
  },
  {
    // Between the US limit (1,000) and the EU one (1.2 ×10⁹/L) the EU limit is shown as a disagreement.
    analyte: "ANC",
    title: "US limit, below 1,000 cells/µL",
    test: "anc",
    labelRegion: "US",
    below: [
      [999, "cells/uL"],
      [0.999, "10^9/L"],
    ],
    at: [
      [1000, "cells/uL"],
      [1, "10^9/L"],
    ],
    above: [
      [1001, "cells/uL"],
      [1.001, "10^9/L"],
    ],
    expectBelow: ["do-not-start abrocitinib.start.anc"],
    expectAtOrAbove: ["info abrocitinib.start.anc-eu"],
  },
  {
    analyte: "ANC",
    title: "EU limit 1.2 ×10⁹/L shown as a disagreement",
    test: "anc",
    labelRegion: "US",
    below: [
      [1199, "cells/uL"],
      [1.199, "10^9/L"],
    ],
    at: [
      [1200, "cells/uL"],
      [1.2, "10^9/L"],
    ],
    above: [
      [1201, "cells/uL"],
      [1.201, "10^9/L"],
    ],
    expectBelow: ["info abrocitinib.start.anc-eu"],
  },
  {
    analyte: "ANC",
    title: "EU limit, below 1.2 ×10⁹/L",
    test: "anc",
    labelRegion: "EU",
    below: [
      [1199, "cells/uL"],
      [1.199, "10^9/L"],
      [999, "cells/uL"],
    ],
    at: [
      [1200, "cells/uL"],
      [1.2, "10^9/L"],
    ],
    above: [
      [1201, "cells/uL"],
      [1.201, "10^9/L"],
    ],
    expectBelow: ["do-not-start abrocitinib.start.anc-eu"],
  },
  {
    analyte: "haemoglobin",
    title: "US limit, below 8 g/dL",
    test: "hemoglobin",
    labelRegion: "US",
    below: [
      [7.99, "g/dL"],
      [79.9, "g/L"],
      [4.96, "mmol/L"],
    ],
    at: [
      [8, "g/dL"],
      [80, "g/L"],
      [4.9648, "mmol/L"],
    ],
    above: [
      [8.01, "g/dL"],
      [80.1, "g/L"],
      [4.97, "mmol/L"],
    ],
    expectBelow: ["do-not-start abrocitinib.start.hemoglobin"],
    expectAtOrAbove: ["info abrocitinib.start.hemoglobin-eu"],
  },
  {
    analyte: "haemoglobin",
    title: "EU limit 10 g/dL shown as a disagreement",
    test: "hemoglobin",
    labelRegion: "US",
    below: [
      [9.99, "g/dL"],
      [99.9, "g/L"],
      [6.2, "mmol/L"],
    ],
    at: [
      [10, "g/dL"],
      [100, "g/L"],
      [6.206, "mmol/L"],
    ],
    above: [
      [10.01, "g/dL"],
      [100.1, "g/L"],
      [6.21, "mmol/L"],
    ],
    expectBelow: ["info abrocitinib.start.hemoglobin-eu"],
  },
  {
    analyte: "haemoglobin",
    title: "EU limit, below 10 g/dL",
    test: "hemoglobin",
    labelRegion: "EU",
    below: [
      [9.99, "g/dL"],
      [99.9, "g/L"],
      [6.2, "mmol/L"],
      [7.99, "g/dL"],
    ],
    at: [
      [10, "g/dL"],
      [100, "g/L"],
      [6.206, "mmol/L"],
    ],
    above: [
      [10.01, "g/dL"],
      [100.1, "g/L"],
      [6.21, "mmol/L"],
    ],
    expectBelow: ["do-not-start abrocitinib.start.hemoglobin-eu"],
  },
]);

describe("abrocitinib start limits: messages and baseline results", () => {
  it("platelets 120 ×10⁹/L: the message names the value, its date and the limit in the same unit", () => {
    const p = plan(withBaselineLab(cleanRequest("abrocitinib"), "platelets", 120, "10^9/L"));
    const [finding] = findingById(p, "abrocitinib.start.platelets");
    expect(finding?.message).toContain("120 ×10⁹/L");
    expect(finding?.message).toContain("150 ×10⁹/L");
    expect(finding?.message).toContain("2026-12-15");
    expect(finding?.sources.length).toBeGreaterThan(0);
  });

  it("platelets 149,999 cells/µL: the limit is shown in cells/µL", () => {
    const p = plan(withBaselineLab(cleanRequest("abrocitinib"), "platelets", 149999, "cells/uL"));
    expect(findingById(p, "abrocitinib.start.platelets")[0]?.message).toContain("150,000 cells/µL");
  });

  it("ANC 1,100 cells/µL under the US label: the EU disagreement names the EU SmPC and says the plan follows the US label", () => {
    const p = plan(withBaselineLab(cleanRequest("abrocitinib"), "anc", 1100, "cells/uL"));
    const [finding] = findingById(p, "abrocitinib.start.anc-eu");
    expect(finding?.action).toBe("info");
    expect(finding?.message).toMatch(/EU SmPC/);
    expect(finding?.message).toMatch(/follows the US label/);
  });

  it("the latest baseline result counts: low platelets on 1 Dec, normal on 15 Dec → may start", () => {
    const request = withBaselineLab(cleanRequest("abrocitinib"), "platelets", 120, "10^9/L", "2026-12-01");
    const p = plan({
      ...request,
      labs: [...(request.labs ?? []), { test: "platelets", value: 240, unit: "10^9/L", date: "2026-12-15" }],
    });
    expect(findingKeys(p, "do-not-start")).toEqual([]);
  });

  // Found by the list-order property: the last-listed of two same-day results used to count.
  it.each([
    ["120 listed first", [120, 240]],
    ["120 listed last", [240, 120]],
  ])(
    "two baseline platelet counts on one day, 120 and 240 ×10⁹/L (%s) → the lower counts: do not start",
    (_name, values) => {
      const request = cleanRequest("abrocitinib");
      const otherLabs = (request.labs ?? []).filter((lab) => lab.test !== "platelets");
      const platelets = values.map((value) => ({
        test: "platelets" as const,
        value,
        unit: "10^9/L",
        date: "2026-12-15",
      }));
      expect(findingKeys(plan({ ...request, labs: [...otherLabs, ...platelets] }), "do-not-start")).toEqual([
        "do-not-start abrocitinib.start.platelets",
      ]);
    },
  );

  it.each([
    ["positive listed first", ["positive", "negative"]],
    ["positive listed last", ["negative", "positive"]],
  ] as const)(
    "a positive and a negative TB test on one day (%s) → the positive counts: do not start",
    (_name, results) => {
      const request = cleanRequest("abrocitinib");
      const otherScreening = (request.screening ?? []).filter((entry) => entry.test !== "tb");
      const tb = results.map((result) => ({ test: "tb" as const, result, date: "2026-12-15" }));
      expect(findingKeys(plan({ ...request, screening: [...otherScreening, ...tb] }), "do-not-start")).toEqual([
        "do-not-start abrocitinib.screening.tb-positive",
      ]);
    },
  );

  it.each([
    ["latent listed first", ["latent", "active"]],
    ["latent listed last", ["active", "latent"]],
  ] as const)(
    "two positive TB tests on one day read as latent and as active (%s) → active counts: do not start",
    (_name, readings) => {
      const request = cleanRequest("abrocitinib");
      const otherScreening = (request.screening ?? []).filter((entry) => entry.test !== "tb");
      const tb = readings.map((interpretation) => ({
        test: "tb" as const,
        result: "positive" as const,
        interpretation,
        date: "2026-12-15",
      }));
      const tbFindings = plan({ ...request, screening: [...otherScreening, ...tb] }).findings.filter((finding) =>
        finding.ruleId.startsWith("abrocitinib.screening.tb"),
      );
      expect(tbFindings.map((finding) => `${finding.action} ${finding.ruleId}`)).toEqual([
        "do-not-start abrocitinib.screening.tb-active",
        "caution abrocitinib.screening.tb-same-day-disagreement",
      ]);
      expect(tbFindings[1]?.message).toBe(
        "Results of the TB screen taken on 2026-12-15 disagree (positive, active TB; positive, latent TB): the plan follows the more cautious one (positive, active TB). If these are two different tests, record their combined result in one entry; otherwise correct the one entered in error.",
      );
      expect(tbFindings[1]?.sources.length).toBeGreaterThan(0);
    },
  );

  it("a positive and a negative TB test on one day are named as disagreeing; two alike are not", () => {
    const request = cleanRequest("abrocitinib");
    const otherScreening = (request.screening ?? []).filter((entry) => entry.test !== "tb");
    const withTb = (results: readonly ("positive" | "negative")[]) =>
      plan({
        ...request,
        screening: [
          ...otherScreening,
          ...results.map((result) => ({ test: "tb" as const, result, date: "2026-12-15" })),
        ],
      });
    expect(findingKeys(withTb(["negative", "positive"]), "caution")).toContain(
      "caution abrocitinib.screening.tb-same-day-disagreement",
    );
    expect(
      withTb(["negative", "negative"]).findings.some((finding) => finding.ruleId.endsWith("-same-day-disagreement")),
    ).toBe(false);
  });

  it("two latent TB results on one day, only one recording preventive treatment, are not a disagreement", () => {
    const request = cleanRequest("abrocitinib");
    const otherScreening = (request.screening ?? []).filter((entry) => entry.test !== "tb");
    const latent = {
      test: "tb" as const,
      result: "positive" as const,
      interpretation: "latent" as const,
      date: "2026-12-15",
    };
    const p = plan({
      ...request,
      screening: [...otherScreening, latent, { ...latent, preventiveTreatmentStarted: "2026-12-20" }],
    });
    expect(p.findings.some((finding) => finding.ruleId.endsWith("-same-day-disagreement"))).toBe(false);
  });

  it("results of one test on different days are a history, not a disagreement", () => {
    const request = cleanRequest("abrocitinib");
    const otherScreening = (request.screening ?? []).filter((entry) => entry.test !== "tb");
    const p = plan({
      ...request,
      screening: [
        ...otherScreening,
        { test: "tb", result: "positive", date: "2026-11-01" },
        { test: "tb", result: "negative", date: "2026-12-15" },
      ],
    });
    expect(p.findings.some((finding) => finding.ruleId.endsWith("-same-day-disagreement"))).toBe(false);
  });

  it("a result on the start date itself is a baseline result", () => {
    const p = plan(withBaselineLab(cleanRequest("abrocitinib"), "platelets", 120, "10^9/L", "2027-01-04"));
    expect(findingKeys(p, "do-not-start")).toEqual(["do-not-start abrocitinib.start.platelets"]);
  });

  it("a low result dated after the start is not a baseline result: no do-not-start", () => {
    const p = plan(withBaselineLab(cleanRequest("abrocitinib"), "platelets", 120, "10^9/L", "2027-01-05"));
    expect(hasFinding(p, "do-not-start", "abrocitinib.start.platelets")).toBe(false);
  });

  describe("a missed baseline count drawn after the start", () => {
    const lateCount = (platelets: number) =>
      plan({
        ...minimalRequest("abrocitinib", { labelRegion: "US" }),
        labs: [
          { test: "platelets", value: platelets, unit: "10^9/L", date: "2027-02-01" },
          { test: "anc", value: 3.5, unit: "10^9/L", date: "2027-02-01" },
          { test: "alc", value: 1.8, unit: "10^9/L", date: "2027-02-01" },
          { test: "hemoglobin", value: 13.5, unit: "g/dL", date: "2027-02-01" },
        ],
      });

    it("platelets 149 ×10⁹/L, below the start limit: a caution that names it (no do-not-start: the drug has started)", () => {
      const p = lateCount(149);
      expect(hasFinding(p, "do-not-start", "abrocitinib.start.platelets")).toBe(false);
      expect(findingById(p, "abrocitinib.start.platelets")).toEqual([
        expect.objectContaining({
          action: "caution",
          test: "platelets",
          resultDate: "2027-02-01",
          message: expect.stringMatching(
            /^Platelets 149 ×10⁹\/L .*\(2027-02-01, drawn after the start in place of the missed baseline\) is below .*, the limit for starting abrocitinib: it was started without this baseline result\./,
          ),
        }),
      ]);
      expect(findingById(p, "abrocitinib.baseline.cbc").map((finding) => finding.action)).toEqual(["info"]);
    });

    it("platelets 150 ×10⁹/L, at the start limit: no caution", () => {
      expect(findingById(lateCount(150), "abrocitinib.start.platelets")).toEqual([]);
    });
  });

  it("baseline platelets only: the CBC is not done, and ANC, ALC and haemoglobin are named as missing", () => {
    const p = plan(
      minimalRequest("abrocitinib", { labs: [{ test: "platelets", value: 240, unit: "10^9/L", date: "2026-12-15" }] }),
    );
    expect(findingById(p, "abrocitinib.baseline.cbc").map((finding) => finding.action)).toEqual(["missing"]);
    expect(findingById(p, "abrocitinib.baseline.cbc")[0]?.message).toContain(
      "Baseline CBC with differential not complete: no ANC, ALC and haemoglobin on file.",
    );
    expect(visitOn(p, "2027-01-04")?.items.find((item) => item.test === "cbc")?.status).toBe("due");
  });

  it("a complete CBC without a white cell count is done: abrocitinib's rules read ANC, ALC, platelets and haemoglobin", () => {
    const request = cleanRequest("abrocitinib");
    const p = plan({ ...request, labs: (request.labs ?? []).filter((lab) => lab.test !== "wbc") });
    expect(hasFinding(p, "missing", "abrocitinib.baseline.cbc")).toBe(false);
  });

  // The baseline window is the clinic's setting (default 90 days before the start, 2026-10-06).
  it.each<[string, string, number | undefined, boolean]>([
    ["platelets drawn 2026-10-06, exactly 90 days before the start", "2026-10-06", undefined, false],
    ["platelets drawn 2026-10-05, 91 days before", "2026-10-05", undefined, true],
    ["platelets drawn 2024-12-04 with a 30-day window", "2024-12-04", 30, true],
    ["platelets drawn 2026-12-05 with a 30-day window", "2026-12-05", 30, false],
    ["platelets drawn 2026-12-04 with a 30-day window (31 days)", "2026-12-04", 30, true],
  ])("%s → the CBC must be repeated: %s", (_name, date, baselineWindowDays, stale) => {
    const p = plan(
      withBaselineLab(
        cleanRequest("abrocitinib", baselineWindowDays === undefined ? {} : { baselineWindowDays }),
        "platelets",
        240,
        "10^9/L",
        date,
      ),
    );
    expect(hasFinding(p, "missing", "abrocitinib.baseline.cbc")).toBe(stale);
    if (stale) {
      expect(findingById(p, "abrocitinib.baseline.cbc")[0]?.message).toContain(
        `platelets from ${date} is older than this clinic's ${baselineWindowDays ?? 90}-day baseline window: repeat`,
      );
    }
  });

  it("an old platelet count below the start limit still refuses the start, and says it is old", () => {
    const p = plan(withBaselineLab(cleanRequest("abrocitinib"), "platelets", 120, "10^9/L", "2026-06-01"));
    expect(findingById(p, "abrocitinib.start.platelets")[0]?.message).toContain(
      "(2026-06-01, older than the 90-day baseline window)",
    );
    expect(p.findings[0]?.action).toBe("do-not-start");
  });
});

describe("abrocitinib patient rules", () => {
  const patientRuleKeys = (p: ReturnType<typeof plan>) =>
    findingKeys(p).filter((key) => /\.(contraindication|dose|not-recommended)\./.test(key));

  it.each<[string, Parameters<typeof withPatient>[1], number, string[]]>([
    [
      "antiplatelet other than low-dose aspirin",
      { antiplatelet: "other" },
      100,
      ["do-not-start abrocitinib.contraindication.antiplatelet"],
    ],
    ["low-dose aspirin", { antiplatelet: "low-dose-aspirin" }, 100, []],
    ["no antiplatelet", { antiplatelet: "none" }, 100, []],
    [
      "eGFR 29 on 100 mg (the EU SmPC's start and maximum below 30 as notes)",
      { egfr: 29 },
      100,
      [
        "do-not-start abrocitinib.not-recommended.renal-severe",
        "info abrocitinib.dose.renal-severe-eu-start",
        "info abrocitinib.dose.renal-severe-eu-maximum",
      ],
    ],
    ["eGFR 30 on 100 mg", { egfr: 30 }, 100, ["reduce-dose abrocitinib.dose.renal-moderate"]],
    ["eGFR 45 on 100 mg", { egfr: 45 }, 100, ["reduce-dose abrocitinib.dose.renal-moderate"]],
    ["eGFR 59 on 100 mg", { egfr: 59 }, 100, ["reduce-dose abrocitinib.dose.renal-moderate"]],
    ["eGFR 59.9 on 100 mg", { egfr: 59.9 }, 100, ["reduce-dose abrocitinib.dose.renal-moderate"]],
    ["eGFR 60 on 100 mg", { egfr: 60 }, 100, []],
    ["eGFR 45 on 50 mg (already the renal dose)", { egfr: 45 }, 50, ["info abrocitinib.dose.renal-moderate"]],
    [
      "eGFR 29 on 50 mg",
      { egfr: 29 },
      50,
      [
        "do-not-start abrocitinib.not-recommended.renal-severe",
        "info abrocitinib.dose.renal-severe-eu-start",
        "info abrocitinib.dose.renal-severe-eu-maximum",
      ],
    ],
    ["eGFR unknown", { egfr: undefined }, 100, []],
    [
      "CYP2C19 poor metabolizer on 100 mg",
      { cyp2c19PoorMetabolizer: true },
      100,
      ["reduce-dose abrocitinib.dose.cyp2c19-poor-metabolizer"],
    ],
    [
      "CYP2C19 poor metabolizer on 50 mg",
      { cyp2c19PoorMetabolizer: true },
      50,
      ["info abrocitinib.dose.cyp2c19-poor-metabolizer"],
    ],
    [
      "a strong CYP2C19 inhibitor on 100 mg (a lowered 200 mg, or an unlowered 100 mg)",
      { interactingMedicines: ["strong-cyp2c19-inhibitor"] },
      100,
      ["caution abrocitinib.dose.strong-cyp2c19-inhibitor"],
    ],
    [
      "a strong CYP2C19 inhibitor on 200 mg",
      { interactingMedicines: ["strong-cyp2c19-inhibitor"] },
      200,
      ["reduce-dose abrocitinib.dose.strong-cyp2c19-inhibitor"],
    ],
    [
      "a strong CYP2C19 inhibitor on 50 mg",
      { interactingMedicines: ["strong-cyp2c19-inhibitor"] },
      50,
      ["info abrocitinib.dose.strong-cyp2c19-inhibitor"],
    ],
    ["CYP2C19 genotype unknown", { cyp2c19PoorMetabolizer: undefined }, 100, []],
    [
      "severe hepatic impairment (Child-Pugh C)",
      { hepaticImpairment: "severe" },
      100,
      ["do-not-start abrocitinib.not-recommended.hepatic-severe"],
    ],
    ["moderate hepatic impairment", { hepaticImpairment: "moderate" }, 100, []],
  ])("abrocitinib, %s (%d mg) → %j", (_name, patient, doseMg, expected) => {
    const p = plan(withPatient(cleanRequest("abrocitinib", { doseMg }), patient));
    expect(patientRuleKeys(p)).toEqual(expected);
  });

  it.each<[string, string, RegExp]>([
    ["a strong CYP2C19 inhibitor on 200 mg", "reduce-dose", /Reduce to 100 mg a day/],
    [
      "a strong CYP2C19 inhibitor on 100 mg",
      "caution",
      /if 100 mg a day is the usual dose for this patient, the label's dose is 50 mg a day/,
    ],
  ])("abrocitinib, %s: the message names the dose to go to", (_name, action, pattern) => {
    const doseMg = _name.endsWith("200 mg") ? 200 : 100;
    const [finding] = findingById(
      plan(
        withPatient(cleanRequest("abrocitinib", { doseMg }), { interactingMedicines: ["strong-cyp2c19-inhibitor"] }),
      ),
      "abrocitinib.dose.strong-cyp2c19-inhibitor",
    );
    expect(finding?.action).toBe(action);
    expect(finding?.message).toMatch(pattern);
  });

  it.each<[string, Parameters<typeof withPatient>[1], string[]]>([
    [
      "a moderate or strong inhibitor of CYP2C19 and CYP2C9 (fluconazole)",
      { interactingMedicines: ["cyp2c19-and-cyp2c9-inhibitor"] },
      ["caution abrocitinib.avoid.cyp2c19-and-cyp2c9-inhibitor"],
    ],
    [
      "a strong CYP2C19 or CYP2C9 inducer",
      { interactingMedicines: ["strong-cyp2c19-or-cyp2c9-inducer"] },
      ["caution abrocitinib.avoid.cyp2c19-or-cyp2c9-inducer"],
    ],
    ["a strong CYP3A4 inhibitor (no abrocitinib rule)", { interactingMedicines: ["strong-cyp3a4-inhibitor"] }, []],
    ["no interacting medicine", { interactingMedicines: [] }, []],
  ])("abrocitinib, %s → %j", (_name, patient, expected) => {
    expect(
      findingKeys(plan(withPatient(cleanRequest("abrocitinib"), patient))).filter((key) => key.includes(".avoid.")),
    ).toEqual(expected);
  });

  it("abrocitinib with the other medicines not recorded → a missing finding naming the interaction rules", () => {
    const p = plan(withPatient(cleanRequest("abrocitinib"), { interactingMedicines: undefined }));
    expect(findingById(p, "abrocitinib.missing.interacting-medicines").map((finding) => finding.action)).toEqual([
      "missing",
    ]);
    expect(findingById(p, "abrocitinib.missing.interacting-medicines")[0]?.message).toMatch(/strong CYP2C19 inhibitor/);
  });

  it("abrocitinib with eGFR not given → a missing finding; the renal rules are not skipped in silence", () => {
    const p = plan(withPatient(cleanRequest("abrocitinib"), { egfr: undefined }));
    expect(findingById(p, "abrocitinib.missing.egfr").map((finding) => finding.action)).toEqual(["missing"]);
    expect(findingById(p, "abrocitinib.missing.egfr")[0]?.message).toMatch(/eGFR below 30/);
  });

  // The antiplatelet contraindication covers the first 3 months (to 2027-04-04); after that it is a caution.
  // A patient taking both within the 3 months already breaks it: one of the two stops now.
  it.each<[string, string | undefined, string[]]>([
    ["before the start", undefined, ["do-not-start abrocitinib.contraindication.antiplatelet"]],
    ["on 2027-04-03, the last day of month 3", "2027-04-03", ["discontinue abrocitinib.contraindication.antiplatelet"]],
    [
      "on 2027-04-04, 3 months after the start",
      "2027-04-04",
      ["caution abrocitinib.caution.antiplatelet-after-3-months"],
    ],
  ])("abrocitinib with clopidogrel, as of %s → %j", (_name, asOf, expected) => {
    const p = plan(
      withPatient(cleanRequest("abrocitinib", asOf === undefined ? {} : { asOf }), { antiplatelet: "other" }),
    );
    expect(findingKeys(p).filter((key) => key.includes("antiplatelet"))).toEqual(expected);
  });

  it("abrocitinib with clopidogrel, no 'as of' date, a result 6 months after the start: past the 3 months, a caution", () => {
    const request = withPatient(cleanRequest("abrocitinib"), { antiplatelet: "other" });
    const p = plan({
      ...request,
      labs: [...(request.labs ?? []), { test: "platelets", value: 240, unit: "10^9/L", date: "2027-07-05" }],
    });
    expect(findingKeys(p).filter((key) => key.includes("antiplatelet"))).toEqual([
      "caution abrocitinib.caution.antiplatelet-after-3-months",
    ]);
  });

  it("abrocitinib with clopidogrel as of 2027-02-01 and a result dated after it: the 'as of' date decides, still within 3 months", () => {
    const request = withPatient(cleanRequest("abrocitinib", { asOf: "2027-02-01" }), { antiplatelet: "other" });
    const p = plan({
      ...request,
      labs: [...(request.labs ?? []), { test: "platelets", value: 240, unit: "10^9/L", date: "2027-05-01" }],
    });
    expect(findingKeys(p).filter((key) => key.includes("antiplatelet"))).toEqual([
      "discontinue abrocitinib.contraindication.antiplatelet",
    ]);
  });

  it("abrocitinib with clopidogrel within the first 3 months of treatment says both must not be taken together", () => {
    const p = plan(withPatient(cleanRequest("abrocitinib", { asOf: "2027-02-01" }), { antiplatelet: "other" }));
    expect(findingById(p, "abrocitinib.contraindication.antiplatelet")[0]?.message).toMatch(
      /first 3 months of abrocitinib, and this patient is within them: the two must not be taken together\. Stop abrocitinib unless/,
    );
  });

  it("abrocitinib with clopidogrel under the EU SmPC → no contraindication (the US rule shown as info)", () => {
    const p = plan(withPatient(cleanRequest("abrocitinib", { labelRegion: "EU" }), { antiplatelet: "other" }));
    expect(findingKeys(p).filter((key) => key.includes("antiplatelet"))).toEqual([
      "info abrocitinib.contraindication.antiplatelet",
    ]);
  });

  // EU SmPC 4.2: eGFR 30 to below 60 halves the dose; below 30, 50 mg to start and at most 100 mg; 100 mg at 65 or over.
  it.each<[string, Parameters<typeof withPatient>[1], number, string[]]>([
    ["eGFR 45 on 200 mg", { egfr: 45 }, 200, ["reduce-dose abrocitinib.dose.renal-moderate-eu"]],
    [
      "eGFR 45 on 100 mg (a halved 200 mg, or an unhalved 100 mg)",
      { egfr: 45 },
      100,
      ["caution abrocitinib.dose.renal-moderate-eu"],
    ],
    ["eGFR 45 on 50 mg", { egfr: 45 }, 50, ["info abrocitinib.dose.renal-moderate-eu"]],
    ["eGFR 60 on 200 mg", { egfr: 60 }, 200, []],
    ["eGFR 30 on 200 mg", { egfr: 30 }, 200, ["reduce-dose abrocitinib.dose.renal-moderate-eu"]],
    [
      "eGFR 29 starting on 100 mg",
      { egfr: 29 },
      100,
      ["reduce-dose abrocitinib.dose.renal-severe-eu-start", "info abrocitinib.dose.renal-severe-eu-maximum"],
    ],
    [
      "eGFR 29 starting on 50 mg",
      { egfr: 29 },
      50,
      ["info abrocitinib.dose.renal-severe-eu-start", "info abrocitinib.dose.renal-severe-eu-maximum"],
    ],
    ["age 65 starting on 200 mg", { ageYears: 65 }, 200, ["reduce-dose abrocitinib.dose.age-65-eu"]],
    ["age 65 starting on 100 mg", { ageYears: 65 }, 100, ["info abrocitinib.dose.age-65-eu"]],
    ["age 64 starting on 200 mg", { ageYears: 64 }, 200, []],
    [
      "a current smoker starting on 200 mg",
      { smoking: "current" },
      200,
      ["reduce-dose abrocitinib.dose.higher-risk-eu"],
    ],
    ["a past smoker starting on 100 mg", { smoking: "former" }, 100, ["info abrocitinib.dose.higher-risk-eu"]],
    [
      "a history of VTE starting on 200 mg",
      { riskFactors: ["vte-history"] },
      200,
      ["reduce-dose abrocitinib.dose.higher-risk-eu"],
    ],
    ["a never-smoker with no risk factor starting on 200 mg", { smoking: "never", riskFactors: [] }, 200, []],
  ])("abrocitinib under the EU SmPC, %s (%d mg) → %j", (_name, patient, doseMg, expected) => {
    const p = plan(withPatient(cleanRequest("abrocitinib", { labelRegion: "EU", doseMg }), patient));
    expect(
      findingKeys(p).filter((key) => (/\.dose\./.test(key) && key.endsWith("-eu")) || /-eu-(start|maximum)$/.test(key)),
    ).toEqual(expected);
  });

  // The 2023 referral's wording: 100 mg is where these patients start, and it may be raised to 200 mg.
  it.each<[string, Parameters<typeof withPatient>[1], string]>([
    ["age 66", { ageYears: 66 }, "abrocitinib.dose.age-65-eu"],
    ["a current smoker", { smoking: "current" }, "abrocitinib.dose.higher-risk-eu"],
  ])(
    "abrocitinib under the EU SmPC, %s, 100 mg raised to 200 mg at month 2: allowed, the step sets the starting dose only",
    (_name, patient, ruleId) => {
      const p = plan(
        withPatient(
          cleanRequest("abrocitinib", {
            labelRegion: "EU",
            doseMg: 100,
            doseChanges: [{ date: "2027-03-01", doseMg: 200 }],
          }),
          patient,
        ),
      );
      expect(findingById(p, ruleId).map((finding) => finding.action)).toEqual(["info"]);
      expect(findingById(p, ruleId)[0]?.message).toContain("it may be raised to 200 mg once daily");
    },
  );

  // A start above the step is not told to come down for good: once the dose has been changed, it is history.
  it.each<[string, number, string]>([
    ["reduced to 100 mg", 100, "100 mg a day since 2027-03-01"],
    ["interrupted", 0, "interrupted since 2027-03-01"],
  ])(
    "abrocitinib under the EU SmPC, age 66, started on 200 mg and %s at month 2: a note, no longer reduce-dose",
    (_name, doseMg, since) => {
      const request = (doseChanges: { date: string; doseMg: number }[], asOf: string) =>
        withPatient(cleanRequest("abrocitinib", { labelRegion: "EU", doseMg: 200, doseChanges, asOf }), {
          ageYears: 66,
        });
      const before = plan(request([{ date: "2027-03-01", doseMg }], "2027-02-15"));
      expect(findingById(before, "abrocitinib.dose.age-65-eu").map((finding) => finding.action)).toEqual([
        "reduce-dose",
      ]);
      // Before the change, the reduction asked for says what is already planned.
      expect(findingById(before, "abrocitinib.dose.age-65-eu")[0]?.message).toMatch(
        /Reduce to 100 mg a day\. Recorded later: (100 mg a day|interrupted) from 2027-03-01\.$/,
      );
      const after = plan(request([{ date: "2027-03-01", doseMg }], "2027-03-01"));
      const [finding] = findingById(after, "abrocitinib.dose.age-65-eu");
      expect(finding?.action).toBe("info");
      expect(finding?.message).toContain(
        `The dose at the start was 200 mg a day, above this starting dose; it has been changed since (${since}).`,
      );
    },
  );

  it("the EU starting dose for a higher-risk patient is not a US rule: a US smoker starting on 200 mg is told of it, not told to reduce", () => {
    const p = plan(
      withPatient(cleanRequest("abrocitinib", { labelRegion: "US", doseMg: 200 }), { smoking: "current" }),
    );
    const [finding, ...others] = findingById(p, "abrocitinib.dose.higher-risk-eu");
    expect(others).toEqual([]);
    expect(finding?.action).toBe("info");
    expect(finding?.message).toMatch(/^Under the EU SmPC: .* This plan follows the US label\.$/);
  });

  it.each<[string, "US" | "EU", string[]]>([
    ["an EU plan", "EU", ["info abrocitinib.dose.strong-cyp2c19-inhibitor"]],
    ["a US plan", "US", ["reduce-dose abrocitinib.dose.strong-cyp2c19-inhibitor"]],
  ])(
    "the US label's step for a strong CYP2C19 inhibitor is not dropped from %s: a note under the EU SmPC",
    (_name, labelRegion, expected) => {
      const p = plan(
        withPatient(cleanRequest("abrocitinib", { labelRegion, doseMg: 200 }), {
          interactingMedicines: ["strong-cyp2c19-inhibitor"],
        }),
      );
      expect(findingKeys(p).filter((key) => key.includes("cyp2c19-inhibitor"))).toEqual(expected);
    },
  );

  it("a moderate CYP3A4 inhibitor taken with a strong CYP2C19 inhibitor (fluconazole) counts as a strong CYP2C19 inhibitor", () => {
    const p = plan(
      withPatient(cleanRequest("abrocitinib", { labelRegion: "US", doseMg: 200 }), {
        interactingMedicines: ["moderate-cyp3a4-and-strong-cyp2c19-inhibitor"],
      }),
    );
    expect(findingKeys(p).filter((key) => key.includes("cyp2c19") || key.includes("fluconazole"))).toEqual([
      "reduce-dose abrocitinib.dose.strong-cyp2c19-inhibitor",
      "caution abrocitinib.avoid.fluconazole-class",
    ]);
    // The reduced dose is not a go-ahead: the caution says the label avoids fluconazole.
    expect(findingById(p, "abrocitinib.avoid.fluconazole-class")[0]?.message).toContain("the label says to avoid it");
  });

  it("an EU plan with a dose increase says when the US label would check the CBC, and that it follows the EU SmPC", () => {
    const p = plan(
      cleanRequest("abrocitinib", {
        labelRegion: "EU",
        doseMg: 100,
        doseChanges: [{ date: "2027-03-01", doseMg: 200 }],
      }),
    );
    const [finding] = findingById(p, "abrocitinib.followup.cbc.dose-increase");
    expect(finding?.action).toBe("info");
    expect(finding?.message).toContain("That label would date it 2027-03-29 (after the increase on 2027-03-01).");
    expect(finding?.message).toContain("Only the US label asks for this check");
    expect(scheduled(p, "cbc").some((item) => item.ruleId === "abrocitinib.followup.cbc.dose-increase")).toBe(false);
    // A US plan dates the check and has no such note.
    const us = plan(
      cleanRequest("abrocitinib", {
        labelRegion: "US",
        doseMg: 100,
        doseChanges: [{ date: "2027-03-01", doseMg: 200 }],
      }),
    );
    expect(findingById(us, "abrocitinib.followup.cbc.dose-increase")).toEqual([]);
    // Nor does an EU plan without a dose increase.
    expect(
      findingById(plan(cleanRequest("abrocitinib", { labelRegion: "EU" })), "abrocitinib.followup.cbc.dose-increase"),
    ).toEqual([]);
  });

  it("abrocitinib under the EU SmPC, eGFR 29, 50 mg raised to 100 mg: allowed; raised to 200 mg: reduce to the 100 mg maximum", () => {
    const raised = (doseMg: number) =>
      plan(
        withPatient(
          cleanRequest("abrocitinib", { labelRegion: "EU", doseMg: 50, doseChanges: [{ date: "2027-03-01", doseMg }] }),
          { egfr: 29 },
        ),
      );
    expect(findingKeys(raised(100)).filter((key) => key.includes("renal-severe-eu"))).toEqual([
      "info abrocitinib.dose.renal-severe-eu-start",
      "info abrocitinib.dose.renal-severe-eu-maximum",
    ]);
    expect(findingKeys(raised(200)).filter((key) => key.includes("renal-severe-eu"))).toEqual([
      "reduce-dose abrocitinib.dose.renal-severe-eu-maximum",
      "info abrocitinib.dose.renal-severe-eu-start",
    ]);
  });

  it("eGFR 29 under the EU SmPC: the US 'not recommended' is shown as info, not do-not-start", () => {
    const p = plan(withPatient(cleanRequest("abrocitinib", { labelRegion: "EU" }), { egfr: 29 }));
    expect(findingById(p, "abrocitinib.not-recommended.renal-severe").map((finding) => finding.action)).toEqual([
      "info",
    ]);
    expect(findingKeys(p, "do-not-start")).toEqual([]);
  });

  it.each([
    [11, true],
    [12, false],
  ])("abrocitinib for atopic dermatitis at age %d → below-approved-age caution: %s", (ageYears, expected) => {
    const p = plan(withPatient(cleanRequest("abrocitinib"), { ageYears }));
    expect(hasFinding(p, "caution", "abrocitinib.indication.atopic-dermatitis")).toBe(expected);
  });
});

describeOralJakClassRules("abrocitinib", {
  baselinePanels: ["cbc", "lipids"],
  hepatitis: "active",
  euRiskGroups: true,
  euPregnancyContraindicated: true,
  euBreastfeeding: "contraindicated",
  usDiscontinuesForSeriousInfection: true,
});

describe("abrocitinib schedule", () => {
  it("no doses or results on file: RZV 1, baseline (with a pregnancy test: whether she can become pregnant is not stated), week 4 CBC and lipids, RZV 2", () => {
    expect(visitLines(plan(minimalRequest("abrocitinib")))).toEqual([
      "2026-12-21 2 weeks before start: rzv-dose-1",
      "2027-01-04 Baseline: cbc, lipids, tb, hbv, hcv, pregnancy",
      "2027-02-01 Week 4: cbc, lipids",
      "2027-02-21 Zoster vaccine dose 2: rzv-dose-2",
    ]);
  });

  it("week-4 CBC and lipid panel on 2027-02-01, from the label", () => {
    const visit = visitOn(plan(minimalRequest("abrocitinib")), "2027-02-01");
    expect(visit?.label).toBe("Week 4");
    expect(visit?.items.map((item) => [item.test, item.ruleId, item.evidence, item.kind])).toEqual([
      ["cbc", "abrocitinib.followup.cbc.week4", "label", "lab"],
      ["lipids", "abrocitinib.followup.lipids.week4", "label", "lab"],
    ]);
  });

  it.each<[string, number, Array<{ date: string; doseMg: number }>, "US" | "EU", string[]]>([
    ["100 → 200 mg on 2027-03-01", 100, [{ date: "2027-03-01", doseMg: 200 }], "US", ["2027-03-29"]],
    ["100 → 200 mg on 2027-03-01 under the EU SmPC", 100, [{ date: "2027-03-01", doseMg: 200 }], "EU", []],
    ["50 → 100 mg on 2027-04-05", 50, [{ date: "2027-04-05", doseMg: 100 }], "US", ["2027-05-03"]],
    [
      "50 → 100 → 200 mg",
      50,
      [
        { date: "2027-03-01", doseMg: 100 },
        { date: "2027-05-03", doseMg: 200 },
      ],
      "US",
      ["2027-03-29", "2027-05-31"],
    ],
    ["100 → 50 mg (a reduction)", 100, [{ date: "2027-03-01", doseMg: 50 }], "US", []],
    [
      "100 mg interrupted, then resumed at 100 mg",
      100,
      [
        { date: "2027-03-01", doseMg: 0 },
        { date: "2027-03-15", doseMg: 100 },
      ],
      "US",
      [],
    ],
    [
      "100 mg interrupted, then resumed at 200 mg",
      100,
      [
        { date: "2027-03-01", doseMg: 0 },
        { date: "2027-03-15", doseMg: 200 },
      ],
      "US",
      ["2027-04-12"],
    ],
    [
      "changes given out of date order",
      50,
      [
        { date: "2027-05-03", doseMg: 200 },
        { date: "2027-03-01", doseMg: 100 },
      ],
      "US",
      ["2027-03-29", "2027-05-31"],
    ],
    [
      "100 → 200 mg on 2027-12-20 (check falls after the 12-month horizon)",
      100,
      [{ date: "2027-12-20", doseMg: 200 }],
      "US",
      [],
    ],
  ])(
    "abrocitinib dose %s → CBC 4 weeks after the increase on %j",
    (_name, doseMg, doseChanges, labelRegion, expected) => {
      const p = plan(minimalRequest("abrocitinib", { doseMg, doseChanges, labelRegion }));
      const increaseChecks = scheduled(p, "cbc").filter(
        (item) => item.ruleId === "abrocitinib.followup.cbc.dose-increase",
      );
      expect(increaseChecks.map((item) => item.date)).toEqual(expected);
      for (const check of increaseChecks) expect(check.label).toBe("4 weeks after dose increase");
    },
  );

  it("a dose-increase check that falls on a routine visit joins it: one visit, both labels, one CBC", () => {
    const p = plan(
      cleanRequest("abrocitinib", { routineIntervalMonths: 3, doseChanges: [{ date: "2027-03-07", doseMg: 200 }] }),
    );
    const visit = visitOn(p, "2027-04-04");
    expect(visit?.label.split(" · ").sort()).toEqual(["4 weeks after dose increase", "Month 3"]);
    expect(visit?.items.filter((item) => item.test === "cbc")).toHaveLength(1);
    expect(visit?.items.map((item) => item.test).sort()).toEqual(["cbc", "lipids"]);
  });

  it("routineIntervalMonths 3 → CBC and lipids at Month 3, 6, 9 and 12", () => {
    const p = plan(cleanRequest("abrocitinib", { routineIntervalMonths: 3 }));
    const routine = (test: "cbc" | "lipids") =>
      scheduled(p, test)
        .filter((item) => item.ruleId === "abrocitinib.routine")
        .map((item) => `${item.date} ${item.label}`);
    const expected = ["2027-04-04 Month 3", "2027-07-04 Month 6", "2027-10-04 Month 9", "2028-01-04 Month 12"];
    expect(routine("cbc")).toEqual(expected);
    expect(routine("lipids")).toEqual(expected);
    expect(findingById(p, "abrocitinib.routine")).toEqual([]);
  });

  it("routineIntervalMonths 12 over a 24-month horizon → Month 12 and Month 24", () => {
    const p = plan(cleanRequest("abrocitinib", { routineIntervalMonths: 12, horizonMonths: 24 }));
    expect(
      scheduled(p, "cbc")
        .filter((item) => item.ruleId === "abrocitinib.routine")
        .map((item) => `${item.date} ${item.label}`),
    ).toEqual(["2028-01-04 Month 12", "2029-01-04 Month 24"]);
  });

  it("no routine interval → no routine items, and a missing finding saying so and naming the consensus range", () => {
    const p = plan(cleanRequest("abrocitinib", { routineIntervalMonths: undefined }));
    expect(p.visits.flatMap((visit) => visit.items).filter((item) => item.ruleId === "abrocitinib.routine")).toEqual(
      [],
    );
    expect(findingKeys(p).filter((key) => key.endsWith("abrocitinib.routine"))).toEqual([
      "missing abrocitinib.routine",
    ]);
    expect(findingById(p, "abrocitinib.routine")[0]?.message).toMatch(/^Routine interval not set/);
    expect(findingById(p, "abrocitinib.routine")[0]?.message).toContain(
      "the Kirchhof 2024 consensus puts the first follow-up 4–12 weeks after the start and agreed on no frequency after it",
    );
  });

  it.each<[number, boolean]>([
    [1, true],
    [2, true],
    [3, false],
    [6, false],
  ])(
    "a routine interval of %d months puts the first repeat within the consensus first follow-up, 4–12 weeks after the start: %s (then the items cite the paper)",
    (routineIntervalMonths, consensus) => {
      const p = plan(cleanRequest("abrocitinib", { routineIntervalMonths }));
      const [item] = p.visits.flatMap((visit) => visit.items).filter((entry) => entry.ruleId === "abrocitinib.routine");
      expect(
        item?.why.includes("the first repeat falls 4–12 weeks after the start, the consensus first follow-up"),
      ).toBe(consensus);
      expect(item?.sources.some((source) => source.title.startsWith("Kirchhof"))).toBe(consensus);
    },
  );

  it("a plan of 1 month leaves the RZV dose 2 outside: the plan says so instead of dropping it", () => {
    const p = plan(minimalRequest("abrocitinib", { horizonMonths: 1 }));
    const [finding] = findingById(p, "abrocitinib.vaccine.rzv").filter((entry) => entry.action === "missing");
    expect(finding?.message).toBe(
      "Not on this plan: recombinant zoster vaccine, dose 2 due 2027-02-21 (Zoster vaccine dose 2), after the plan's end on 2027-02-04. Lengthen the plan to include it, or arrange it separately.",
    );
  });

  it("a dose increase whose 4-week CBC falls after the plan's end is named, not dropped", () => {
    const p = plan(
      cleanRequest("abrocitinib", { horizonMonths: 2, doseChanges: [{ date: "2027-02-22", doseMg: 200 }] }),
    );
    expect(findingById(p, "abrocitinib.followup.cbc.dose-increase").map((finding) => finding.action)).toEqual([
      "missing",
    ]);
    expect(findingById(p, "abrocitinib.followup.cbc.dose-increase")[0]?.message).toContain("due 2027-03-22");
  });

  it("horizonMonths 1 → nothing after 2027-02-04", () => {
    const p = plan(minimalRequest("abrocitinib", { horizonMonths: 1 }));
    expect(p.horizonEndDate).toBe("2027-02-04");
    expect(p.visits.map((visit) => visit.date)).toEqual(["2026-12-21", "2027-01-04", "2027-02-01"]);
  });

  it("horizonMonths 1 with a monthly routine interval → the Month 1 visit on the last day is kept", () => {
    const p = plan(cleanRequest("abrocitinib", { horizonMonths: 1, routineIntervalMonths: 1 }));
    expect(p.visits.map((visit) => `${visit.date} ${visit.label}`)).toEqual([
      "2027-01-04 Baseline",
      "2027-02-01 Week 4",
      "2027-02-04 Month 1",
    ]);
  });

  it("the plan echoes the drug, start date, contract and region", () => {
    const p = plan(minimalRequest("abrocitinib", { labelRegion: "EU" }));
    expect(p).toMatchObject({
      contractVersion: 1,
      drug: "abrocitinib",
      startDate: "2027-01-04",
      labelRegion: "EU",
      horizonEndDate: "2028-01-04",
    });
    expect(p.rulesVersion).toMatch(/^\d{4}\.\d+\.\d+$/);
  });
});

describe("abrocitinib zoster vaccination (ACIP 2022, IDSA 2013)", () => {
  const rzv = (...dates: string[]) => dates.map((date) => ({ vaccine: "rzv" as const, date }));
  const zvl = (date: string) => ({ vaccine: "zvl" as const, date });

  it("no RZV on file → dose 1 on start − 14 days (2026-12-21), dose 2 two months later (2027-02-21), due by 2027-06-21", () => {
    const p = plan(minimalRequest("abrocitinib"));
    expect(
      scheduled(p, "rzv-dose-1").map((item) => [
        item.date,
        item.label,
        item.kind,
        item.ruleId,
        item.evidence,
        item.dueBy,
      ]),
    ).toEqual([["2026-12-21", "2 weeks before start", "vaccine", "abrocitinib.vaccine.rzv", "consensus", undefined]]);
    expect(scheduled(p, "rzv-dose-2").map((item) => [item.date, item.label, item.dueBy])).toEqual([
      ["2027-02-21", "Zoster vaccine dose 2", "2027-06-21"],
    ]);
  });

  it.each<[string, string[], string | null, string | undefined]>([
    ["dose 1 on 2026-11-20", ["2026-11-20"], "2027-01-20", "2027-05-20"],
    ["dose 1 on 2026-12-10", ["2026-12-10"], "2027-02-10", "2027-06-10"],
    ["dose 1 on 2026-10-01 (2 months falls before start − 14 days)", ["2026-10-01"], "2026-12-21", "2027-04-01"],
    [
      "dose 1 on 2026-03-01 (more than 6 months ago: give dose 2, do not restart)",
      ["2026-03-01"],
      "2026-12-21",
      undefined,
    ],
  ])("one RZV dose on file, %s → dose 2 only, on %s due by %s", (_name, doses, date, dueBy) => {
    const p = plan(minimalRequest("abrocitinib", { zosterVaccine: rzv(...doses) }));
    expect(datesOf(p, "rzv-dose-1")).toEqual([]);
    expect(scheduled(p, "rzv-dose-2").map((item) => [item.date, item.dueBy])).toEqual([[date, dueBy]]);
    expect(findingKeys(p).filter((key) => key.includes("vaccine.rzv"))).toEqual([]);
  });

  it("one RZV dose more than 6 months ago → dose 2 says not to restart the series", () => {
    const p = plan(minimalRequest("abrocitinib", { zosterVaccine: rzv("2026-03-01") }));
    expect(scheduled(p, "rzv-dose-2")[0]?.why).toMatch(/do not restart/);
  });

  it.each<[string, string[]]>([
    ["2 months apart", ["2026-09-01", "2026-11-01"]],
    ["exactly 4 weeks apart", ["2026-10-01", "2026-10-29"]],
    ["recorded out of order", ["2026-11-01", "2026-09-01"]],
    ["an early dose 2, then a valid repeat", ["2026-10-01", "2026-10-10", "2026-11-15"]],
    ["an early dose 2, then a repeat exactly 4 weeks after it", ["2026-10-01", "2026-10-10", "2026-11-07"]],
  ])("two valid RZV doses (%s) → info 'zoster vaccination complete', no RZV items", (_name, doses) => {
    const p = plan(minimalRequest("abrocitinib", { zosterVaccine: rzv(...doses) }));
    expect(findingKeys(p).filter((key) => key.includes("vaccine.rzv"))).toEqual(["info abrocitinib.vaccine.rzv"]);
    expect(findingById(p, "abrocitinib.vaccine.rzv")[0]?.message).toMatch(/complete/i);
    expect([...datesOf(p, "rzv-dose-1"), ...datesOf(p, "rzv-dose-2")]).toEqual([]);
  });

  it.each<[string, string[], string]>([
    ["27 days after dose 1", ["2026-10-01", "2026-10-28"], "2026-12-21"],
    ["14 days after dose 1", ["2026-12-01", "2026-12-15"], "2027-01-12"],
    // ACIP: the repeat of an early dose 2 is at least 4 weeks after that early dose, not only after dose 1.
    ["repeated 27 days after an early dose 2", ["2026-10-01", "2026-10-10", "2026-11-06"], "2026-12-21"],
    ["repeated 16 days after an early dose 2", ["2026-11-01", "2026-11-15", "2026-12-01"], "2026-12-29"],
  ])("dose 2 %s (under 4 weeks) → 'missing' repeat dose 2 on %s", (_name, doses, date) => {
    const p = plan(minimalRequest("abrocitinib", { zosterVaccine: rzv(...doses) }));
    const [finding] = findingById(p, "abrocitinib.vaccine.rzv");
    expect(finding).toMatchObject({ action: "missing", test: "rzv-dose-2" });
    // The early dose is named, and what it was too close to: dose 1, or the early dose 2 before it.
    const [first, ...later] = doses;
    const early = later.at(-1);
    expect(finding?.message).toContain(
      later.length === 1
        ? `dose 2 on ${early} was less than 4 weeks after dose 1 (${first})`
        : `dose 2 on ${early} was less than 4 weeks after the early dose 2 before it (${later.at(-2)})`,
    );
    expect(datesOf(p, "rzv-dose-1")).toEqual([]);
    expect(datesOf(p, "rzv-dose-2")).toEqual([date]);
  });

  it.each<[number, boolean]>([
    [18, false],
    [19, true],
    [50, true],
  ])("age %d → RZV planned: %s", (ageYears, planned) => {
    const p = plan(withPatient(minimalRequest("abrocitinib"), { ageYears }));
    expect(datesOf(p, "rzv-dose-1").length > 0).toBe(planned);
    expect(datesOf(p, "rzv-dose-2").length > 0).toBe(planned);
    expect(hasFinding(p, "info", "abrocitinib.vaccine.rzv")).toBe(!planned);
  });

  it.each<[string, string, boolean]>([
    ["15 days before the start", "2026-12-20", true],
    ["27 days before the start", "2026-12-08", true],
    ["exactly 4 weeks before the start", "2026-12-07", false],
    ["years before the start", "2020-05-01", false],
    ["after the start", "2027-02-01", true],
  ])("live zoster vaccine %s → caution: %s", (_name, date, caution) => {
    const p = plan(minimalRequest("abrocitinib", { zosterVaccine: [zvl(date), ...rzv("2026-09-01", "2026-11-01")] }));
    expect(hasFinding(p, "caution", "abrocitinib.vaccine.rzv")).toBe(caution);
  });

  it.each<[string, string, string]>([
    [
      "before the start",
      "2026-12-20",
      "Live zoster vaccine on 2026-12-20 is less than 4 weeks before the start date: live vaccines",
    ],
    [
      "on the start date",
      "2027-01-04",
      "Live zoster vaccine on 2027-01-04 is on or after the start date: live vaccines",
    ],
    ["after the start", "2027-02-01", "Live zoster vaccine on 2027-02-01 is on or after the start date: live vaccines"],
  ])("a live zoster vaccine %s is described as such", (_name, date, message) => {
    const p = plan(minimalRequest("abrocitinib", { zosterVaccine: [zvl(date)] }));
    const caution = findingById(p, "abrocitinib.vaccine.rzv").find((finding) => finding.action === "caution");
    expect(caution?.message).toContain(message);
  });

  it("two live zoster vaccines → their cautions come in date order, whatever order they were listed in", () => {
    const cautionDates = (dates: string[]) =>
      findingById(plan(minimalRequest("abrocitinib", { zosterVaccine: dates.map(zvl) })), "abrocitinib.vaccine.rzv")
        .filter((finding) => finding.action === "caution")
        .map((finding) => /Live zoster vaccine on (\S+) /.exec(finding.message)?.[1]);
    expect(cautionDates(["2026-12-20", "2027-02-01"])).toEqual(["2026-12-20", "2027-02-01"]);
    expect(cautionDates(["2027-02-01", "2026-12-20"])).toEqual(["2026-12-20", "2027-02-01"]);
  });

  it("a live zoster vaccine does not count towards the recombinant series: RZV dose 1 still planned", () => {
    const p = plan(minimalRequest("abrocitinib", { zosterVaccine: [zvl("2020-05-01")] }));
    expect(datesOf(p, "rzv-dose-1")).toEqual(["2026-12-21"]);
  });
});

describe("abrocitinib findings and visits are ordered", () => {
  const rank = (action: FindingAction) => findingActions.indexOf(action);

  it("findings run most severe first: do-not-start, reduce-dose, caution, missing, info", () => {
    const request = withPatient(
      withBaselineLab(minimalRequest("abrocitinib", { labs: [] }), "platelets", 120, "10^9/L"),
      {
        egfr: 45,
        smoking: "current",
        antiplatelet: "other",
      },
    );
    const p = plan(request);
    const actions = p.findings.map((finding) => finding.action);
    expect(new Set(actions)).toEqual(new Set(["do-not-start", "reduce-dose", "caution", "missing", "info"]));
    expect(actions.map(rank)).toEqual([...actions.map(rank)].sort((a, b) => a - b));
    expect(actions[0]).toBe("do-not-start");
    expect(actions.at(-1)).toBe("info");
  });

  it("sortFindings orders all seven actions, keeping the rules' order within an action", () => {
    const finding = (action: FindingAction, ruleId: string): Finding => ({
      ruleId,
      action,
      message: ruleId,
      sources: [],
      evidence: "label",
    });
    const shuffled = [
      finding("info", "i1"),
      finding("missing", "m1"),
      finding("caution", "c1"),
      finding("reduce-dose", "r1"),
      finding("interrupt", "in1"),
      finding("discontinue", "d1"),
      finding("do-not-start", "n1"),
      finding("info", "i2"),
      finding("do-not-start", "n2"),
      finding("caution", "c2"),
    ];
    expect(sortFindings(shuffled).map((f) => `${f.action} ${f.ruleId}`)).toEqual([
      "do-not-start n1",
      "do-not-start n2",
      "discontinue d1",
      "interrupt in1",
      "reduce-dose r1",
      "caution c1",
      "caution c2",
      "missing m1",
      "info i1",
      "info i2",
    ]);
  });

  it.each([
    ["minimal", minimalRequest("abrocitinib")],
    ["monthly routine over 24 months", cleanRequest("abrocitinib", { routineIntervalMonths: 1, horizonMonths: 24 })],
    [
      "dose increases and a routine interval",
      minimalRequest("abrocitinib", {
        doseMg: 50,
        routineIntervalMonths: 2,
        doseChanges: [
          { date: "2027-03-07", doseMg: 100 },
          { date: "2027-05-01", doseMg: 200 },
        ],
      }),
    ],
  ])("visits are in date order, one per date (%s)", (_name, request) => {
    const dates = plan(request).visits.map((visit) => visit.date);
    expect(dates).toEqual([...new Set(dates)].sort());
  });
});

// During-treatment limits (US PI laboratory monitoring table): results dated after the
// start are follow-up results (contract: labs), and the label's actions apply to them.
describe("abrocitinib follow-up results during treatment", () => {
  it.each<[string, string, "platelets" | "alc" | "anc" | "hemoglobin", number, string]>([
    ["platelets 49,999 cells/µL", "discontinue abrocitinib.treatment.platelets", "platelets", 49999, "cells/uL"],
    ["platelets 49.999 ×10⁹/L", "discontinue abrocitinib.treatment.platelets", "platelets", 49.999, "10^9/L"],
    ["platelets 50,000 cells/µL", "no treatment finding", "platelets", 50000, "cells/uL"],
    ["ALC 499 cells/µL", "interrupt abrocitinib.treatment.alc", "alc", 499, "cells/uL"],
    ["ALC 500 cells/µL", "no treatment finding", "alc", 500, "cells/uL"],
    ["ANC 0.999 ×10⁹/L", "interrupt abrocitinib.treatment.anc", "anc", 0.999, "10^9/L"],
    ["haemoglobin 79 g/L", "interrupt abrocitinib.treatment.hemoglobin", "hemoglobin", 79, "g/L"],
    ["haemoglobin 8 g/dL", "no treatment finding", "hemoglobin", 8, "g/dL"],
  ])("abrocitinib week-4 %s on 2027-02-01 → %s", (_name, expected, test, value, unit) => {
    const request = cleanRequest("abrocitinib");
    const p = plan({ ...request, labs: [...(request.labs ?? []), { test, value, unit, date: "2027-02-01" }] });
    const treatment = findingKeys(p).filter((key) => key.includes(".treatment."));
    expect(treatment).toEqual(expected === "no treatment finding" ? [] : [expected]);
  });
  it("writes a result with every decimal entered, so one just under the limit never reads as the limit", () => {
    const request = cleanRequest("abrocitinib");
    const p = plan({
      ...request,
      labs: [...(request.labs ?? []), { test: "alc", value: 0.49999, unit: "10^9/L", date: "2027-02-01" }],
    });
    const alc = p.findings.find((finding) => finding.ruleId === "abrocitinib.treatment.alc");
    expect(alc?.message).toMatch(
      /^ALC 0\.49999 ×10⁹\/L \[499\.99 cells\/µL\] on 2027-02-01 is below 0\.5 ×10⁹\/L \[500 cells\/µL\]/,
    );
  });
});
