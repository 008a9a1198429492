/**
 * Every during-treatment rule of every drug, at its boundary, in every unit the contract
 * accepts for the analyte. The table is generated from `rules/*.ts` (treatmentThresholds
 * and trendRules, those that apply under the US label and under the EU SmPC), so a rule
 * added to a drug file is tested here without a new line. The labels compare strictly:
 * "< 500" acts on 499 and not on 500; "a fall of more than 2 g/dL" acts on 2.01 and not on 2.
 * Rules that ask for a repeat test (tofacitinib, US PI 2.3 Table 1; abrocitinib's EU
 * discontinuation) act on two consecutive low results; one low result is a "caution" asking
 * for the repeat, or the hold the label asks for meanwhile (tofacitinib ANC below 500). A band
 * that includes its limit ("ANC 500–1,000") acts at the limit itself.
 *
 * Follow-up results are dated after the start (2027-01-04): 2027-02-01 and, for the repeat,
 * 2027-02-08. The hand-written cases at the end use literal numbers, not the rule data.
 */
import { describe, expect, it } from "vitest";
import { allDrugs, cleanRequest, findingById, plan, visitOn, withBaselineLab } from "../../support/requests";
import { caseQuantity } from "../../support/thresholds";
import {
  actionsOf,
  baselineFor,
  inUnit,
  boundaryValues,
  duringTreatmentRules,
  firstResultDate,
  limitWords,
  otherRegionRules,
  recheckVisits,
  repeatResultDate,
  resultsOn,
  treatmentFindings,
  treatmentKeys,
  withFollowUps,
  type DuringTreatmentRule,
  type Position,
} from "../../support/follow-up";
import { analytes } from "@/lib/units/analytes";
import { labelRegions, type DrugId, type LabelRegion, type LabTestId } from "@/rules/types";

interface BoundaryCase {
  name: string;
  drug: DrugId;
  region: LabelRegion;
  rule: DuringTreatmentRule;
  baseline: { value: number; unit: string };
  value: number;
  unit: string;
  position: Position;
  dates: string[];
  /** The finding this rule must give, or null: no finding from this rule. */
  expected: "caution" | DuringTreatmentRule["action"] | null;
  /** The analyte's other rules that the same value breaks: they may speak too. */
  alsoBroken: string[];
}

function casesFor(drug: DrugId, region: LabelRegion): BoundaryCase[] {
  const rules = duringTreatmentRules(drug, region);
  return rules.flatMap((rule) => {
    const baseline = baselineFor(rule, rules);
    return boundaryValues(rule, baseline).flatMap(({ position, value, unit }) => {
      const breaks =
        position === "just below" || (rule.kind === "limit" && rule.inclusive === true && position === "exactly at");
      const alsoBroken = rules
        .filter(
          (other) =>
            other !== rule &&
            other.kind === "limit" &&
            other.test === rule.test &&
            inUnit(rule.test, { value, unit }, other.below.unit) < other.below.value,
        )
        .map((other) => other.id);
      const base = { drug, region, rule, baseline, value, unit, position, alsoBroken };
      const quantity = caseQuantity(value, unit);
      const where = `${position} the limit (${limitWords(rule)})`;
      const from = rule.kind === "fall" ? ` after a baseline of ${caseQuantity(baseline.value, baseline.unit)}` : "";
      const prefix = `${drug} (${region} label): ${analytes[rule.test].shortName} ${quantity}${from}`;
      if (!rule.confirmByRepeat) {
        return [
          {
            ...base,
            dates: [firstResultDate],
            expected: breaks ? rule.action : null,
            name: `${prefix}, ${where} → ${breaks ? rule.action : "no finding from"} ${rule.id}`,
          },
        ];
      }
      const meanwhile = rule.kind === "limit" && rule.untilConfirmed ? rule.untilConfirmed : ("caution" as const);
      return [
        {
          ...base,
          dates: [firstResultDate],
          expected: breaks ? meanwhile : null,
          name: `${prefix} once, ${where} → ${breaks ? (meanwhile === "caution" ? "caution (repeat to confirm)" : `${meanwhile} until the repeat`) : "no finding from"} ${rule.id}`,
        },
        {
          ...base,
          dates: [firstResultDate, repeatResultDate],
          expected: breaks ? rule.action : null,
          name: `${prefix} twice in a row, ${where} → ${breaks ? `${rule.action} (confirmed)` : "no finding from"} ${rule.id}`,
        },
      ];
    });
  });
}

