/**
 * A run of follow-up results, not a single one: what the latest result means after earlier
 * ones. Interruptions end when the result is back at the label's restart level (an `info`
 * finding says so); a discontinuation stays whatever follows; a rule that asks for a repeat
 * needs two low results in a row; the order of the labs array never matters, and two
 * results on one day count as the worse one.
 *
 * Restart levels come from the rule data (`restartAtLeast` "≥", `restartAbove` ">"). Dates:
 * low results on 2027-02-01 (and the repeat on 2027-02-08), the later result on 2027-02-22.
 */
import { describe, expect, it } from "vitest";
import type { Plan } from "@/lib/contract/plan";
import { analytes } from "@/lib/units/analytes";
import { labTestIds, type DrugId, type LabTestId } from "@/rules/types";
import { cleanRequest, findingById, plan, withBaselineLab } from "../../support/requests";
import { caseQuantity } from "../../support/thresholds";
import {
  actionsOf,
  baselineFor,
  boundaryValues,
  duringTreatmentRules,
  firstResultDate,
  inUnit,
  laterResultDate,
  recheckVisits,
  repeatResultDate,
  resultsOn,
  seededShuffle,
  stepIn,
  treatmentFindings,
  treatmentKeys,
  withFollowUps,
  type DuringTreatmentRule,
  type FollowUpLab,
} from "../../support/follow-up";

const oralDrugs: DrugId[] = [
  "abrocitinib",
  "upadacitinib",
  "baricitinib",
  "ritlecitinib",
  "deuruxolitinib",
  "tofacitinib",
];

interface RuleCase {
  drug: DrugId;
  rule: DuringTreatmentRule;
  baseline: { value: number; unit: string };
  /** Just below the limit, in the rule's own unit. */
  low: { value: number; unit: string };
  /** The low results it takes for the rule to act: two when the label asks for a repeat. */
  lowDates: string[];
}

const ruleCases: RuleCase[] = oralDrugs.flatMap((drug) => {
  const rules = duringTreatmentRules(drug, "US");
  return rules.map((rule) => {
    const baseline = baselineFor(rule, rules);
    const unit = rule.kind === "limit" ? rule.below.unit : rule.fallOfMoreThan.unit;
    const low = boundaryValues(rule, baseline).find((entry) => entry.position === "just below" && entry.unit === unit)!;
    return {
      drug,
      rule,
      baseline,
      low: { value: low.value, unit },
      lowDates: rule.confirmByRepeat ? [firstResultDate, repeatResultDate] : [firstResultDate],
    };
  });
});

const shortName = (test: LabTestId) => analytes[test].shortName;
const lowWords = ({ rule, low, lowDates }: RuleCase) =>
  `${shortName(rule.test)} ${caseQuantity(low.value, low.unit)}${lowDates.length === 2 ? " twice" : ""}`;

function planWith(entry: RuleCase, later: FollowUpLab[], overrides: Parameters<typeof cleanRequest>[1] = {}): Plan {
  const { drug, rule, baseline, low, lowDates } = entry;
  const request = withBaselineLab(
    cleanRequest(drug, { recheckAfterWeeks: 2, ...overrides }),
    rule.test,
    baseline.value,
    baseline.unit,
  );
  return plan(withFollowUps(request, [...resultsOn(rule.test, low.value, low.unit, lowDates), ...later]));
}

/** The restart cases of one interrupt rule: the result that ends it and what the info says. */
function restartRows(entry: RuleCase): Array<[string, RuleCase, FollowUpLab, RegExp]> {
  const { drug, rule, baseline } = entry;
  const at = (
    quantity: { value: number; unit: string },
    words: string,
    pattern: RegExp,
  ): [string, RuleCase, FollowUpLab, RegExp] => [
    `${drug}: ${lowWords(entry)}, then ${caseQuantity(quantity.value, quantity.unit)} (${words}) → info ${rule.id}: ${pattern.source}`,
    entry,
    { test: rule.test, value: quantity.value, unit: quantity.unit, date: laterResultDate },
    pattern,
  ];
  if (rule.kind === "limit" && rule.restartAtLeast) {
    return [at(rule.restartAtLeast, "exactly the restart level, 'at least'", /the restart condition is met/)];
  }
  if (rule.kind === "limit" && rule.restartAbove) {
    const { value, unit } = rule.restartAbove;
    const justAbove = at(
      { value: Number((value + stepIn(unit)).toFixed(6)), unit },
      "just above the restart level",
      /the restart condition is met/,
    );
    // A band that includes its limit (tofacitinib ANC 500–1,000): the limit itself is still in
    // the band, so the interruption goes on (a hand-written case below).
    if (rule.inclusive) return [justAbove];
    return [
      at(rule.restartAbove, "equal to the level it must be above", /not yet back to the restart level/),
      justAbove,
    ];
  }
  // No restart level as a number ("until normalised"): the clinician checks the condition.
  return [at(baseline, "back at the baseline, no restart level in the label", /check the restart condition/)];
}

