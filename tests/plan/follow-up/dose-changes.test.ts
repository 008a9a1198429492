/**
 * Dose changes during treatment (contract: `doseChanges`, doseMg 0 = interruption).
 * - CIBINQO US PI laboratory monitoring table: CBC 4 weeks after any dose increase (US only).
 *   An increase is a new dose above the last dose taken; a restart at the same dose after an
 *   interruption is not an increase.
 * - Dose rules (e.g. RINVOQ: 15 mg at age 65 and over) apply to the dose in effect on the plan's
 *   today (`asOf`, or the start date when none is given) and to every dose recorded after it: a
 *   planned change does not hide the dose taken until then. An interruption keeps the last dose.
 * Start 2027-01-04 (a Monday), so 4 weeks after a Monday change is a Monday too.
 */
import { describe, expect, it } from "vitest";
import type { Plan } from "@/lib/contract/plan";
import type { PlanRequestInput } from "@/lib/contract/plan-request";
import { completeCbcOn } from "../../support/follow-up";
import {
  cleanRequest,
  findingKeys,
  hasFinding,
  minimalRequest,
  plan,
  scheduled,
  visitOn,
  withPatient,
} from "../../support/requests";

type DoseChanges = NonNullable<PlanRequestInput["doseChanges"]>;

const increaseChecks = (p: Plan) =>
  scheduled(p, "cbc")
    .filter((item) => item.ruleId === "abrocitinib.followup.cbc.dose-increase")
    .map((item) => item.date);