const tables = allDrugs.flatMap((drug) =>
  labelRegions
    .map((region) => ({ title: `${drug} during treatment (${region} label)`, cases: casesFor(drug, region) }))
    .filter((table) => table.cases.length > 0),
);

describe("the generated table covers every during-treatment rule", () => {
  it("the drugs with during-treatment rules are the six oral JAK inhibitors", () => {
    expect([...new Set(tables.map((table) => table.cases[0]!.drug))]).toEqual([
      "abrocitinib",
      "upadacitinib",
      "baricitinib",
      "ritlecitinib",
      "deuruxolitinib",
      "tofacitinib",
    ]);
  });

  it("the tofacitinib rules that ask for a repeat are the five the label names", () => {
    const confirm = duringTreatmentRules("tofacitinib", "US")
      .filter((rule) => rule.confirmByRepeat)
      .map((rule) => rule.id);
    expect(confirm).toEqual([
      "tofacitinib.treatment.alc",
      "tofacitinib.treatment.anc-below-500",
      "tofacitinib.treatment.anc-500-1000",
      "tofacitinib.treatment.hemoglobin",
      "tofacitinib.treatment.hemoglobin-fall",
    ]);
  });

  it("the only band that includes its limit is tofacitinib's ANC 500–1,000, and the only hold before confirmation its ANC below 500", () => {
    const rules = allDrugs.flatMap((drug) => labelRegions.flatMap((region) => duringTreatmentRules(drug, region)));
    expect([
      ...new Set(rules.filter((rule) => rule.kind === "limit" && rule.inclusive).map((rule) => rule.id)),
    ]).toEqual(["tofacitinib.treatment.anc-500-1000"]);
    expect([
      ...new Set(rules.filter((rule) => rule.kind === "limit" && rule.untilConfirmed).map((rule) => rule.id)),
    ]).toEqual(["tofacitinib.treatment.anc-below-500"]);
  });

  it("every rule has a case in every accepted unit at all three positions", () => {
    for (const { cases } of tables) {
      for (const rule of new Set(cases.map((entry) => entry.rule))) {
        const units = new Set(cases.filter((entry) => entry.rule === rule).map((entry) => entry.unit));
        for (const unit of units) {
          const positions = cases
            .filter((entry) => entry.rule === rule && entry.unit === unit)
            .map((entry) => entry.position);
          expect(new Set(positions), `${rule.id} in ${unit}`).toEqual(
            new Set(["just below", "exactly at", "just above"]),
          );
        }
        expect([...units].sort(), rule.id).toEqual(Object.keys(analytes[rule.test].units).sort());
      }
    }
  });
});

describe.each(tables.map((table) => [table.title, table.cases] as const))("%s", (_title, cases) => {
  it.each(cases.map((entry) => [entry.name, entry] as const))(
    "%s",
    (_name, { drug, region, rule, baseline, value, unit, dates, expected, alsoBroken }) => {
      const request = withBaselineLab(
        cleanRequest(drug, { labelRegion: region }),
        rule.test,
        baseline.value,
        baseline.unit,
      );
      const p = plan(withFollowUps(request, resultsOn(rule.test, value, unit, dates)));
      if (expected === null) {
        expect(actionsOf(p, rule.id)).toEqual([]);
        return;
      }
      // This rule speaks with the expected action; any other finding on the analyte comes from a
      // rule the same value breaks; and a finding on the analyte opens the plan.
      expect(actionsOf(p, rule.id)).toEqual([expected]);
      for (const key of treatmentKeys(p, rule.test)) expect([rule.id, ...alsoBroken]).toContain(key.split(" ")[1]);
      const finding = treatmentFindings(p, rule.test).find((entry) => entry.ruleId === rule.id);
      expect(p.findings[0]?.test).toBe(rule.test);
      expect(finding?.message).toContain(dates.at(-1));
      expect(finding?.sources.length).toBeGreaterThan(0);
      if (expected === "caution") expect(finding?.message).toMatch(/repeat the test to confirm/i);
      if (expected === "interrupt" && dates.length === 1 && rule.confirmByRepeat)
        expect(finding?.message).toMatch(/hold .* until a repeat test/i);
    },
  );
});

