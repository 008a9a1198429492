/**
 * ALT or AST above 3× the laboratory's upper limit of normal during treatment: the labels of
 * upadacitinib, baricitinib and tofacitinib say to interrupt if drug-induced liver injury is
 * suspected; the signal is the FDA's 2009 guidance (consensus). Strictly above 3×: 3× itself
 * is not. Without the lab's upper limit the plan asks for it rather than assuming one.
 */
import { describe, expect, it } from "vitest";
import type { DrugId } from "@/rules/types";
import { cleanRequest, findingById, plan } from "../support/requests";

const withLiver = (drug: DrugId, labs: { test: "alt" | "ast"; value: number; uln?: number; date?: string }[]) => {
  const request = cleanRequest(drug);
  return plan({
    ...request,
    labs: [...(request.labs ?? []), ...labs.map(({ date = "2027-02-01", ...lab }) => ({ ...lab, unit: "U/L", date }))],
  });
};

describe("liver enzymes above 3× the upper limit of normal during treatment", () => {
  it.each<[DrugId, "alt" | "ast", number, number, string[]]>([
    ["upadacitinib", "alt", 121, 40, ["interrupt"]],
    ["upadacitinib", "alt", 120, 40, []],
    ["upadacitinib", "ast", 106, 35, ["interrupt"]],
    ["upadacitinib", "ast", 105, 35, []],
    ["baricitinib", "alt", 150, 40, ["interrupt"]],
    ["tofacitinib", "alt", 121, 40, ["interrupt"]],
    ["abrocitinib", "alt", 500, 40, []],
  ])("%s, %s %d U/L with an upper limit of %d U/L → %j", (drug, test, value, uln, expected) => {
    const p = withLiver(drug, [{ test, value, uln }]);
    expect(findingById(p, `${drug}.treatment.liver-injury`).map((finding) => finding.action)).toEqual(expected);
  });

  it("the message gives the value, the lab's limit, 3× it, and the label's advice; the evidence is consensus", () => {
    const [finding] = findingById(
      withLiver("upadacitinib", [{ test: "alt", value: 130, uln: 40 }]),
      "upadacitinib.treatment.liver-injury",
    );
    expect(finding?.message).toMatch(
      /^ALT 130 U\/L on 2027-02-01 is above 3× the upper limit of normal \(40 U\/L, so above 120 U\/L\)\. The label says to interrupt upadacitinib if drug-induced liver injury is suspected/,
    );
    expect(finding?.evidence).toBe("consensus");
    expect(finding?.sources.map((source) => source.title)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^US FDA\. Guidance for industry: Drug-induced liver injury/)]),
    );
  });

  it("a result without the lab's upper limit → missing, asking for it", () => {
    const [finding] = findingById(
      withLiver("upadacitinib", [{ test: "alt", value: 500 }]),
      "upadacitinib.treatment.liver-injury",
    );
    expect(finding?.action).toBe("missing");
    expect(finding?.message).toMatch(/give the laboratory's upper limit of normal/);
  });

  it("the latest result decides: a high ALT followed by a normal one gives no interruption", () => {
    const p = withLiver("upadacitinib", [
      { test: "alt", value: 200, uln: 40, date: "2027-02-01" },
      { test: "alt", value: 35, uln: 40, date: "2027-02-15" },
    ]);
    expect(findingById(p, "upadacitinib.treatment.liver-injury")).toEqual([]);
  });

  it.each([
    [
      "the limit listed last",
      [
        { test: "ast", value: 130 },
        { test: "ast", value: 130, uln: 40 },
      ],
    ],
    [
      "the limit listed first",
      [
        { test: "ast", value: 130, uln: 40 },
        { test: "ast", value: 130 },
      ],
    ],
  ] as const)(
    "two equal ASTs on one day, one with the lab's limit and one without (%s) → the one with it is judged",
    (_name, labs) => {
      const findings = findingById(withLiver("upadacitinib", [...labs]), "upadacitinib.treatment.liver-injury");
      expect(findings.map((finding) => finding.action)).toEqual(["interrupt"]);
    },
  );

  it("two equal ALTs on one day with different limits → the stricter (lower) limit is the one judged", () => {
    for (const labs of [
      [
        { test: "alt" as const, value: 130, uln: 50 },
        { test: "alt" as const, value: 130, uln: 40 },
      ],
      [
        { test: "alt" as const, value: 130, uln: 40 },
        { test: "alt" as const, value: 130, uln: 50 },
      ],
    ]) {
      const [finding] = findingById(withLiver("upadacitinib", labs), "upadacitinib.treatment.liver-injury");
      expect(finding?.message).toContain("(40 U/L, so above 120 U/L)");
    }
  });

  it("a baseline ALT (on or before the start) is not a during-treatment result", () => {
    expect(
      findingById(
        withLiver("upadacitinib", [{ test: "alt", value: 500, uln: 40, date: "2027-01-04" }]),
        "upadacitinib.treatment.liver-injury",
      ),
    ).toEqual([]);
  });
});
