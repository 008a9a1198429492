import { describe, expect, it } from "vitest";
import type { PlanRequestInput } from "@/lib/contract/plan-request";
import { baselineDate, cleanRequest, findingById, findingKeys, plan } from "../support/requests";

type Lab = NonNullable<PlanRequestInput["labs"]>[number];

/** A clean request with `extra` results added to its labs, in the order given. */
const withLabs = (drug: Parameters<typeof cleanRequest>[0], extra: Lab[]): PlanRequestInput => {
  const request = cleanRequest(drug);
  return { ...request, labs: [...(request.labs ?? []), ...extra] };
};

const platelets = (value: number, unit = "10^9/L", date: string = baselineDate): Lab => ({
  test: "platelets",
  value,
  unit,
  date,
});

describe("two different results of one analyte on one day", () => {
  it("names both, follows the lower platelet count whatever the order, and asks to correct the wrong one", () => {
    const forwards = plan(withLabs("abrocitinib", [platelets(240), platelets(120)]));
    const backwards = plan(withLabs("abrocitinib", [platelets(120), platelets(240)]));
    const [finding] = findingById(forwards, "abrocitinib.labs.platelets-same-day-disagreement");
    expect(finding).toMatchObject({ action: "caution", test: "platelets", resultDate: baselineDate });
    // The clean request's own platelet result on that day is among them.
    expect(finding?.message).toMatch(
      /^Results of platelets drawn on 2026-12-15 disagree \(120 ×10⁹\/L; .*240 ×10⁹\/L.*\): the plan follows the lower one \(120 ×10⁹\/L\)\. If one was entered in error, correct it\.$/,
    );
    expect(findingById(backwards, "abrocitinib.labs.platelets-same-day-disagreement")).toEqual([finding]);
    expect(finding?.sources.length).toBeGreaterThan(0);
    expect(findingKeys(forwards)).toContain("do-not-start abrocitinib.start.platelets");
  });

  it("follows the higher ALT, since the liver-injury rule acts on a rise", () => {
    const alt = (value: number): Lab => ({ test: "alt", value, unit: "U/L", uln: 40, date: "2027-02-01" });
    const p = plan(withLabs("upadacitinib", [alt(30), alt(200)]));
    expect(findingById(p, "upadacitinib.labs.alt-same-day-disagreement")[0]?.message).toBe(
      "Results of ALT drawn on 2027-02-01 disagree (200 U/L; 30 U/L): the plan follows the higher one (200 U/L). If one was entered in error, correct it.",
    );
  });

  it.each<[string, Parameters<typeof cleanRequest>[0], Lab[]]>([
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
      "two LDL results, which no rule of the drug judges",
      "abrocitinib",
      [
        { test: "ldl", value: 100, unit: "mg/dL", date: "2027-02-01" },
        { test: "ldl", value: 130, unit: "mg/dL", date: "2027-02-01" },
      ],
    ],
  ])("says nothing for %s", (_name, drug, labs) => {
    const p = plan(withLabs(drug, labs));
    expect(p.findings.filter((finding) => finding.ruleId.includes(".labs."))).toEqual([]);
  });
});