const interruptCases = ruleCases.filter((entry) => entry.rule.action === "interrupt");
const discontinueCases = ruleCases.filter((entry) => entry.rule.action === "discontinue");

describe("restart after an interruption", () => {
  it.each(interruptCases.flatMap(restartRows))("%s", (_name, entry, later, pattern) => {
    const p = planWith(entry, [later]);
    expect(actionsOf(p, entry.rule.id)).toEqual(["info"]);
    expect(findingById(p, entry.rule.id)[0]?.message).toMatch(pattern);
    expect(findingById(p, entry.rule.id)[0]?.message).toContain(laterResultDate);
    expect(treatmentFindings(p, entry.rule.test).map((finding) => finding.action)).toEqual(["info"]);
    // Back within limits: nothing to recheck.
    expect(recheckVisits(p)).toEqual([]);
  });

  it.each(
    interruptCases.map(
      (entry) =>
        [
          `${entry.drug}: ${lowWords(entry)}, then still ${caseQuantity(entry.low.value, entry.low.unit)} → still ${entry.rule.action} ${entry.rule.id}`,
          entry,
        ] as const,
    ),
  )("%s", (_name, entry) => {
    const p = planWith(entry, resultsOn(entry.rule.test, entry.low.value, entry.low.unit, [laterResultDate]));
    expect(treatmentKeys(p, entry.rule.test)).toEqual([`${entry.rule.action} ${entry.rule.id}`]);
    expect(findingById(p, entry.rule.id)[0]?.message).toContain(laterResultDate);
    // The recheck is counted from the latest low result: 2027-02-22 + 2 weeks.
    expect(recheckVisits(p).map((visit) => `${visit.date} ${visit.label}`)).toEqual([
      `2027-03-08 Recheck ${shortName(entry.rule.test)}`,
    ]);
  });

  it.each(
    interruptCases
      .filter((entry) => entry.rule.kind === "limit" && entry.rule.restartAtLeast)
      .map(
        (entry) =>
          [
            `${entry.drug}: ${lowWords(entry)}, back to the restart level, then low again → ${entry.rule.confirmByRepeat ? "caution" : entry.rule.action} ${entry.rule.id}`,
            entry,
          ] as const,
      ),
  )("%s", (_name, entry) => {
    const { rule, low } = entry;
    const restart = rule.kind === "limit" ? rule.restartAtLeast! : rule.fallOfMoreThan;
    const p = planWith(entry, [
      { test: rule.test, value: restart.value, unit: restart.unit, date: laterResultDate },
      { test: rule.test, value: low.value, unit: low.unit, date: "2027-03-08" },
    ]);
    expect(treatmentKeys(p, rule.test)).toEqual([`${rule.confirmByRepeat ? "caution" : rule.action} ${rule.id}`]);
  });

  it.each<[number, RegExp]>([
    [0.5, /not yet back to the restart level/],
    [0.51, /the restart condition is met/],
  ])(
    "upadacitinib: ALC 0.4 ×10⁹/L, then %s ×10⁹/L → info, no interrupt; the label restarts once ALC is above 500, so 500 itself is %s",
    (value, pattern) => {
      const p = plan(
        withFollowUps(cleanRequest("upadacitinib", { recheckAfterWeeks: 2 }), [
          { test: "alc", value: 0.4, unit: "10^9/L", date: "2027-02-01" },
          { test: "alc", value, unit: "10^9/L", date: "2027-02-22" },
        ]),
      );
      expect(treatmentKeys(p)).toEqual(["info upadacitinib.treatment.alc"]);
      const message = findingById(p, "upadacitinib.treatment.alc")[0]?.message;
      expect(message).toContain(`ALC ${value} ×10⁹/L on 2027-02-22, after 0.4 ×10⁹/L on 2027-02-01`);
      expect(message).toMatch(pattern);
    },
  );

  it("upadacitinib: ALC 0.4, then 0.45 ×10⁹/L → still interrupt, the message names the latest result", () => {
    const p = plan(
      withFollowUps(cleanRequest("upadacitinib"), [
        { test: "alc", value: 0.4, unit: "10^9/L", date: "2027-02-01" },
        { test: "alc", value: 0.45, unit: "10^9/L", date: "2027-02-22" },
      ]),
    );
    expect(treatmentKeys(p)).toEqual(["interrupt upadacitinib.treatment.alc"]);
    expect(findingById(p, "upadacitinib.treatment.alc")[0]?.message).toContain(
      "0.45 ×10⁹/L [450 cells/µL] on 2027-02-22",
    );
  });

  it("tofacitinib: ANC 0.8 twice, then 1.0 ×10⁹/L → still interrupted (1,000 is in the label's 500–1,000 band; it resumes above 1,000); then 1.1 → restart condition met", () => {
    const lows = resultsOn("anc", 0.8, "10^9/L", ["2027-02-01", "2027-02-08"]);
    const notYet = plan(
      withFollowUps(cleanRequest("tofacitinib"), [
        ...lows,
        { test: "anc", value: 1, unit: "10^9/L", date: "2027-02-22" },
      ]),
    );
    expect(treatmentKeys(notYet)).toEqual(["interrupt tofacitinib.treatment.anc-500-1000"]);
    expect(findingById(notYet, "tofacitinib.treatment.anc-500-1000")[0]?.message).toContain(
      "ANC 1 ×10⁹/L [1,000 cells/µL] on 2027-02-22 is at or below 1 ×10⁹/L [1,000 cells/µL]",
    );
    const met = plan(
      withFollowUps(cleanRequest("tofacitinib"), [
        ...lows,
        { test: "anc", value: 1.1, unit: "10^9/L", date: "2027-02-22" },
      ]),
    );
    expect(findingById(met, "tofacitinib.treatment.anc-500-1000")[0]?.message).toMatch(/the restart condition is met/);
  });
});