describe("abrocitinib: CBC 4 weeks after a dose increase (US label)", () => {
  it("100 → 200 mg on 2027-03-01 → CBC on 2027-03-29 labelled '4 weeks after dose increase'", () => {
    const p = plan(minimalRequest("abrocitinib", { doseMg: 100, doseChanges: [{ date: "2027-03-01", doseMg: 200 }] }));
    expect(increaseChecks(p)).toEqual(["2027-03-29"]);
    const visit = visitOn(p, "2027-03-29");
    expect(visit?.label).toBe("4 weeks after dose increase");
    expect(visit?.items).toHaveLength(1);
    expect(visit?.items[0]).toMatchObject({ kind: "lab", test: "cbc", evidence: "label", status: "due" });
    expect(visit?.items[0]?.why).toContain("dose increased on 2027-03-01");
    expect(visit?.items[0]?.sources.length).toBeGreaterThan(0);
  });

  it.each<[string, number, DoseChanges, string[]]>([
    [
      "100 → 200 mg on 2027-03-01, then 200 → 100 mg on 2027-05-03 (a reduction adds nothing)",
      100,
      [
        { date: "2027-03-01", doseMg: 200 },
        { date: "2027-05-03", doseMg: 100 },
      ],
      ["2027-03-29"],
    ],
    [
      "100 mg interrupted on 2027-03-01, restarted at 100 mg on 2027-04-05 (same dose)",
      100,
      [
        { date: "2027-03-01", doseMg: 0 },
        { date: "2027-04-05", doseMg: 100 },
      ],
      [],
    ],
    [
      "100 mg interrupted on 2027-03-01, restarted at 200 mg on 2027-04-05",
      100,
      [
        { date: "2027-03-01", doseMg: 0 },
        { date: "2027-04-05", doseMg: 200 },
      ],
      ["2027-05-03"],
    ],
    [
      "100 mg interrupted on 2027-03-01, restarted at 50 mg on 2027-04-05",
      100,
      [
        { date: "2027-03-01", doseMg: 0 },
        { date: "2027-04-05", doseMg: 50 },
      ],
      [],
    ],
    [
      "50 → 100 mg on 2027-03-01, 100 → 200 mg on 2027-05-03 (two increases)",
      50,
      [
        { date: "2027-03-01", doseMg: 100 },
        { date: "2027-05-03", doseMg: 200 },
      ],
      ["2027-03-29", "2027-05-31"],
    ],
    [
      "200 → 100 mg on 2027-03-01, back to 200 mg on 2027-05-03 (an increase again)",
      200,
      [
        { date: "2027-03-01", doseMg: 100 },
        { date: "2027-05-03", doseMg: 200 },
      ],
      ["2027-05-31"],
    ],
    [
      "the same changes given in reverse order",
      50,
      [
        { date: "2027-05-03", doseMg: 200 },
        { date: "2027-03-01", doseMg: 100 },
      ],
      ["2027-03-29", "2027-05-31"],
    ],
    ["100 mg, a 'change' to 100 mg on 2027-03-01 (no change)", 100, [{ date: "2027-03-01", doseMg: 100 }], []],
  ])("abrocitinib %s → dose-increase CBC on %j", (_name, doseMg, doseChanges, expected) => {
    const p = plan(minimalRequest("abrocitinib", { doseMg, doseChanges }));
    expect(increaseChecks(p)).toEqual(expected);
  });

  it("under the EU SmPC there is no dose-increase CBC (the EU table omits it)", () => {
    const p = plan(
      minimalRequest("abrocitinib", {
        doseMg: 100,
        labelRegion: "EU",
        doseChanges: [{ date: "2027-03-01", doseMg: 200 }],
      }),
    );
    expect(increaseChecks(p)).toEqual([]);
  });

  it("dose changes out of order give the same plan as in date order", () => {
    const changes: DoseChanges = [
      { date: "2027-02-01", doseMg: 0 },
      { date: "2027-02-15", doseMg: 100 },
      { date: "2027-03-01", doseMg: 200 },
      { date: "2027-06-07", doseMg: 100 },
    ];
    const inOrder = JSON.stringify(plan(cleanRequest("abrocitinib", { doseMg: 50, doseChanges: changes })));
    expect(JSON.stringify(plan(cleanRequest("abrocitinib", { doseMg: 50, doseChanges: [...changes].reverse() })))).toBe(
      inOrder,
    );
  });

  it("the dose-increase CBC is answered by a complete CBC drawn near it, stays overdue with a platelet count alone, and is overdue without one", () => {
    const request = cleanRequest("abrocitinib", {
      doseMg: 100,
      doseChanges: [{ date: "2027-03-01", doseMg: 200 }],
      asOf: "2027-04-01",
    });
    const increaseCheck = (p: ReturnType<typeof plan>) =>
      scheduled(p, "cbc").find((item) => item.date === "2027-03-29");
    expect(increaseCheck(plan(request))?.status).toBe("overdue");
    const partial = increaseCheck(
      plan({
        ...request,
        labs: [...(request.labs ?? []), { test: "platelets", value: 230, unit: "10^9/L", date: "2027-03-30" }],
      }),
    );
    expect(partial?.status).toBe("overdue");
    expect(partial?.why).toContain("Results in its window lack ANC, ALC, haemoglobin.");
    const done = plan({ ...request, labs: [...(request.labs ?? []), ...completeCbcOn("2027-03-30")] });
    expect(increaseCheck(done)?.status).toBe("done");
    expect(increaseCheck(done)?.resultWindow).toEqual({ from: "2027-03-22", to: "2027-04-05" });
  });
});

