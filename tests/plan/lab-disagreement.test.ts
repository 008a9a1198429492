import { describe, expect, it } from "vitest";
import type { PlanRequestInput } from "@/lib/contract/plan-request";
import { baselineDate, cleanRequest, findingById, findingKeys, plan, withPatient } from "../support/requests";

type Lab = NonNullable<PlanRequestInput["labs"]>[number];

/** A clean request with `extra` results added to its labs, in the order given. */
const withLabs = (request: PlanRequestInput, extra: Lab[]): PlanRequestInput => ({
  ...request,
  labs: [...(request.labs ?? []), ...extra],
});

const lab = (test: Lab["test"], value: number, unit: string, date: string, uln?: number): Lab => ({
  test,
  value,
  unit,
  date,
  ...(uln === undefined ? {} : { uln }),
});
const platelets = (value: number, unit = "10^9/L", date: string = baselineDate) => lab("platelets", value, unit, date);
const disagreements = (request: PlanRequestInput) =>
  plan(request).findings.filter((finding) => finding.ruleId.includes(".labs."));

describe("two different results of one analyte on one day that the plan reads", () => {
  it("names each value, follows the lower platelet count whatever the order, and asks to correct the wrong one", () => {
    const forwards = plan(withLabs(cleanRequest("abrocitinib"), [platelets(240), platelets(120)]));
    const backwards = plan(withLabs(cleanRequest("abrocitinib"), [platelets(120), platelets(240)]));
    const [finding] = findingById(forwards, "abrocitinib.labs.platelets-same-day-disagreement");
    expect(finding).toMatchObject({ action: "caution", test: "platelets", resultDate: baselineDate });
    // The clean request's own platelet result of that day is among them.
    expect(finding?.message).toMatch(
      /^Results of platelets drawn on 2026-12-15 disagree \(120 ×10⁹\/L; .*240 ×10⁹\/L.*\): the plan follows the more cautious one \(120 ×10⁹\/L\)\. If one was entered in error, correct it\.$/,
    );
    expect(findingById(backwards, "abrocitinib.labs.platelets-same-day-disagreement")).toEqual([finding]);
    expect(finding?.sources.length).toBeGreaterThan(0);
    expect(findingKeys(forwards)).toContain("do-not-start abrocitinib.start.platelets");
  });

  it("lists one value given in two units once", () => {
    const request = withLabs(cleanRequest("abrocitinib"), [
      platelets(120, "10^9/L", "2027-02-01"),
      platelets(120000, "cells/uL", "2027-02-01"),
      platelets(240, "10^9/L", "2027-02-01"),
    ]);
    expect(disagreements(request).map((finding) => finding.message)).toEqual([
      "Results of platelets drawn on 2027-02-01 disagree (120 ×10⁹/L; 240 ×10⁹/L): the plan follows the more cautious one (120 ×10⁹/L). If one was entered in error, correct it.",
    ]);
  });

  it("judges ALT as a multiple of each result's upper limit: 95 U/L of 30 is worse than 100 U/L of 50, and interrupts", () => {
    const request = withLabs(cleanRequest("upadacitinib"), [
      lab("alt", 100, "U/L", "2027-02-15", 50),
      lab("alt", 95, "U/L", "2027-02-15", 30),
    ]);
    const p = plan(request);
    expect(findingById(p, "upadacitinib.labs.alt-same-day-disagreement")[0]?.message).toBe(
      "Results of ALT drawn on 2027-02-15 disagree (95 U/L against an upper limit of 30 U/L; 100 U/L against an upper limit of 50 U/L): the plan follows the more cautious one (95 U/L against an upper limit of 30 U/L). If one was entered in error, correct it.",
    );
    expect(findingKeys(p)).toContain("interrupt upadacitinib.treatment.liver-injury");
  });

  it.each<[string, Lab[], string, string]>([
    [
      "a normal ALT with its limit never hides a high one without: the plan asks for that limit",
      [lab("alt", 30, "U/L", "2027-02-15", 40), lab("alt", 500, "U/L", "2027-02-15")],
      "500 U/L",
      "missing upadacitinib.treatment.liver-injury",
    ],
    [
      "an ALT above 3× its limit decides over a higher one without a limit",
      [lab("alt", 120, "U/L", "2027-02-15"), lab("alt", 100, "U/L", "2027-02-15", 30)],
      "100 U/L against an upper limit of 30 U/L",
      "interrupt upadacitinib.treatment.liver-injury",
    ],
  ])("%s", (_name, alt, followed, liverFinding) => {
    const p = plan(withLabs(cleanRequest("upadacitinib"), alt));
    expect(findingById(p, "upadacitinib.labs.alt-same-day-disagreement")[0]?.message).toContain(
      `the plan follows the more cautious one (${followed})`,
    );
    expect(findingKeys(p).filter((key) => key.includes("liver-injury"))).toEqual([liverFinding]);
  });

  it("words the caution the same whatever the order of the labs, one value in two units included", () => {
    const anc = [
      lab("anc", 900, "cells/uL", "2027-02-15"),
      lab("anc", 0.9, "10^9/L", "2027-02-15"),
      lab("anc", 0.8, "10^9/L", "2027-02-15"),
    ];
    const orders = [anc, [anc[1]!, anc[0]!, anc[2]!], [anc[2]!, anc[1]!, anc[0]!]];
    const messages = orders.map(
      (labs) =>
        findingById(
          plan(withLabs(cleanRequest("upadacitinib"), labs)),
          "upadacitinib.labs.anc-same-day-disagreement",
        )[0]?.message,
    );
    expect(new Set(messages).size).toBe(1);
    expect(messages[0]).toMatch(
      /^Results of ANC drawn on 2027-02-15 disagree \(0\.8 ×10⁹\/L; (0\.9 ×10⁹\/L|900 cells\/µL)\)/,
    );
  });

  it("names two creatinine results of the day a calculated clearance was worked out from, following the higher", () => {
    const request = withLabs(
      withPatient(cleanRequest("baricitinib", { labelRegion: "EU" }), { ageYears: 60, sex: "male", weightKg: 70 }),
      [lab("creatinine", 1, "mg/dL", baselineDate), lab("creatinine", 2, "mg/dL", baselineDate)],
    );
    const p = plan(request);
    expect(findingById(p, "baricitinib.labs.creatinine-same-day-disagreement")[0]?.message).toMatch(
      /^Results of creatinine drawn on 2026-12-15 disagree \(2 mg\/dL; .*1 mg\/dL.*\): the plan follows the more cautious one \(2 mg\/dL\)/,
    );
  });

  it.each<[string, "abrocitinib" | "upadacitinib", Lab[]]>([
    [
      "the same count in two units",
      "abrocitinib",
      [platelets(120, "10^9/L", "2027-02-01"), platelets(120000, "cells/uL", "2027-02-01")],
    ],
    [
      "the same count entered twice",
      "abrocitinib",
      [platelets(120, "10^9/L", "2027-02-01"), platelets(120, "10^9/L", "2027-02-01")],
    ],
    [
      "different counts on different days",
      "abrocitinib",
      [platelets(120, "10^9/L", "2027-02-01"), platelets(240, "10^9/L", "2027-02-02")],
    ],
    [
      "two counts of a day before the baseline the plan reads",
      "abrocitinib",
      [platelets(90, "10^9/L", "2025-06-01"), platelets(240, "10^9/L", "2025-06-01")],
    ],
    [
      "two ALT results before the start (no rule reads a baseline ALT)",
      "upadacitinib",
      [lab("alt", 30, "U/L", baselineDate, 40), lab("alt", 200, "U/L", baselineDate, 40)],
    ],
    [
      "two ALT results of a day before the latest after the start",
      "upadacitinib",
      [
        lab("alt", 30, "U/L", "2027-02-01", 40),
        lab("alt", 200, "U/L", "2027-02-01", 40),
        lab("alt", 30, "U/L", "2027-03-01", 40),
      ],
    ],
    [
      "two LDL results, which no rule of the drug judges",
      "abrocitinib",
      [lab("ldl", 100, "mg/dL", "2027-02-01"), lab("ldl", 130, "mg/dL", "2027-02-01")],
    ],
  ])("says nothing for %s", (_name, drug, labs) => {
    expect(disagreements(withLabs(cleanRequest(drug), labs))).toEqual([]);
  });
});
