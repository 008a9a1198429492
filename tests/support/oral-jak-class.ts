/**
 * Cases every oral JAK inhibitor shares (rules/class/oral-jak.ts): the boxed-warning
 * higher-risk group, pregnancy, TB and hepatitis screening, missing baseline tests and the
 * zoster plan. Each drug file calls `describeOralJakClassRules` so the shared rules are
 * checked against that drug's own rule ids.
 */
import { describe, expect, it } from "vitest";
import type { DrugId, RiskFactorId, SmokingStatus } from "@/rules/types";
import { baselineDate, cleanRequest, datesOf, findingById, findingKeys, hasFinding, minimalRequest, plan, startDate, visitOn, withPatient } from "./requests";

type OralJak = Extract<DrugId, "abrocitinib" | "upadacitinib" | "baricitinib" | "ritlecitinib" | "deuruxolitinib" | "tofacitinib">;

export interface OralJakClassOptions {
  /** Baseline tests the drug's label asks for besides TB, HBV and HCV. */
  baselinePanels: ReadonlyArray<"cbc" | "lipids" | "liver" | "renal">;
  /** What a positive HBV or HCV screen does under this label. */
  viralHepatitis: "do-not-start" | "caution";
  /** Whether the drug carries the EU SmPC 4.4 risk-group rule. */
  euRiskGroups: boolean;
}