describe("the dose in effect for dose rules", () => {
  const age66 = (overrides: Partial<PlanRequestInput>) =>
    withPatient(cleanRequest("upadacitinib", overrides), { ageYears: 66 });
  const reduce = "upadacitinib.dose.age-65";

  it.each<[string, Partial<PlanRequestInput>, boolean]>([
    ["starting 15 mg, no change", { doseMg: 15 }, false],
    ["starting 15 mg, 30 mg from 2027-03-01", { doseMg: 15, doseChanges: [{ date: "2027-03-01", doseMg: 30 }] }, true],
    [
      "starting 15 mg, 30 mg from 2027-03-01, as of 2027-02-15 (a planned increase above the step)",
      { doseMg: 15, doseChanges: [{ date: "2027-03-01", doseMg: 30 }], asOf: "2027-02-15" },
      true,
    ],
    [
      "starting 15 mg, 30 mg from 2027-03-01, as of 2027-03-01 (the day of the change)",
      { doseMg: 15, doseChanges: [{ date: "2027-03-01", doseMg: 30 }], asOf: "2027-03-01" },
      true,
    ],
    [
      "starting 15 mg, 30 mg from 2027-03-01, as of 2027-06-01",
      { doseMg: 15, doseChanges: [{ date: "2027-03-01", doseMg: 30 }], asOf: "2027-06-01" },
      true,
    ],
    ["starting 30 mg", { doseMg: 30 }, true],
    [
      "starting 30 mg, reduced to 15 mg on 2027-03-01 (no as-of date: the plan's today is the start)",
      { doseMg: 30, doseChanges: [{ date: "2027-03-01", doseMg: 15 }] },
      true,
    ],
    [
      "starting 30 mg, reduced to 15 mg on 2027-03-01, as of 2027-03-01",
      { doseMg: 30, doseChanges: [{ date: "2027-03-01", doseMg: 15 }], asOf: "2027-03-01" },
      false,
    ],
    [
      "starting 30 mg, reduced to 15 mg on 2027-12-01, as of 2027-11-30 (eleven months above the step)",
      { doseMg: 30, doseChanges: [{ date: "2027-12-01", doseMg: 15 }], asOf: "2027-11-30" },
      true,
    ],
    [
      "starting 30 mg, reduced to 15 mg on 2027-03-01, as of 2027-02-15",
      { doseMg: 30, doseChanges: [{ date: "2027-03-01", doseMg: 15 }], asOf: "2027-02-15" },
      true,
    ],
    [
      "starting 30 mg, interrupted on 2027-03-01 (the last dose taken stays 30 mg)",
      { doseMg: 30, doseChanges: [{ date: "2027-03-01", doseMg: 0 }] },
      true,
    ],
    [
      "starting 30 mg, interrupted on 2027-03-01, a restart at 15 mg on file for 2027-03-15, as of 2027-03-05",
      {
        doseMg: 30,
        doseChanges: [
          { date: "2027-03-01", doseMg: 0 },
          { date: "2027-03-15", doseMg: 15 },
        ],
        asOf: "2027-03-05",
      },
      false,
    ],
    [
      "starting 30 mg, interrupted on 2027-03-01, a restart at 30 mg on file for 2027-03-15, as of 2027-03-05",
      {
        doseMg: 30,
        doseChanges: [
          { date: "2027-03-01", doseMg: 0 },
          { date: "2027-03-15", doseMg: 30 },
        ],
        asOf: "2027-03-05",
      },
      true,
    ],
    [
      "starting 15 mg, interrupted, restarted at 30 mg on 2027-04-05",
      {
        doseMg: 15,
        doseChanges: [
          { date: "2027-03-01", doseMg: 0 },
          { date: "2027-04-05", doseMg: 30 },
        ],
      },
      true,
    ],
  ])(
    "upadacitinib for atopic dermatitis at age 66, %s → reduce-dose upadacitinib.dose.age-65: %s",
    (_name, overrides, expected) => {
      const p = plan(age66(overrides));
      expect(hasFinding(p, "reduce-dose", reduce)).toBe(expected);
      expect(findingKeys(p, "reduce-dose")).toEqual(expected ? [`reduce-dose ${reduce}`] : []);
    },
  );

  it("a reduction asked for names the later changes on file, and a planned dose above the step is named by its date", () => {
    const reduced = plan(age66({ doseMg: 30, doseChanges: [{ date: "2027-12-01", doseMg: 15 }] }));
    expect(reduced.findings.find((finding) => finding.ruleId === reduce)?.message).toMatch(
      /The dose at the start is 30 mg a day\. Reduce to 15 mg a day\. Recorded later: 15 mg a day from 2027-12-01\.$/,
    );
    const raised = plan(age66({ doseMg: 15, doseChanges: [{ date: "2027-12-01", doseMg: 30 }] }));
    expect(raised.findings.find((finding) => finding.ruleId === reduce)?.message).toMatch(
      /The dose recorded from 2027-12-01 is 30 mg a day\. Reduce to 15 mg a day\.$/,
    );
  });

  it("upadacitinib at age 64, 15 → 30 mg → no reduce-dose (30 mg is allowed under 65)", () => {
    const p = plan(
      withPatient(cleanRequest("upadacitinib", { doseMg: 15, doseChanges: [{ date: "2027-03-01", doseMg: 30 }] }), {
        ageYears: 64,
      }),
    );
    expect(findingKeys(p, "reduce-dose")).toEqual([]);
  });

  // CIBINQO US 2.3: 50 mg in moderate renal impairment, raised to 100 mg after 12 weeks (2027-03-29) if needed.
  it.each<[string, Partial<PlanRequestInput>, string[]]>([
    [
      "50 mg, raised to 100 mg on 2027-04-05 (week 13: allowed)",
      { doseMg: 50, doseChanges: [{ date: "2027-04-05", doseMg: 100 }] },
      ["info abrocitinib.dose.renal-moderate"],
    ],
    [
      "50 mg, raised to 100 mg on 2027-03-29 (week 12 exactly: allowed)",
      { doseMg: 50, doseChanges: [{ date: "2027-03-29", doseMg: 100 }] },
      ["info abrocitinib.dose.renal-moderate"],
    ],
    [
      "50 mg, raised to 100 mg on 2027-03-28 (before week 12)",
      { doseMg: 50, doseChanges: [{ date: "2027-03-28", doseMg: 100 }] },
      ["reduce-dose abrocitinib.dose.renal-moderate"],
    ],
    [
      "50 mg, raised to 200 mg on 2027-04-05 (above the allowed 100 mg)",
      { doseMg: 50, doseChanges: [{ date: "2027-04-05", doseMg: 200 }] },
      ["reduce-dose abrocitinib.dose.renal-moderate"],
    ],
    ["starting at 100 mg", { doseMg: 100 }, ["reduce-dose abrocitinib.dose.renal-moderate"]],
    [
      "50 mg, raised to 100 mg on 2027-03-28, as of 2027-03-01 (a planned increase before week 12)",
      { doseMg: 50, doseChanges: [{ date: "2027-03-28", doseMg: 100 }], asOf: "2027-03-01" },
      ["reduce-dose abrocitinib.dose.renal-moderate"],
    ],
    [
      "50 mg, raised to 100 mg on 2027-04-05, as of 2027-03-01 (a planned increase after week 12)",
      { doseMg: 50, doseChanges: [{ date: "2027-04-05", doseMg: 100 }], asOf: "2027-03-01" },
      ["info abrocitinib.dose.renal-moderate"],
    ],
    [
      "100 mg, lowered to 50 mg on 2027-02-01 (no as-of date: 100 mg at the start)",
      { doseMg: 100, doseChanges: [{ date: "2027-02-01", doseMg: 50 }] },
      ["reduce-dose abrocitinib.dose.renal-moderate"],
    ],
    [
      "100 mg, lowered to 50 mg on 2027-02-01, as of 2027-02-01",
      { doseMg: 100, doseChanges: [{ date: "2027-02-01", doseMg: 50 }], asOf: "2027-02-01" },
      ["info abrocitinib.dose.renal-moderate"],
    ],
  ])("abrocitinib with eGFR 45, %s → %j", (_name, overrides, expected) => {
    const p = plan(withPatient(cleanRequest("abrocitinib", overrides), { egfr: 45 }));
    expect(
      p.findings
        .filter((finding) => finding.ruleId === "abrocitinib.dose.renal-moderate")
        .map((finding) => `${finding.action} ${finding.ruleId}`),
    ).toEqual(expected);
  });
});
