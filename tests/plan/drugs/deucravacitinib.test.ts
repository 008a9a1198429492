import type { PlanRequestInput } from "@/lib/contract/plan-request";
import { describe, expect, it } from "vitest";
import {
  baselineDate,
  cleanRequest,
  datesOf,
  findingById,
  findingKeys,
  hasFinding,
  minimalRequest,
  plan,
  visitLines,
  visitOn,
  withBaselineLab,
  withPatient,
} from "../../support/requests";

// SOTYKTU US PI: a TYK2 inhibitor, not a JAK1/2/3 inhibitor — no boxed warning, no CBC
// limits. TB evaluation and liver enzymes before starting; liver enzymes during treatment only
// in known or suspected liver disease; triglycerides and CK as advice, not dated items. RZV
// from age 50 (ACIP).

describe("deucravacitinib baseline: TB and liver enzymes; repeat liver enzymes only with liver disease", () => {
  it("nothing on file → the baseline visit has TB screening and liver enzymes, both missing", () => {
    const p = plan(minimalRequest("deucravacitinib"));
    expect(visitOn(p, "2027-01-04")?.items.map((item) => [item.test, item.ruleId])).toEqual([
      ["tb", "deucravacitinib.baseline.tb"],
      ["liver", "deucravacitinib.baseline.liver"],
    ]);
    expect(findingKeys(p, "missing")).toEqual([
      "missing deucravacitinib.baseline.tb",
      "missing deucravacitinib.baseline.liver",
      "missing deucravacitinib.missing.hepatic-impairment",
    ]);
    // The label's sentence is read two ways: the plan says which one it follows.
    expect(findingById(p, "deucravacitinib.baseline.liver")[0]?.disagreement).toMatch(
      /follows the reading that asks for them in every patient/,
    );
  });

  it("chronic liver disease, nothing on file → baseline TB and liver enzymes, both missing, and repeat-liver advice", () => {
    const p = plan(withPatient(minimalRequest("deucravacitinib"), { riskFactors: ["chronic-liver-disease"] }));
    expect(visitOn(p, "2027-01-04")?.items.map((item) => item.test)).toEqual(["tb", "liver"]);
    expect(findingKeys(p, "missing")).toEqual([
      "missing deucravacitinib.baseline.tb",
      "missing deucravacitinib.baseline.liver",
      "missing deucravacitinib.missing.hepatic-impairment",
    ]);
    expect(hasFinding(p, "info", "deucravacitinib.info.liver-disease")).toBe(true);
  });

  it("chronic liver disease with ALT on file → liver enzymes done", () => {
    const request = withPatient(
      minimalRequest("deucravacitinib", { screening: [{ test: "tb", result: "negative", date: baselineDate }] }),
      {
        riskFactors: ["chronic-liver-disease"],
        hepaticImpairment: "mild",
      },
    );
    const p = plan(withBaselineLab(request, "alt", 25, "U/L"));
    expect(findingKeys(p, "missing")).toEqual([]);
    expect(visitOn(p, "2027-01-04")?.items.map((item) => `${item.test} ${item.status}`)).toEqual([
      "tb done",
      "liver done",
    ]);
  });

  it("no liver disease → liver enzymes at baseline only, and no repeat-liver advice", () => {
    const p = plan(cleanRequest("deucravacitinib"));
    expect(datesOf(p, "liver")).toEqual(["2027-01-04"]);
    expect(findingById(p, "deucravacitinib.info.liver-disease")).toEqual([]);
  });

  it("no CBC, lipid panel, hepatitis or pregnancy screening is planned, even for a patient who can become pregnant", () => {
    const p = plan(withPatient(minimalRequest("deucravacitinib"), { canBecomePregnant: true }));
    for (const test of ["cbc", "lipids", "hbv", "hcv", "pregnancy", "ck"] as const)
      expect(datesOf(p, test), test).toEqual([]);
  });
});