describe("a single low result that the repeat does not confirm", () => {
  const confirmCases = ruleCases.filter((entry) => entry.rule.confirmByRepeat);
  it.each(
    confirmCases.map(
      (entry) =>
        [
          `${entry.drug}: ${shortName(entry.rule.test)} ${caseQuantity(entry.low.value, entry.low.unit)} once, then ${caseQuantity(entry.baseline.value, entry.baseline.unit)} → info ${entry.rule.id}: not confirmed`,
          entry,
        ] as const,
    ),
  )("%s", (_name, entry) => {
    const p = planWith({ ...entry, lowDates: [firstResultDate] }, [
      { test: entry.rule.test, value: entry.baseline.value, unit: entry.baseline.unit, date: repeatResultDate },
    ]);
    expect(treatmentKeys(p, entry.rule.test)).toEqual([`info ${entry.rule.id}`]);
    expect(findingById(p, entry.rule.id)[0]?.message).toMatch(/not confirmed by the repeat/);
  });

  it("tofacitinib: ALC 0.4, then 0.6, then 0.4 ×10⁹/L → caution only: the two low results are not consecutive", () => {
    const p = plan(
      withFollowUps(cleanRequest("tofacitinib"), [
        { test: "alc", value: 0.4, unit: "10^9/L", date: "2027-02-01" },
        { test: "alc", value: 0.6, unit: "10^9/L", date: "2027-02-08" },
        { test: "alc", value: 0.4, unit: "10^9/L", date: "2027-02-15" },
      ]),
    );
    expect(treatmentKeys(p)).toEqual(["caution tofacitinib.treatment.alc"]);
  });

  // US PI 2.3 Table 2: ANC below 500 confirmed by repeat testing → discontinue. Here the repeat
  // (0.8) did not confirm it; the two results below 500 are not consecutive. All three are
  // below 1,000, so the persistent-ANC interruption applies.
  it("tofacitinib: ANC 0.4, then 0.8, then 0.4 ×10⁹/L → no discontinue (the repeat did not confirm < 500); interrupt for ANC persistently < 1,000", () => {
    const p = plan(
      withFollowUps(cleanRequest("tofacitinib"), [
        { test: "anc", value: 0.4, unit: "10^9/L", date: "2027-02-01" },
        { test: "anc", value: 0.8, unit: "10^9/L", date: "2027-02-08" },
        { test: "anc", value: 0.4, unit: "10^9/L", date: "2027-02-15" },
      ]),
    );
    expect(actionsOf(p, "tofacitinib.treatment.anc-below-500")).not.toContain("discontinue");
    expect(actionsOf(p, "tofacitinib.treatment.anc-500-1000")).toEqual(["interrupt"]);
  });
});

