import { describe, expect, it } from "vitest";
import { describeOralJakClassRules } from "../../support/oral-jak-class";
import {
  cleanRequest,
  findingById,
  findingKeys,
  hasFinding,
  minimalRequest,
  plan,
  visitLines,
  withPatient,
} from "../../support/requests";
import { describeStartThresholds } from "../../support/thresholds";

// LEQSELVI US PI section 2 (via monographs): CYP2C9 genotype before starting, start limits
// ALC 500 / ANC 1,000 / Hb 8 g/dL, eGFR < 30 and Child-Pugh C not recommended. The label's
// follow-up timing could not be confirmed, so the plan schedules no dated follow-up lab.

describeStartThresholds("deuruxolitinib", [
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
    expectBelow: ["do-not-start deuruxolitinib.start.alc"],
  },
  {
    analyte: "ANC",
    title: "below 1,000 cells/µL",
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
    expectBelow: ["do-not-start deuruxolitinib.start.anc"],
  },
  {
    analyte: "haemoglobin",
    title: "below 8 g/dL",
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
    expectBelow: ["do-not-start deuruxolitinib.start.hemoglobin"],
  },
]);

describe("deuruxolitinib CYP2C9 genotype", () => {
  const cyp2c9Keys = (p: ReturnType<typeof plan>) => findingKeys(p).filter((key) => key.includes("cyp2c9"));

  it.each<[string, boolean | undefined, string[]]>([
    ["unknown (not given)", undefined, ["missing deuruxolitinib.missing.cyp2c9-genotype"]],
    ["poor metabolizer", true, ["do-not-start deuruxolitinib.contraindication.cyp2c9-poor-metabolizer"]],
    ["not a poor metabolizer", false, []],
  ])("deuruxolitinib, CYP2C9 %s → %j", (_name, cyp2c9PoorMetabolizer, expected) => {
    expect(cyp2c9Keys(plan(withPatient(cleanRequest("deuruxolitinib"), { cyp2c9PoorMetabolizer })))).toEqual(expected);
  });

  it("a minimal request (genotype not given) asks for the genotype", () => {
    expect(
      hasFinding(plan(minimalRequest("deuruxolitinib")), "missing", "deuruxolitinib.missing.cyp2c9-genotype"),
    ).toBe(true);
  });
});

describe("deuruxolitinib patient rules", () => {
  it.each<[string, Parameters<typeof withPatient>[1], string[]]>([
    ["eGFR 29", { egfr: 29 }, ["do-not-start deuruxolitinib.not-recommended.renal-severe"]],
    ["eGFR 30", { egfr: 30 }, []],
    [
      "severe hepatic impairment",
      { hepaticImpairment: "severe" },
      ["do-not-start deuruxolitinib.not-recommended.hepatic-severe"],
    ],
    ["moderate hepatic impairment", { hepaticImpairment: "moderate" }, []],
  ])("deuruxolitinib, %s → %j", (_name, patient, expected) => {
    expect(findingKeys(plan(withPatient(cleanRequest("deuruxolitinib"), patient)), "do-not-start")).toEqual(expected);
  });

  it.each([
    [17, true],
    [18, false],
  ])("deuruxolitinib for alopecia areata at age %d → below-approved-age caution: %s", (ageYears, expected) => {
    expect(
      hasFinding(
        plan(withPatient(cleanRequest("deuruxolitinib"), { ageYears })),
        "caution",
        "deuruxolitinib.indication.alopecia-areata",
      ),
    ).toBe(expected);
  });
});

describeOralJakClassRules("deuruxolitinib", { baselinePanels: ["cbc"], hepatitis: "assess", euRiskGroups: false });

describe("deuruxolitinib schedule: no dated follow-up labs", () => {
  it("no doses or results on file: RZV 1, baseline, RZV 2 — and no lab after the start", () => {
    expect(visitLines(plan(minimalRequest("deuruxolitinib")))).toEqual([
      "2026-12-21 2 weeks before start: rzv-dose-1",
      "2027-01-04 Baseline: cbc, tb, hbv, hcv, pregnancy",
      "2027-02-21 Zoster vaccine dose 2: rzv-dose-2",
    ]);
  });

  it.each([
    ["12-month horizon", {}],
    ["60-month horizon with a routine interval of 1 month", { horizonMonths: 60, routineIntervalMonths: 1 }],
  ])("no lab item after the start date (%s)", (_name, overrides) => {
    const p = plan(cleanRequest("deuruxolitinib", overrides));
    expect(
      p.visits
        .filter((visit) => visit.date > "2027-01-04")
        .flatMap((visit) => visit.items)
        .filter((item) => item.kind === "lab"),
    ).toEqual([]);
  });

  it("the plan says why: info deuruxolitinib.info.follow-up-timing-unconfirmed", () => {
    const p = plan(cleanRequest("deuruxolitinib"));
    const [finding] = findingById(p, "deuruxolitinib.info.follow-up-timing-unconfirmed");
    expect(finding?.action).toBe("info");
    expect(finding?.message).toMatch(/no dated follow-up labs/);
  });

  it("no routine-interval finding: the drug has no routine monitoring rule", () => {
    expect(
      findingById(plan(cleanRequest("deuruxolitinib", { routineIntervalMonths: undefined })), "deuruxolitinib.routine"),
    ).toEqual([]);
  });
});

describe("deuruxolitinib and CYP2C9 inhibitors", () => {
  it.each<[string, string[], boolean]>([
    ["a moderate or strong CYP2C9 inhibitor", ["moderate-or-strong-cyp2c9-inhibitor"], true],
    ["an inhibitor of both CYP2C19 and CYP2C9 (fluconazole)", ["cyp2c19-and-cyp2c9-inhibitor"], true],
    ["a strong CYP3A4 inhibitor", ["strong-cyp3a4-inhibitor"], false],
  ])("%s → do not start (contraindicated): %s", (_name, interactingMedicines, expected) => {
    const p = plan(
      withPatient(cleanRequest("deuruxolitinib"), { interactingMedicines: interactingMedicines as never }),
    );
    expect(hasFinding(p, "do-not-start", "deuruxolitinib.contraindication.cyp2c9-inhibitor")).toBe(expected);
  });

  it("a patient already on deuruxolitinib who takes fluconazole: stop, since the two must not be taken together", () => {
    const p = plan(
      withPatient(cleanRequest("deuruxolitinib", { asOf: "2027-03-01" }), {
        interactingMedicines: ["cyp2c19-and-cyp2c9-inhibitor"],
      }),
    );
    const [finding] = findingById(p, "deuruxolitinib.contraindication.cyp2c9-inhibitor");
    expect(finding?.action).toBe("discontinue");
    expect(finding?.message).toMatch(/the two must not be taken together/);
  });

  it("under the EU SmPC deuruxolitinib is off-label (no EU authorisation)", () => {
    const p = plan(cleanRequest("deuruxolitinib", { labelRegion: "EU" }));
    expect(hasFinding(p, "caution", "deuruxolitinib.indication.alopecia-areata")).toBe(true);
  });
});