describe("deucravacitinib findings", () => {
  it.each<[string, "platelets" | "alc" | "anc" | "hemoglobin", number, string]>([
    ["platelets 20 ×10⁹/L", "platelets", 20, "10^9/L"],
    ["ALC 300 cells/µL", "alc", 300, "cells/uL"],
    ["ANC 0.8 ×10⁹/L", "anc", 0.8, "10^9/L"],
    ["haemoglobin 7 g/dL", "hemoglobin", 7, "g/dL"],
  ])("deucravacitinib, %s → no do-not-start: the label sets no CBC limit", (_name, test, value, unit) => {
    expect(
      findingKeys(plan(withBaselineLab(cleanRequest("deucravacitinib"), test, value, unit)), "do-not-start"),
    ).toEqual([]);
  });

  // SOTYKTU 2.1: evaluate for active and latent TB before starting; if positive, start TB treatment first.
  it.each<[string, NonNullable<PlanRequestInput["screening"]>[number], string]>([
    [
      "positive, not yet assessed",
      { test: "tb", result: "positive", date: baselineDate },
      "do-not-start deucravacitinib.screening.tb-positive",
    ],
    [
      "positive, latent, no treatment yet",
      { test: "tb", result: "positive", date: baselineDate, interpretation: "latent" },
      "do-not-start deucravacitinib.screening.tb-latent-untreated",
    ],
    [
      "positive, latent, preventive treatment started 2026-12-20",
      {
        test: "tb",
        result: "positive",
        date: baselineDate,
        interpretation: "latent",
        preventiveTreatmentStarted: "2026-12-20",
      },
      "caution deucravacitinib.screening.tb-latent-treated",
    ],
    [
      "indeterminate",
      { test: "tb", result: "indeterminate", date: baselineDate },
      "caution deucravacitinib.screening.tb-indeterminate",
    ],
  ])("deucravacitinib, TB %s → %s (treat TB before the first dose)", (_name, entry, expected) => {
    const p = plan(cleanRequest("deucravacitinib", { screening: [entry] }));
    expect(findingKeys(p).filter((key) => key.includes(".screening."))).toEqual([expected]);
  });

  it.each<[string, "US" | "EU", string[]]>([
    [
      "pregnant under the EU SmPC → caution (avoid as a precaution; not contraindicated)",
      "EU",
      ["caution deucravacitinib.caution.pregnant-eu"],
    ],
    ["pregnant under the US label → no pregnancy rule", "US", []],
  ])("deucravacitinib, %s", (_name, labelRegion, expected) => {
    const p = plan(withPatient(cleanRequest("deucravacitinib", { labelRegion }), { pregnant: true }));
    expect(findingKeys(p).filter((key) => key.includes("pregnan") && !key.startsWith("info"))).toEqual(expected);
  });

  it.each<[string, Parameters<typeof withPatient>[1], string[]]>([
    [
      "severe hepatic impairment",
      { hepaticImpairment: "severe" },
      ["do-not-start deucravacitinib.not-recommended.hepatic-severe"],
    ],
    ["moderate hepatic impairment", { hepaticImpairment: "moderate" }, []],
    ["eGFR 20", { egfr: 20 }, []],
  ])("deucravacitinib, %s → %j", (_name, patient, expected) => {
    expect(findingKeys(plan(withPatient(cleanRequest("deucravacitinib"), patient)), "do-not-start")).toEqual(expected);
  });

  it("age 60, current smoker with hypertension → no boxed-warning caution (not a JAK1/2/3 inhibitor)", () => {
    const p = plan(
      withPatient(cleanRequest("deucravacitinib"), {
        ageYears: 60,
        smoking: "current",
        riskFactors: ["hypertension", "cardiovascular-disease"],
      }),
    );
    expect(findingKeys(p, "caution")).toEqual([]);
    expect(
      p.findings.some(
        (finding) => finding.ruleId.endsWith(".caution.boxed-warning") || finding.ruleId.includes(".higher-risk"),
      ),
    ).toBe(false);
  });

  it("always shown: no boxed warning, triglycerides and CK advice, as info", () => {
    const p = plan(cleanRequest("deucravacitinib"));
    expect(findingKeys(p, "info")).toEqual(
      expect.arrayContaining([
        "info deucravacitinib.info.no-boxed-warning",
        "info deucravacitinib.info.triglycerides",
        "info deucravacitinib.info.ck",
      ]),
    );
  });

  it("always shown: immunisations before starting and no live vaccines (5.7); infections, in words for before and during treatment (5.2)", () => {
    const before = plan(cleanRequest("deucravacitinib"));
    const during = plan(cleanRequest("deucravacitinib", { asOf: "2027-03-01" }));
    expect(findingById(before, "deucravacitinib.info.live-vaccines")[0]?.message).toBe(
      "Consider completing all age-appropriate immunisations before starting; avoid live vaccines during treatment.",
    );
    expect(findingById(before, "deucravacitinib.info.infections")[0]?.message).toMatch(
      /avoid starting deucravacitinib during an active or serious infection/,
    );
    expect(findingById(during, "deucravacitinib.info.infections")[0]?.message).toMatch(
      /if a serious infection develops, interrupt deucravacitinib and do not resume it until the infection resolves/,
    );
  });

  it.each([
    [17, true],
    [18, false],
  ])("deucravacitinib for psoriasis at age %d → below-approved-age caution: %s", (ageYears, expected) => {
    expect(
      hasFinding(
        plan(withPatient(cleanRequest("deucravacitinib"), { ageYears })),
        "caution",
        "deucravacitinib.indication.psoriasis",
      ),
    ).toBe(expected);
  });
});

describe("deucravacitinib schedule", () => {
  it("age 34, nothing on file: the baseline TB screen and liver enzymes are the only visit", () => {
    expect(visitLines(plan(minimalRequest("deucravacitinib")))).toEqual(["2027-01-04 Baseline: tb, liver"]);
  });

  it.each<[number, string[], string[]]>([
    [49, [], []],
    [50, ["2026-12-21"], ["2027-02-21"]],
  ])("age %d → RZV dose 1 on %j and dose 2 on %j (ACIP: every adult aged 50 or over)", (ageYears, dose1, dose2) => {
    const p = plan(withPatient(minimalRequest("deucravacitinib"), { ageYears }));
    expect(datesOf(p, "rzv-dose-1")).toEqual(dose1);
    expect(datesOf(p, "rzv-dose-2")).toEqual(dose2);
  });

  it("no dated follow-up lab and no routine finding, whatever the routine interval", () => {
    const p = plan(
      withPatient(cleanRequest("deucravacitinib", { routineIntervalMonths: 1 }), {
        riskFactors: ["chronic-liver-disease"],
      }),
    );
    expect(p.visits.filter((visit) => visit.date > "2027-01-04")).toEqual([]);
    expect(findingById(p, "deucravacitinib.routine")).toEqual([]);
  });
});
