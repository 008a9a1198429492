/**
 * Cases every oral JAK inhibitor shares (rules/class/oral-jak.ts): the boxed-warning
 * higher-risk group, pregnancy, TB and hepatitis screening, missing baseline tests and the
 * zoster plan. Each drug file calls `describeOralJakClassRules` so the shared rules are
 * checked against that drug's own rule ids.
 */
import { describe, expect, it } from "vitest";
import type { PlanRequestInput } from "@/lib/contract/plan-request";
import type { DrugId, PlanRegion, RiskFactorId, SmokingStatus } from "@/rules/types";
import {
  baselineDate,
  cleanPatient,
  cleanRequest,
  datesOf,
  findingById,
  findingKeys,
  hasFinding,
  minimalRequest,
  negativeScreening,
  normalLabs,
  plan,
  startDate,
  visitOn,
  withPatient,
} from "./requests";

/** The clean patient with one fact left out. */
function cleanPatientWithout(fact: keyof typeof cleanPatient) {
  const patient = { ...cleanPatient };
  delete patient[fact];
  return patient;
}

type OralJak = Extract<
  DrugId,
  "abrocitinib" | "upadacitinib" | "baricitinib" | "ritlecitinib" | "deuruxolitinib" | "tofacitinib"
>;

export interface OralJakClassOptions {
  /** Baseline tests the drug's label asks for besides TB, HBV and HCV. */
  baselinePanels: ReadonlyArray<"cbc" | "lipids" | "liver" | "renal">;
  /** How the label words viral hepatitis: "not recommended in active" (or any) infection holds the start; "assess" is a caution. */
  hepatitis: "active" | "any" | "assess";
  /** Whether the drug carries the EU SmPC 4.4 risk-group rule. */
  euRiskGroups: boolean;
  /** The EU SmPC's section 4.3 lists pregnancy (absent for a drug with no SmPC). */
  euPregnancyContraindicated?: boolean;
  /** The EU SmPC on breastfeeding: contraindicated (4.3) or advised against (4.6). */
  euBreastfeeding?: "contraindicated" | "advised-against";
  /** The US label discontinues the drug for a serious infection, the EU SmPC holds it (abrocitinib). */
  usDiscontinuesForSeriousInfection?: boolean;
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
      const p = plan(
        withPatient(cleanRequest(drug, { labelRegion: "EU" }), { ageYears: 50, riskFactors: ["hypertension"] }),
      );
      expect(findingById(p, higherRisk).map((finding) => finding.action)).toEqual(["info"]);
    });

    it(`${drug}: the boxed warning is always a caution, never do-not-start`, () => {
      const p = plan(
        withPatient(cleanRequest(drug), {
          ageYears: 70,
          smoking: "current",
          riskFactors: ["cardiovascular-disease", "vte-history"],
        }),
      );
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
      ])(
        `${drug} under the EU SmPC, %s → caution ${drug}.caution.higher-risk-eu: %s`,
        (_name, ageYears, smoking, riskFactors, expected) => {
          const p = plan(withPatient(cleanRequest(drug, { labelRegion: "EU" }), { ageYears, smoking, riskFactors }));
          expect(hasFinding(p, "caution", `${drug}.caution.higher-risk-eu`)).toBe(expected);
        },
      );
    });
  }

  describe(`${drug}: pregnancy and breastfeeding`, () => {
    it(`${drug}, pregnant under the US label → caution ${drug}.caution.pregnant, never do-not-start`, () => {
      const p = plan(withPatient(cleanRequest(drug, { labelRegion: "US" }), { pregnant: true }));
      expect(hasFinding(p, "caution", `${drug}.caution.pregnant`)).toBe(true);
      expect(findingKeys(p, "do-not-start")).toEqual([]);
    });

    const euPregnant = options.euPregnancyContraindicated
      ? `do-not-start ${drug}.contraindication.pregnancy-eu`
      : `caution ${drug}.caution.pregnant`;
    it(`${drug}, pregnant under the EU SmPC → ${euPregnant}`, () => {
      const p = plan(withPatient(cleanRequest(drug, { labelRegion: "EU" }), { pregnant: true }));
      expect(findingKeys(p).filter((key) => key.includes("pregnan") && !key.startsWith("info"))).toEqual([euPregnant]);
    });

    if (options.euPregnancyContraindicated)
      it(`${drug}, pregnant under the EU SmPC while already on it → discontinue ${drug}.contraindication.pregnancy-eu`, () => {
        const p = plan(withPatient(cleanRequest(drug, { labelRegion: "EU", asOf: "2027-03-01" }), { pregnant: true }));
        expect(findingKeys(p).filter((key) => key.includes("contraindication.pregnancy"))).toEqual([
          `discontinue ${drug}.contraindication.pregnancy-eu`,
        ]);
        expect(findingById(p, `${drug}.contraindication.pregnancy-eu`)[0]?.message).toMatch(/stop it\.$/);
      });

    if (options.euBreastfeeding === "contraindicated")
      it(`${drug}, breastfeeding under the EU SmPC while already on it → discontinue ${drug}.contraindication.breastfeeding-eu`, () => {
        const p = plan(
          withPatient(cleanRequest(drug, { labelRegion: "EU", asOf: "2027-03-01" }), { breastfeeding: true }),
        );
        expect(findingKeys(p).filter((key) => key.includes("breastfeeding") && !key.startsWith("info"))).toEqual([
          `discontinue ${drug}.contraindication.breastfeeding-eu`,
        ]);
        expect(findingById(p, `${drug}.contraindication.breastfeeding-eu`)[0]?.message).toMatch(
          /stop it, or stop breastfeeding\.$/,
        );
      });

    it(`${drug}, can become pregnant → caution and a baseline pregnancy test`, () => {
      const p = plan(withPatient(minimalRequest(drug), { canBecomePregnant: true }));
      expect(hasFinding(p, "caution", `${drug}.caution.can-become-pregnant`)).toBe(true);
      expect(hasFinding(p, "missing", `${drug}.baseline.pregnancy`)).toBe(true);
      expect(hasFinding(p, "missing", `${drug}.missing.can-become-pregnant`)).toBe(false);
      expect(visitOn(p, startDate)?.items.map((item) => item.test)).toContain("pregnancy");
    });

    it(`${drug}, cannot become pregnant → no pregnancy test planned`, () => {
      const p = plan(withPatient(minimalRequest(drug), { canBecomePregnant: false }));
      expect(datesOf(p, "pregnancy")).toEqual([]);
      expect(hasFinding(p, "caution", `${drug}.caution.can-become-pregnant`)).toBe(false);
    });

    // A woman aged 12 to 55 whose answer is missing (or "unknown") is asked, and tested meanwhile.
    it.each<[string, number, "female" | "male", true | "unknown" | undefined, boolean]>([
      ["woman of 34, not answered", 34, "female", undefined, true],
      ["woman of 34, answered unknown", 34, "female", "unknown", true],
      ["girl of 12, not answered", 12, "female", undefined, true],
      ["girl of 11, not answered", 11, "female", undefined, false],
      ["woman of 55, not answered", 55, "female", undefined, true],
      ["woman of 56, not answered", 56, "female", undefined, false],
      ["man of 34, not answered", 34, "male", undefined, false],
      ["woman of 60, answered unknown", 60, "female", "unknown", true],
    ])(
      `${drug}, %s → asks whether she can become pregnant and plans the test: %s`,
      (_name, ageYears, sex, canBecomePregnant, asked) => {
        const patient = {
          ...cleanPatientWithout("canBecomePregnant"),
          ageYears,
          sex,
          ...(canBecomePregnant === undefined ? {} : { canBecomePregnant }),
        };
        const p = plan({ ...cleanRequest(drug), patient });
        expect(hasFinding(p, "missing", `${drug}.missing.can-become-pregnant`)).toBe(asked);
        expect(datesOf(p, "pregnancy")).toEqual(asked ? [startDate] : []);
      },
    );

    it(`${drug}: a positive pregnancy test during treatment is a finding on its date (EU: stop; US: caution)`, () => {
      const withTest = (labelRegion: "US" | "EU") =>
        plan(
          withPatient(
            cleanRequest(drug, {
              labelRegion,
              screening: [...negativeScreening, { test: "pregnancy", result: "positive", date: "2027-03-01" }],
            }),
            { canBecomePregnant: true },
          ),
        );
      const us = withTest("US").findings.filter((finding) => finding.test === "pregnancy");
      expect(us.map((finding) => `${finding.action} ${finding.ruleId}`)).toEqual([
        `caution ${drug}.screening.pregnancy-positive-on-treatment`,
      ]);
      expect(us[0]?.message).toContain("2027-03-01");
      const eu = withTest("EU").findings.filter((finding) => finding.test === "pregnancy");
      expect(eu.map((finding) => finding.action)).toEqual([
        options.euPregnancyContraindicated ? "discontinue" : "caution",
      ]);
    });

    if (options.euBreastfeeding) {
      const expected =
        options.euBreastfeeding === "contraindicated"
          ? `do-not-start ${drug}.contraindication.breastfeeding-eu`
          : `caution ${drug}.caution.breastfeeding-eu`;
      it(`${drug}, breastfeeding under the EU SmPC → ${expected}; under the US label a caution`, () => {
        const eu = plan(withPatient(cleanRequest(drug, { labelRegion: "EU" }), { breastfeeding: true }));
        expect(findingKeys(eu).filter((key) => key.includes("breastfeeding") && !key.startsWith("info"))).toEqual([
          expected,
        ]);
        const us = plan(withPatient(cleanRequest(drug, { labelRegion: "US" }), { breastfeeding: true }));
        expect(findingKeys(us).filter((key) => key.includes("breastfeeding") && !key.startsWith("info"))).toEqual([
          `caution ${drug}.caution.breastfeeding`,
        ]);
      });
    }
  });

  describe(`${drug}: thrombosis and the boxed warning's wording`, () => {
    it.each<[string, RiskFactorId[], boolean]>([
      ["a history of VTE at age 34", ["vte-history"], true],
      ["no VTE history", [], false],
    ])(`${drug}, %s → caution ${drug}.caution.thrombosis: %s`, (_name, riskFactors, expected) => {
      expect(
        hasFinding(plan(withPatient(cleanRequest(drug), { riskFactors })), "caution", `${drug}.caution.thrombosis`),
      ).toBe(expected);
    });

    it(`${drug}: before the start the boxed warning says to weigh benefit and risk before starting; once on treatment, not`, () => {
      const before = findingById(plan(cleanRequest(drug)), `${drug}.caution.boxed-warning`)[0]?.message;
      const during = findingById(plan(cleanRequest(drug, { asOf: "2027-03-01" })), `${drug}.caution.boxed-warning`)[0]
        ?.message;
      expect(before).toMatch(/before starting/);
      expect(during).not.toMatch(/before starting/);
      expect(during).toMatch(/during treatment/);
      // An active serious infection has no fact in the request: the words say what to do about one.
      expect(before).toMatch(/do not start during an active serious infection/);
      if (!options.usDiscontinuesForSeriousInfection)
        expect(during).toMatch(/if a serious infection develops, hold .+ until it is controlled/);
    });

    if (options.usDiscontinuesForSeriousInfection)
      it.each<[PlanRegion, RegExp]>([
        ["US", /If a serious or opportunistic infection develops, discontinue \w+, .+ \(US label\)\.$/],
        [
          "EU",
          /If a serious infection, sepsis or an opportunistic infection develops, consider interrupting \w+ until the infection is controlled \(EU SmPC\)\.$/,
        ],
        ["both", /discontinue \w+, .+: the US label's step, the stricter of the two\.$/],
      ])(
        `${drug} on treatment, a %s plan: a serious infection gets that label's step, and the difference is said`,
        (labelRegion, words) => {
          const [boxed] = findingById(
            plan(cleanRequest(drug, { labelRegion, asOf: "2027-03-01" })),
            `${drug}.caution.boxed-warning`,
          );
          expect(boxed?.message).toMatch(words);
          expect(boxed?.message).not.toMatch(/hold .+ until it is controlled/);
          expect(boxed?.disagreement).toMatch(/the US label discontinues .+; the EU SmPC considers interrupting it/);
        },
      );
  });

  describe(`${drug}: screening before the first dose`, () => {
    const hepatitisHold = options.hepatitis === "assess" ? "caution" : "do-not-start";
    type Entry = {
      test: "tb" | "hbv" | "hcv";
      result: "positive" | "negative" | "indeterminate";
      date?: string;
      interpretation?: string;
      preventiveTreatmentStarted?: string;
    };
    it.each<[string, Entry, string | null]>([
      [
        "TB positive, not yet assessed",
        { test: "tb", result: "positive" },
        `do-not-start ${drug}.screening.tb-positive`,
      ],
      [
        "TB positive, active TB",
        { test: "tb", result: "positive", interpretation: "active" },
        `do-not-start ${drug}.screening.tb-active`,
      ],
      [
        "TB positive, latent TB, no preventive treatment yet",
        { test: "tb", result: "positive", interpretation: "latent" },
        `do-not-start ${drug}.screening.tb-latent-untreated`,
      ],
      [
        "TB positive, latent TB, preventive treatment started on the start date",
        { test: "tb", result: "positive", interpretation: "latent", preventiveTreatmentStarted: startDate },
        `caution ${drug}.screening.tb-latent-treated`,
      ],
      [
        "TB positive, latent TB, preventive treatment starting the day after the start",
        { test: "tb", result: "positive", interpretation: "latent", preventiveTreatmentStarted: "2027-01-05" },
        `do-not-start ${drug}.screening.tb-latent-untreated`,
      ],
      [
        "TB positive two years ago, latent TB treated then (an IGRA stays positive)",
        {
          test: "tb",
          result: "positive",
          date: "2024-11-01",
          interpretation: "latent",
          preventiveTreatmentStarted: "2024-11-15",
        },
        `caution ${drug}.screening.tb-latent-treated`,
      ],
      [
        "TB positive during treatment (2027-03-01)",
        { test: "tb", result: "positive", date: "2027-03-01" },
        `interrupt ${drug}.screening.tb-positive-on-treatment`,
      ],
      ["TB indeterminate", { test: "tb", result: "indeterminate" }, `caution ${drug}.screening.tb-indeterminate`],
      ["TB negative", { test: "tb", result: "negative" }, null],
      [
        "hepatitis B positive, not yet assessed",
        { test: "hbv", result: "positive" },
        `${hepatitisHold} ${drug}.screening.hbv-positive`,
      ],
      [
        "hepatitis B, HBsAg positive",
        { test: "hbv", result: "positive", interpretation: "hbsag-positive" },
        `${hepatitisHold} ${drug}.screening.hbv-active`,
      ],
      [
        "hepatitis B, HBV DNA detected",
        { test: "hbv", result: "positive", interpretation: "hbv-dna-detected" },
        `${hepatitisHold} ${drug}.screening.hbv-active`,
      ],
      [
        "hepatitis B, anti-HBc positive with HBsAg negative (not active)",
        { test: "hbv", result: "positive", interpretation: "anti-hbc-only" },
        `caution ${drug}.screening.hbv-past`,
      ],
      [
        "hepatitis C positive, not yet assessed",
        { test: "hcv", result: "positive" },
        `${hepatitisHold} ${drug}.screening.hcv-positive`,
      ],
      [
        "hepatitis C, HCV RNA detected",
        { test: "hcv", result: "positive", interpretation: "rna-detected" },
        `${hepatitisHold} ${drug}.screening.hcv-active`,
      ],
      [
        "hepatitis C, HCV RNA not detected (past infection)",
        { test: "hcv", result: "positive", interpretation: "rna-not-detected" },
        `caution ${drug}.screening.hcv-past`,
      ],
      [
        "hepatitis B positive during treatment",
        { test: "hbv", result: "positive", date: "2027-03-01" },
        `caution ${drug}.screening.hepatitis-on-treatment`,
      ],
    ])(`${drug}, %s → %s`, (_name, entry, expected) => {
      const others = (["tb", "hbv", "hcv"] as const)
        .filter((test) => test !== entry.test)
        .map((test) => ({ test, result: "negative" as const, date: baselineDate }));
      const p = plan(
        cleanRequest(drug, {
          screening: [
            ...others,
            { date: baselineDate, ...entry } as NonNullable<PlanRequestInput["screening"]>[number],
          ],
        }),
      );
      const screeningFindings = p.findings
        .filter((finding) => finding.ruleId.startsWith(`${drug}.screening.`))
        .map((finding) => `${finding.action} ${finding.ruleId}`);
      expect(screeningFindings).toEqual(expected === null ? [] : [expected]);
    });

    it(`${drug}: an old positive TB result still counts as the baseline TB test (a negative one of that age would not)`, () => {
      const screening = (entry: { result: "positive" | "negative" }) => [
        {
          test: "tb" as const,
          date: "2024-11-01",
          ...(entry.result === "positive"
            ? {
                result: "positive" as const,
                interpretation: "latent" as const,
                preventiveTreatmentStarted: "2024-11-15",
              }
            : { result: "negative" as const }),
        },
        { test: "hbv" as const, result: "negative" as const, date: baselineDate },
        { test: "hcv" as const, result: "negative" as const, date: baselineDate },
      ];
      expect(
        hasFinding(
          plan(cleanRequest(drug, { screening: screening({ result: "positive" }) })),
          "missing",
          `${drug}.baseline.tb`,
        ),
      ).toBe(false);
      const stale = plan(cleanRequest(drug, { screening: screening({ result: "negative" }) }));
      expect(findingById(stale, `${drug}.baseline.tb`)[0]?.message).toContain(
        "TB screening from 2024-11-01 is older than this clinic's 90-day baseline window",
      );
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

    it(`${drug}: results dated after the start are not baseline results, but do a missed baseline test, late`, () => {
      const request = withPatient(cleanRequest(drug), { egfr: undefined });
      const p = plan({
        ...request,
        labs: (request.labs ?? []).map((lab) => ({ ...lab, date: "2027-01-05" })),
        screening: (request.screening ?? []).map((entry) => ({ ...entry, date: "2027-01-05" })),
      });
      expect(findingKeys(p, "missing").filter((key) => key.includes(".baseline."))).toEqual([]);
      expect(findingKeys(p, "info").filter((key) => key.includes(".baseline."))).toEqual(
        expected.map((key) => key.replace("missing", "info")),
      );
      expect(findingById(p, `${drug}.baseline.tb`)[0]?.message).toMatch(
        /^Baseline TB screening done late: on 2027-01-05, after the start, in place of one before it\. Tuberculosis screening/,
      );
      expect(visitOn(p, startDate)?.items.every((item) => item.status === "done")).toBe(true);
    });

    it(`${drug}: a missed baseline panel is done late only on a day whose results hold every analyte it reads`, () => {
      const request = withPatient(minimalRequest(drug), { canBecomePregnant: false });
      const cbc = normalLabs.filter((lab) => ["anc", "alc", "platelets", "wbc", "hemoglobin"].includes(lab.test));
      const p = plan({
        ...request,
        asOf: "2027-03-01",
        labs: [
          // Platelets alone on 5 Jan; the whole count on 1 Feb.
          ...cbc.filter((lab) => lab.test === "platelets").map((lab) => ({ ...lab, date: "2027-01-05" })),
          ...cbc.map((lab) => ({ ...lab, date: "2027-02-01" })),
        ],
      });
      expect(findingById(p, `${drug}.baseline.cbc`).map((finding) => finding.action)).toEqual(["info"]);
      expect(findingById(p, `${drug}.baseline.cbc`)[0]?.message).toContain(
        "Baseline CBC with differential done late: on 2027-02-01, after the start, in place of one before it.",
      );
      const baseline = visitOn(p, startDate)?.items.find((item) => item.test === "cbc");
      expect(baseline?.status).toBe("done");
      expect(baseline?.why).toMatch(/Done after the start, on 2027-02-01\.$/);
      // Screening still missing: nothing after the start answers it, so it stays overdue.
      expect(findingById(p, `${drug}.baseline.tb`).map((finding) => finding.action)).toEqual(["missing"]);
      expect(visitOn(p, startDate)?.items.find((item) => item.test === "tb")?.status).toBe("overdue");
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