describe("a discontinuation stays", () => {
  it.each(
    discontinueCases.map(
      (entry) =>
        [
          `${entry.drug}: ${lowWords(entry)}, then a normal ${caseQuantity(entry.baseline.value, entry.baseline.unit)} → still discontinue ${entry.rule.id}`,
          entry,
        ] as const,
    ),
  )("%s", (_name, entry) => {
    const p = planWith(entry, [
      { test: entry.rule.test, value: entry.baseline.value, unit: entry.baseline.unit, date: laterResultDate },
    ]);
    expect(treatmentKeys(p, entry.rule.test)).toEqual([`discontinue ${entry.rule.id}`]);
    const message = findingById(p, entry.rule.id)[0]?.message;
    expect(message).toContain(`Latest result: ${caseQuantity(entry.baseline.value, entry.baseline.unit)}`);
    expect(p.findings[0]?.action).toBe("discontinue");
  });

  it.each<[string, DrugId, string]>([
    ["abrocitinib", "abrocitinib", "abrocitinib.treatment.platelets"],
    ["ritlecitinib", "ritlecitinib", "ritlecitinib.treatment.platelets"],
  ])("%s: platelets 45 ×10⁹/L, then 150 ×10⁹/L → still discontinue", (_name, drug, ruleId) => {
    const p = plan(
      withFollowUps(cleanRequest(drug), [
        { test: "platelets", value: 45, unit: "10^9/L", date: "2027-02-01" },
        { test: "platelets", value: 150, unit: "10^9/L", date: "2027-03-01" },
      ]),
    );
    expect(treatmentKeys(p)).toEqual([`discontinue ${ruleId}`]);
    expect(findingById(p, ruleId)[0]?.message).toContain("Platelets 45 ×10⁹/L [45,000 cells/µL] on 2027-02-01");
    expect(findingById(p, ruleId)[0]?.message).toContain("Latest result: 150 ×10⁹/L on 2027-03-01");
  });

  it("tofacitinib: ANC 0.4 twice, then 2.0 ×10⁹/L → still discontinue, no restart info", () => {
    const p = plan(
      withFollowUps(cleanRequest("tofacitinib"), [
        ...resultsOn("anc", 0.4, "10^9/L", ["2027-02-01", "2027-02-08"]),
        { test: "anc", value: 2, unit: "10^9/L", date: "2027-03-01" },
      ]),
    );
    expect(treatmentKeys(p)).toEqual(["discontinue tofacitinib.treatment.anc-below-500"]);
  });

  it("abrocitinib: platelets 45, then 150, then 40 ×10⁹/L → one discontinue finding, from the first low result", () => {
    const p = plan(
      withFollowUps(cleanRequest("abrocitinib"), [
        { test: "platelets", value: 45, unit: "10^9/L", date: "2027-02-01" },
        { test: "platelets", value: 150, unit: "10^9/L", date: "2027-03-01" },
        { test: "platelets", value: 40, unit: "10^9/L", date: "2027-03-15" },
      ]),
    );
    expect(treatmentKeys(p)).toEqual(["discontinue abrocitinib.treatment.platelets"]);
  });
});