export function describeOralJakClassRules(drug: OralJak, options: OralJakClassOptions): void {
  describe(`${drug}: boxed-warning higher-risk group (US label)`, () => {
    const higherRisk = `${drug}.caution.higher-risk-us`;
    it.each<[string, number, SmokingStatus, RiskFactorId[], boolean]>([
      ["age 49 with hypertension, never smoked", 49, "never", ["hypertension"], false],
      ["age 50 with hypertension, never smoked", 50, "never", ["hypertension"], true],
      ["age 50 with diabetes", 50, "never", ["diabetes"], true],
      ["age 50 with dyslipidaemia", 50, "never", ["dyslipidemia"], true],
      ["age 64 with cardiovascular disease", 64, "never", ["cardiovascular-disease"], true],
      ["age 50 with no risk factor", 50, "never", [], false],
      ["age 70 with no risk factor, never smoked", 70, "never", [], false],
      ["age 50 with a VTE history only (not a cardiovascular risk factor)", 50, "never", ["vte-history"], false],
      ["age 30, current smoker", 30, "current", [], true],
      ["age 30, former smoker", 30, "former", [], true],
      ["age 49, current smoker", 49, "current", [], true],
    ])(`${drug}, %s → caution ${higherRisk}: %s`, (_name, ageYears, smoking, riskFactors, expected) => {
      const p = plan(withPatient(cleanRequest(drug), { ageYears, smoking, riskFactors }));
      expect(hasFinding(p, "caution", higherRisk)).toBe(expected);
    });

    it(`${drug}, age 50 with hypertension under the EU SmPC → the US rule is shown as info`, () => {
      const p = plan(withPatient(cleanRequest(drug, { labelRegion: "EU" }), { ageYears: 50, riskFactors: ["hypertension"] }));
      expect(findingById(p, higherRisk).map((finding) => finding.action)).toEqual(["info"]);
    });

    it(`${drug}: the boxed warning is always a caution, never do-not-start`, () => {
      const p = plan(withPatient(cleanRequest(drug), { ageYears: 70, smoking: "current", riskFactors: ["cardiovascular-disease", "vte-history"] }));
      expect(hasFinding(p, "caution", `${drug}.caution.boxed-warning`)).toBe(true);
      expect(findingKeys(p, "do-not-start")).toEqual([]);
    });
  });

  if (options.euRiskGroups) {
    describe(`${drug}: EU SmPC risk groups (PRAC 2023)`, () => {
      it.each<[string, number, SmokingStatus, RiskFactorId[], boolean]>([
        ["age 64, no risk factor", 64, "never", [], false],
        ["age 65, no risk factor", 65, "never", [], true],
        ["age 40 with a VTE history", 40, "never", ["vte-history"], true],
        ["age 40 with a malignancy history", 40, "never", ["malignancy-history"], true],
        ["age 40, former smoker", 40, "former", [], true],
      ])(`${drug} under the EU SmPC, %s → caution ${drug}.caution.higher-risk-eu: %s`, (_name, ageYears, smoking, riskFactors, expected) => {
        const p = plan(withPatient(cleanRequest(drug, { labelRegion: "EU" }), { ageYears, smoking, riskFactors }));
        expect(hasFinding(p, "caution", `${drug}.caution.higher-risk-eu`)).toBe(expected);
      });
    });
  }

  describe(`${drug}: pregnancy`, () => {
    it(`${drug}, pregnant → caution ${drug}.caution.pregnant`, () => {
      const p = plan(withPatient(cleanRequest(drug), { pregnant: true }));
      expect(hasFinding(p, "caution", `${drug}.caution.pregnant`)).toBe(true);
    });

    it(`${drug}, can become pregnant → caution and a baseline pregnancy test`, () => {
      const p = plan(withPatient(minimalRequest(drug), { canBecomePregnant: true }));
      expect(hasFinding(p, "caution", `${drug}.caution.can-become-pregnant`)).toBe(true);
      expect(hasFinding(p, "missing", `${drug}.baseline.pregnancy`)).toBe(true);
      expect(visitOn(p, startDate)?.items.map((item) => item.test)).toContain("pregnancy");
    });

    it(`${drug}, cannot become pregnant → no pregnancy test planned`, () => {
      const p = plan(withPatient(minimalRequest(drug), { canBecomePregnant: false }));
      expect(datesOf(p, "pregnancy")).toEqual([]);
      expect(hasFinding(p, "caution", `${drug}.caution.can-become-pregnant`)).toBe(false);
    });
  });

  describe(`${drug}: screening before the first dose`, () => {
    const screen = (test: "tb" | "hbv" | "hcv", result: "positive" | "negative" | "indeterminate", date = baselineDate) =>
      cleanRequest(drug, {
        screening: (["tb", "hbv", "hcv"] as const).map((other) => ({ test: other, result: other === test ? result : "negative", date })),
      });

    it.each<[string, "tb" | "hbv" | "hcv", "positive" | "negative" | "indeterminate", string | null]>([
      ["TB positive", "tb", "positive", `do-not-start ${drug}.screening.tb-positive`],
      ["TB indeterminate", "tb", "indeterminate", `caution ${drug}.screening.tb-indeterminate`],
      ["TB negative", "tb", "negative", null],
      ["hepatitis B positive", "hbv", "positive", `${options.viralHepatitis} ${drug}.screening.hbv-positive`],
      ["hepatitis C positive", "hcv", "positive", `${options.viralHepatitis} ${drug}.screening.hcv-positive`],
    ])(`${drug}, %s → %s`, (_name, test, result, expected) => {
      const p = plan(screen(test, result));
      const screeningFindings = p.findings.filter((finding) => finding.ruleId.startsWith(`${drug}.screening.`)).map((finding) => `${finding.action} ${finding.ruleId}`);
      expect(screeningFindings).toEqual(expected === null ? [] : [expected]);
    });

    it(`${drug}: a later negative TB screen replaces an earlier positive one`, () => {
      const p = plan(
        cleanRequest(drug, {
          screening: [
            { test: "tb", result: "positive", date: "2026-10-01" },
            { test: "tb", result: "negative", date: baselineDate },
            { test: "hbv", result: "negative", date: baselineDate },
            { test: "hcv", result: "negative", date: baselineDate },
          ],
        }),
      );
      expect(hasFinding(p, "do-not-start", `${drug}.screening.tb-positive`)).toBe(false);
    });
  });

  describe(`${drug}: missing baseline tests`, () => {
    const expected = [...options.baselinePanels, "tb", "hbv", "hcv"].map((item) => `missing ${drug}.baseline.${item}`);

    it(`${drug} with nothing on file → missing ${[...options.baselinePanels, "tb", "hbv", "hcv"].join(", ")}`, () => {
      const p = plan(withPatient(minimalRequest(drug), { canBecomePregnant: false }));
      expect(findingKeys(p, "missing").filter((key) => key.includes(".baseline."))).toEqual(expected);
      expect(visitOn(p, startDate)).toMatchObject({ label: "Baseline" });
      expect(visitOn(p, startDate)?.items.map((item) => `${item.test} ${item.status}`)).toEqual(
        [...options.baselinePanels, "tb", "hbv", "hcv"].map((item) => `${item} due`),
      );
    });

    it(`${drug} with every baseline test on file → nothing missing, baseline items marked done`, () => {
      const p = plan(cleanRequest(drug));
      expect(findingKeys(p, "missing")).toEqual([]);
      expect(visitOn(p, startDate)?.items.every((item) => item.status === "done")).toBe(true);
    });

    it(`${drug}: results dated after the start are not baseline results`, () => {
      const request = withPatient(cleanRequest(drug), { egfr: undefined });
      const p = plan({
        ...request,
        labs: (request.labs ?? []).map((lab) => ({ ...lab, date: "2027-01-05" })),
        screening: (request.screening ?? []).map((entry) => ({ ...entry, date: "2027-01-05" })),
      });
      expect(findingKeys(p, "missing").filter((key) => key.includes(".baseline."))).toEqual(expected);
    });
  });

  describe(`${drug}: zoster vaccination`, () => {
    it(`${drug}, age 34, no RZV on file → dose 1 on 2026-12-21 and dose 2 on 2027-02-21`, () => {
      const p = plan(minimalRequest(drug));
      expect(datesOf(p, "rzv-dose-1")).toEqual(["2026-12-21"]);
      expect(datesOf(p, "rzv-dose-2")).toEqual(["2027-02-21"]);
    });

    it(`${drug}, age 18 → no RZV planned`, () => {
      const p = plan(withPatient(minimalRequest(drug), { ageYears: 18 }));
      expect([...datesOf(p, "rzv-dose-1"), ...datesOf(p, "rzv-dose-2")]).toEqual([]);
    });

    it(`${drug}: live-vaccine advice is always shown`, () => {
      expect(hasFinding(plan(cleanRequest(drug)), "info", `${drug}.info.live-vaccines`)).toBe(true);
    });
  });
}