describe("rules of the other region do not apply", () => {
  it("a result below a limit that only the other region's label sets gives no finding from it", () => {
    for (const drug of allDrugs) {
      for (const region of labelRegions) {
        for (const rule of otherRegionRules(drug, region)) {
          const baseline = baselineFor(rule, duringTreatmentRules(drug, region === "US" ? "EU" : "US"));
          const below = boundaryValues(rule, baseline).find((entry) => entry.position === "just below")!;
          const request = withBaselineLab(
            cleanRequest(drug, { labelRegion: region }),
            rule.test,
            baseline.value,
            baseline.unit,
          );
          const p = plan(
            withFollowUps(request, resultsOn(rule.test, below.value, below.unit, [firstResultDate, repeatResultDate])),
          );
          expect(actionsOf(p, rule.id), `${drug} (${region} label) ${rule.id}`).toEqual([]);
        }
      }
    }
  });
});

describe("drugs without during-treatment limits", () => {
  it.each<[DrugId]>([["deucravacitinib"], ["ruxolitinib-cream"], ["delgocitinib-cream"]])(
    "%s: ANC 0.4, ALC 0.3, platelets 40 ×10⁹/L and haemoglobin 7 g/dL after the start → no during-treatment finding",
    (drug) => {
      const p = plan(
        withFollowUps(cleanRequest(drug), [
          { test: "anc", value: 0.4, unit: "10^9/L", date: firstResultDate },
          { test: "alc", value: 0.3, unit: "10^9/L", date: firstResultDate },
          { test: "platelets", value: 40, unit: "10^9/L", date: firstResultDate },
          { test: "hemoglobin", value: 7, unit: "g/dL", date: firstResultDate },
        ]),
      );
      expect(treatmentKeys(p)).toEqual([]);
      expect(p.findings.map((finding) => finding.action)).not.toContain("interrupt");
      expect(p.findings.map((finding) => finding.action)).not.toContain("discontinue");
    },
  );
});