describe("most severe wins", () => {
  it("tofacitinib: ANC 0.4 ×10⁹/L twice → discontinue anc-below-500, never interrupt anc-500-1000", () => {
    const p = plan(
      withFollowUps(cleanRequest("tofacitinib"), resultsOn("anc", 0.4, "10^9/L", ["2027-02-01", "2027-02-08"])),
    );
    expect(treatmentKeys(p)).toEqual(["discontinue tofacitinib.treatment.anc-below-500"]);
    expect(p.findings[0]).toMatchObject({
      action: "discontinue",
      ruleId: "tofacitinib.treatment.anc-below-500",
      test: "anc",
    });
  });

  it("tofacitinib: ANC 400 cells/µL then 0.4 ×10⁹/L (two units, one value) → discontinue", () => {
    const p = plan(
      withFollowUps(cleanRequest("tofacitinib"), [
        { test: "anc", value: 400, unit: "cells/uL", date: "2027-02-01" },
        { test: "anc", value: 0.4, unit: "10^9/L", date: "2027-02-08" },
      ]),
    );
    expect(treatmentKeys(p)).toEqual(["discontinue tofacitinib.treatment.anc-below-500"]);
  });

  it("tofacitinib: haemoglobin 7.5 g/dL twice after a 13.5 g/dL baseline (below 8 and a fall of 6) → one interrupt finding for haemoglobin", () => {
    const p = plan(
      withFollowUps(cleanRequest("tofacitinib"), resultsOn("hemoglobin", 7.5, "g/dL", ["2027-02-01", "2027-02-08"])),
    );
    expect(treatmentFindings(p, "hemoglobin").map((finding) => finding.action)).toEqual(["interrupt"]);
  });
});