describe("hand-written follow-up cases (literal numbers)", () => {
  it("upadacitinib, week-4 ALC 0.4 ×10⁹/L on 2027-02-01, recheck after 2 weeks → interrupt, and a 'Recheck ALC' CBC on 2027-02-15", () => {
    const p = plan(
      withFollowUps(cleanRequest("upadacitinib", { recheckAfterWeeks: 2 }), [
        { test: "alc", value: 0.4, unit: "10^9/L", date: "2027-02-01" },
      ]),
    );
    expect(treatmentKeys(p)).toEqual(["interrupt upadacitinib.treatment.alc"]);
    const [finding] = findingById(p, "upadacitinib.treatment.alc");
    expect(finding?.test).toBe("alc");
    expect(finding?.message).toContain("ALC 0.4 ×10⁹/L [400 cells/µL] on 2027-02-01");
    expect(finding?.message).toContain("0.5 ×10⁹/L");
    expect(finding?.message).toContain("upadacitinib");
    const visit = visitOn(p, "2027-02-15");
    expect(visit?.label).toBe("Recheck ALC");
    expect(visit?.items).toHaveLength(1);
    expect(visit?.items[0]).toMatchObject({
      kind: "lab",
      test: "cbc",
      ruleId: "upadacitinib.treatment.alc",
      status: "due",
      evidence: "label",
    });
    expect(visit?.items[0]?.why).toContain("2 weeks after 0.4 ×10⁹/L on 2027-02-01");
    expect(recheckVisits(p).map((recheck) => recheck.date)).toEqual(["2027-02-15"]);
  });

  it.each<[string, DrugId, LabTestId, number, string, string[]]>([
    [
      "abrocitinib, platelets 49,999 cells/µL",
      "abrocitinib",
      "platelets",
      49999,
      "cells/uL",
      ["discontinue abrocitinib.treatment.platelets"],
    ],
    ["abrocitinib, platelets 50,000 cells/µL", "abrocitinib", "platelets", 50000, "cells/uL", []],
    [
      "abrocitinib, platelets 45 ×10⁹/L",
      "abrocitinib",
      "platelets",
      45,
      "10^9/L",
      ["discontinue abrocitinib.treatment.platelets"],
    ],
    [
      "ritlecitinib, platelets 49 ×10⁹/L",
      "ritlecitinib",
      "platelets",
      49,
      "10^9/L",
      ["discontinue ritlecitinib.treatment.platelets"],
    ],
    ["ritlecitinib, platelets 50 ×10⁹/L", "ritlecitinib", "platelets", 50, "10^9/L", []],
    ["ritlecitinib, ALC 0.45 ×10⁹/L", "ritlecitinib", "alc", 0.45, "10^9/L", ["interrupt ritlecitinib.treatment.alc"]],
    ["baricitinib, ANC 999 cells/µL", "baricitinib", "anc", 999, "cells/uL", ["interrupt baricitinib.treatment.anc"]],
    ["baricitinib, ANC 1,000 cells/µL", "baricitinib", "anc", 1000, "cells/uL", []],
    [
      "deuruxolitinib, haemoglobin 79 g/L",
      "deuruxolitinib",
      "hemoglobin",
      79,
      "g/L",
      ["interrupt deuruxolitinib.treatment.hemoglobin"],
    ],
    ["deuruxolitinib, haemoglobin 4.97 mmol/L (8.01 g/dL)", "deuruxolitinib", "hemoglobin", 4.97, "mmol/L", []],
    [
      "upadacitinib, haemoglobin 7.9 g/dL",
      "upadacitinib",
      "hemoglobin",
      7.9,
      "g/dL",
      ["interrupt upadacitinib.treatment.hemoglobin"],
    ],
    ["abrocitinib, ANC 0.9 ×10⁹/L", "abrocitinib", "anc", 0.9, "10^9/L", ["interrupt abrocitinib.treatment.anc"]],
    [
      "abrocitinib, platelets 80 ×10⁹/L (low, but above the discontinuation limit)",
      "abrocitinib",
      "platelets",
      80,
      "10^9/L",
      [],
    ],
  ])("%s on 2027-02-01 → %j", (_name, drug, test, value, unit, expected) => {
    const p = plan(withFollowUps(cleanRequest(drug), [{ test, value, unit, date: "2027-02-01" }]));
    expect(treatmentKeys(p)).toEqual(expected);
  });

  it("tofacitinib, ANC 0.4 ×10⁹/L once → interrupt tofacitinib.treatment.anc-below-500: hold until the confirming repeat, then discontinue", () => {
    const p = plan(
      withFollowUps(cleanRequest("tofacitinib"), [{ test: "anc", value: 0.4, unit: "10^9/L", date: "2027-02-01" }]),
    );
    expect(treatmentKeys(p)).toEqual(["interrupt tofacitinib.treatment.anc-below-500"]);
    expect(findingById(p, "tofacitinib.treatment.anc-below-500")[0]?.message).toMatch(
      /hold tofacitinib until a repeat test confirms or refutes it; if confirmed, discontinue tofacitinib/,
    );
  });

  it("tofacitinib, ANC exactly 1,000 cells/µL twice → interrupt: the label's 500–1,000 band includes 1,000 (only above 1,000 continues)", () => {
    const p = plan(
      withFollowUps(cleanRequest("tofacitinib"), resultsOn("anc", 1000, "cells/uL", ["2027-02-01", "2027-02-08"])),
    );
    expect(treatmentKeys(p)).toEqual(["interrupt tofacitinib.treatment.anc-500-1000"]);
    expect(findingById(p, "tofacitinib.treatment.anc-500-1000")[0]?.message).toContain("at or below 1,000 cells/µL");
  });

  it.each<[string, number, string, string[]]>([
    [
      "ALC 0.749 ×10⁹/L twice under the EU SmPC → interrupt (persistent 0.5–0.75)",
      0.749,
      "EU",
      ["interrupt tofacitinib.treatment.alc-500-750-eu"],
    ],
    ["ALC 0.75 ×10⁹/L twice under the EU SmPC → nothing", 0.75, "EU", []],
    ["ALC 0.749 ×10⁹/L twice under the US label → nothing (the US acts below 500 only)", 0.749, "US", []],
  ])("tofacitinib, %s", (_name, value, region, expected) => {
    const p = plan(
      withFollowUps(
        cleanRequest("tofacitinib", { labelRegion: region as "US" | "EU" }),
        resultsOn("alc", value, "10^9/L", ["2027-02-01", "2027-02-08"]),
      ),
    );
    expect(treatmentKeys(p, "alc")).toEqual(expected);
  });

  it("tofacitinib, ANC 0.4 ×10⁹/L twice → discontinue (anc-below-500), not interrupt (anc-500-1000): the most severe rule wins", () => {
    const p = plan(
      withFollowUps(cleanRequest("tofacitinib"), resultsOn("anc", 0.4, "10^9/L", ["2027-02-01", "2027-02-08"])),
    );
    expect(treatmentKeys(p)).toEqual(["discontinue tofacitinib.treatment.anc-below-500"]);
    expect(actionsOf(p, "tofacitinib.treatment.anc-500-1000")).toEqual([]);
    expect(p.findings[0]?.action).toBe("discontinue");
  });

  it("tofacitinib, ANC 0.8 ×10⁹/L twice → interrupt tofacitinib.treatment.anc-500-1000 (persistent)", () => {
    const p = plan(
      withFollowUps(cleanRequest("tofacitinib"), resultsOn("anc", 0.8, "10^9/L", ["2027-02-01", "2027-02-08"])),
    );
    expect(treatmentKeys(p)).toEqual(["interrupt tofacitinib.treatment.anc-500-1000"]);
  });

  it("tofacitinib, ALC 0.4 ×10⁹/L twice → discontinue tofacitinib.treatment.alc (confirmed by a repeat)", () => {
    const p = plan(
      withFollowUps(cleanRequest("tofacitinib"), resultsOn("alc", 0.4, "10^9/L", ["2027-02-01", "2027-02-08"])),
    );
    expect(treatmentKeys(p)).toEqual(["discontinue tofacitinib.treatment.alc"]);
  });

  describe("tofacitinib haemoglobin fall from a baseline of 13 g/dL (interrupt if more than 2 g/dL, confirmed)", () => {
    const fromBaseline13 = (labs: Parameters<typeof withFollowUps>[1], baseline: [number, string] = [13, "g/dL"]) =>
      plan(withFollowUps(withBaselineLab(cleanRequest("tofacitinib"), "hemoglobin", baseline[0], baseline[1]), labs));

    it.each<[string, [number, string], [number, string], string[], string[]]>([
      ["13 → 11 g/dL twice (a fall of exactly 2)", [13, "g/dL"], [11, "g/dL"], ["2027-02-01", "2027-02-08"], []],
      [
        "13 → 10.99 g/dL once",
        [13, "g/dL"],
        [10.99, "g/dL"],
        ["2027-02-01"],
        ["caution tofacitinib.treatment.hemoglobin-fall"],
      ],
      [
        "13 → 10.99 g/dL twice",
        [13, "g/dL"],
        [10.99, "g/dL"],
        ["2027-02-01", "2027-02-08"],
        ["interrupt tofacitinib.treatment.hemoglobin-fall"],
      ],
      [
        "130 g/L → 10.99 g/dL twice (baseline in another unit)",
        [130, "g/L"],
        [10.99, "g/dL"],
        ["2027-02-01", "2027-02-08"],
        ["interrupt tofacitinib.treatment.hemoglobin-fall"],
      ],
      [
        "13 g/dL → 110 g/L twice (a fall of exactly 2, in g/L)",
        [13, "g/dL"],
        [110, "g/L"],
        ["2027-02-01", "2027-02-08"],
        [],
      ],
      [
        "13 g/dL → 109.9 g/L twice",
        [13, "g/dL"],
        [109.9, "g/L"],
        ["2027-02-01", "2027-02-08"],
        ["interrupt tofacitinib.treatment.hemoglobin-fall"],
      ],
    ])("%s → %j", (_name, baseline, [value, unit], dates, expected) => {
      const p = fromBaseline13(resultsOn("hemoglobin", value, unit, dates), baseline);
      expect(treatmentKeys(p)).toEqual(expected);
    });

    it("13 → 10.99 g/dL twice: the message names the fall and the baseline it is measured from", () => {
      const p = fromBaseline13(resultsOn("hemoglobin", 10.99, "g/dL", ["2027-02-01", "2027-02-08"]));
      const [finding] = findingById(p, "tofacitinib.treatment.hemoglobin-fall");
      expect(finding?.message).toContain("10.99 g/dL on 2027-02-08");
      expect(finding?.message).toContain("fall of more than 2 g/dL");
      expect(finding?.message).toContain("13 g/dL (2026-12-15)");
    });

    it("no baseline haemoglobin on file: a fall cannot be measured, so 10.99 g/dL twice gives no fall finding", () => {
      const request = cleanRequest("tofacitinib");
      const p = plan(
        withFollowUps(
          { ...request, labs: (request.labs ?? []).filter((lab) => lab.test !== "hemoglobin") },
          resultsOn("hemoglobin", 10.99, "g/dL", ["2027-02-01", "2027-02-08"]),
        ),
      );
      expect(treatmentKeys(p)).toEqual([]);
    });
  });

  it("a low ALC on the start date itself is a baseline result: do-not-start, not interrupt", () => {
    const p = plan(withBaselineLab(cleanRequest("upadacitinib"), "alc", 0.4, "10^9/L", "2027-01-04"));
    expect(treatmentKeys(p)).toEqual([]);
    expect(actionsOf(p, "upadacitinib.start.alc")).toEqual(["do-not-start"]);
  });

  it("a low ALC the day after the start is a follow-up result: interrupt, not do-not-start", () => {
    const p = plan(
      withFollowUps(cleanRequest("upadacitinib"), [{ test: "alc", value: 0.4, unit: "10^9/L", date: "2027-01-05" }]),
    );
    expect(treatmentKeys(p)).toEqual(["interrupt upadacitinib.treatment.alc"]);
    expect(actionsOf(p, "upadacitinib.start.alc")).toEqual([]);
  });

  it("abrocitinib: low platelets, ALC, ANC and haemoglobin together → one finding per analyte, discontinue first", () => {
    const p = plan(
      withFollowUps(cleanRequest("abrocitinib"), [
        { test: "platelets", value: 45, unit: "10^9/L", date: "2027-02-01" },
        { test: "alc", value: 0.4, unit: "10^9/L", date: "2027-02-01" },
        { test: "anc", value: 0.9, unit: "10^9/L", date: "2027-02-01" },
        { test: "hemoglobin", value: 7.5, unit: "g/dL", date: "2027-02-01" },
      ]),
    );
    expect(treatmentKeys(p)).toEqual([
      "discontinue abrocitinib.treatment.platelets",
      "interrupt abrocitinib.treatment.alc",
      "interrupt abrocitinib.treatment.anc",
      "interrupt abrocitinib.treatment.hemoglobin",
    ]);
    expect(p.findings[0]?.ruleId).toBe("abrocitinib.treatment.platelets");
  });

  // CIBINQO: after platelets below 50,000 → discontinue and follow the CBC until above 100,000.
  it.each<[string, number, boolean]>([
    ["80 ×10⁹/L (still short of 100)", 80, true],
    ["100 ×10⁹/L (at 100: not above it)", 100, true],
    ["100.1 ×10⁹/L (above 100)", 100.1, false],
  ])(
    "abrocitinib: platelets 40 then %s → the CBC is followed on while not above 100,000",
    (_name, value, stillFollowing) => {
      const p = plan(
        withFollowUps(cleanRequest("abrocitinib", { recheckAfterWeeks: 2 }), [
          { test: "platelets", value: 40, unit: "10^9/L", date: "2027-02-01" },
          { test: "platelets", value, unit: "10^9/L", date: "2027-03-01" },
        ]),
      );
      expect(treatmentKeys(p)).toEqual(["discontinue abrocitinib.treatment.platelets"]);
      const [finding] = findingById(p, "abrocitinib.treatment.platelets");
      expect(finding?.message).toContain(
        stillFollowing
          ? "Not yet above 100,000 cells/µL: keep following the test."
          : "Now above 100,000 cells/µL: the follow-up the label asks for is complete.",
      );
      expect(recheckVisits(p).map((visit) => visit.date)).toEqual(stillFollowing ? ["2027-03-15"] : []);
    },
  );

  it("abrocitinib: a later count still below 50,000 after the discontinuation is said as such, not as a latest result", () => {
    const p = plan(
      withFollowUps(cleanRequest("abrocitinib", { recheckAfterWeeks: 2 }), [
        { test: "platelets", value: 40, unit: "10^9/L", date: "2027-02-01" },
        { test: "platelets", value: 20, unit: "10^9/L", date: "2027-03-01" },
      ]),
    );
    const [finding] = findingById(p, "abrocitinib.treatment.platelets");
    expect(finding?.message).toContain("Still below the limit: 20 ×10⁹/L on 2027-03-01.");
    expect(finding?.message).not.toContain("Latest result");
    expect(recheckVisits(p).map((visit) => visit.date)).toEqual(["2027-03-15"]);
  });

  it("abrocitinib: without a recheck interval, a platelet count still short of 100,000 asks for one", () => {
    const p = plan(
      withFollowUps(cleanRequest("abrocitinib"), [
        { test: "platelets", value: 40, unit: "10^9/L", date: "2027-02-01" },
        { test: "platelets", value: 80, unit: "10^9/L", date: "2027-03-01" },
      ]),
    );
    expect(findingById(p, "abrocitinib.treatment.platelets")[0]?.message).toMatch(
      /keep following the test\. Choose a recheck interval to date the next one\.$/,
    );
  });
});