describe("order of the labs array and two results on one day", () => {
  /** A busy history: every CBC analyte every two weeks, with lows, recoveries and duplicates. */
  function history(): FollowUpLab[] {
    const dates = ["2027-01-18", "2027-02-01", "2027-02-15", "2027-03-01", "2027-03-15", "2027-03-29", "2027-04-12"];
    const alc = [1.2, 0.45, 0.4, 0.6, 0.48, 0.47, 0.9];
    const anc = [3, 0.9, 0.45, 0.48, 1.2, 0.95, 0.99];
    const platelets = [240, 180, 120, 60, 49, 150, 200];
    const hemoglobin = [13, 11.2, 10.9, 10.8, 7.9, 9, 12];
    return dates.flatMap(
      (date, index) =>
        [
          { test: "alc", value: alc[index]!, unit: "10^9/L", date },
          { test: "anc", value: anc[index]! * 1000, unit: "cells/uL", date },
          { test: "platelets", value: platelets[index]!, unit: "10^9/L", date },
          { test: "hemoglobin", value: hemoglobin[index]! * 10, unit: "g/L", date },
          { test: "ldl", value: 130, unit: "mg/dL", date },
          // A second, better ALC on the same day: the worse one counts.
          ...(index % 2 === 0 ? [{ test: "alc" as const, value: 1.5, unit: "10^9/L", date }] : []),
        ] satisfies FollowUpLab[],
    );
  }

  it.each(oralDrugs.map((drug) => [drug] as const))(
    "%s: the same busy history sorted, reversed and shuffled gives byte-identical plans",
    (drug) => {
      const labs = history();
      const sorted = [...labs].sort((a, b) =>
        a.date < b.date
          ? -1
          : a.date > b.date
            ? 1
            : labTestIds.indexOf(a.test) - labTestIds.indexOf(b.test) || a.value - b.value,
      );
      const request = (order: FollowUpLab[]) =>
        withFollowUps(cleanRequest(drug, { recheckAfterWeeks: 2, asOf: "2027-04-20" }), order);
      const reference = JSON.stringify(plan(request(sorted)));
      expect(treatmentFindings(JSON.parse(reference) as Plan).length).toBeGreaterThan(0);
      expect(JSON.stringify(plan(request([...sorted].reverse())))).toBe(reference);
      for (const seed of [1, 2, 3]) expect(JSON.stringify(plan(request(seededShuffle(sorted, seed))))).toBe(reference);
    },
  );

  it("tofacitinib: a shuffled history with the baseline results mixed in gives the same plan", () => {
    const request = cleanRequest("tofacitinib", { recheckAfterWeeks: 3 });
    const all = [...(request.labs ?? []), ...history()];
    const reference = JSON.stringify(plan({ ...request, labs: all }));
    expect(JSON.stringify(plan({ ...request, labs: seededShuffle(all, 42) }))).toBe(reference);
  });

  it.each<[string, FollowUpLab[]]>([
    [
      "0.6 then 0.4 ×10⁹/L",
      [
        { test: "alc", value: 0.6, unit: "10^9/L", date: "2027-02-01" },
        { test: "alc", value: 0.4, unit: "10^9/L", date: "2027-02-01" },
      ],
    ],
    [
      "0.4 then 0.6 ×10⁹/L",
      [
        { test: "alc", value: 0.4, unit: "10^9/L", date: "2027-02-01" },
        { test: "alc", value: 0.6, unit: "10^9/L", date: "2027-02-01" },
      ],
    ],
  ])("upadacitinib: two ALC results on 2027-02-01 (%s) → the lower one counts: interrupt", (_name, labs) => {
    const p = plan(withFollowUps(cleanRequest("upadacitinib"), labs));
    expect(treatmentKeys(p)).toEqual(["interrupt upadacitinib.treatment.alc"]);
    expect(findingById(p, "upadacitinib.treatment.alc")[0]?.message).toContain(
      "ALC 0.4 ×10⁹/L [400 cells/µL] on 2027-02-01",
    );
  });

  it("upadacitinib: ALC 600 cells/µL and 0.45 ×10⁹/L on one day → 0.45 ×10⁹/L counts (compared after conversion)", () => {
    const p = plan(
      withFollowUps(cleanRequest("upadacitinib"), [
        { test: "alc", value: 600, unit: "cells/uL", date: "2027-02-01" },
        { test: "alc", value: 0.45, unit: "10^9/L", date: "2027-02-01" },
      ]),
    );
    expect(findingById(p, "upadacitinib.treatment.alc")[0]?.message).toContain(
      "ALC 0.45 ×10⁹/L [450 cells/µL] on 2027-02-01",
    );
  });

  it("upadacitinib: ALC 0.4 on 2027-02-01, then 0.6 and 0.45 on 2027-02-22 → still interrupt (no recovery on the worse result)", () => {
    const p = plan(
      withFollowUps(cleanRequest("upadacitinib"), [
        { test: "alc", value: 0.4, unit: "10^9/L", date: "2027-02-01" },
        { test: "alc", value: 0.6, unit: "10^9/L", date: "2027-02-22" },
        { test: "alc", value: 0.45, unit: "10^9/L", date: "2027-02-22" },
      ]),
    );
    expect(treatmentKeys(p)).toEqual(["interrupt upadacitinib.treatment.alc"]);
  });

  it("tofacitinib: two low ALC results on the same day are one result, not a confirmation → caution", () => {
    const p = plan(
      withFollowUps(cleanRequest("tofacitinib"), [
        { test: "alc", value: 0.4, unit: "10^9/L", date: "2027-02-01" },
        { test: "alc", value: 0.45, unit: "10^9/L", date: "2027-02-01" },
      ]),
    );
    expect(treatmentKeys(p)).toEqual(["caution tofacitinib.treatment.alc"]);
  });

  it("abrocitinib: platelets 150 and 45 ×10⁹/L on one day → discontinue", () => {
    const p = plan(
      withFollowUps(cleanRequest("abrocitinib"), [
        { test: "platelets", value: 150, unit: "10^9/L", date: "2027-02-01" },
        { test: "platelets", value: 45, unit: "10^9/L", date: "2027-02-01" },
      ]),
    );
    expect(treatmentKeys(p)).toEqual(["discontinue abrocitinib.treatment.platelets"]);
  });

  it("tofacitinib: haemoglobin 12 and 10.9 g/dL on each of two days after a 13 g/dL baseline → the fall of 2.1 counts: interrupt", () => {
    const request = withBaselineLab(cleanRequest("tofacitinib"), "hemoglobin", 13, "g/dL");
    const p = plan(
      withFollowUps(request, [
        { test: "hemoglobin", value: 12, unit: "g/dL", date: "2027-02-01" },
        { test: "hemoglobin", value: 109, unit: "g/L", date: "2027-02-01" },
        { test: "hemoglobin", value: 10.9, unit: "g/dL", date: "2027-02-08" },
        { test: "hemoglobin", value: 12, unit: "g/dL", date: "2027-02-08" },
      ]),
    );
    expect(treatmentKeys(p)).toEqual(["interrupt tofacitinib.treatment.hemoglobin-fall"]);
  });

  it("the unit tables agree with the case numbers: 0.5 ×10⁹/L is 500 cells/µL and 8 g/dL is 80 g/L", () => {
    expect(inUnit("alc", { value: 0.5, unit: "10^9/L" }, "cells/uL")).toBe(500);
    expect(inUnit("hemoglobin", { value: 8, unit: "g/dL" }, "g/L")).toBe(80);
  });
});
