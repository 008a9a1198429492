/**
 * A finding that judges one result names that result's date (`resultDate`, a contract
 * addition), so the planner's timeline and an API client can point at the result without
 * reading the message. A finding about no single result (a missing panel, a dose step, the
 * boxed warning) has none.
 */
import { describe, expect, it } from "vitest";
import type { Plan } from "@/lib/contract/plan";
import { planCorpus } from "../support/plan-corpus";
import { baselineDate, cleanRequest, plan } from "../support/requests";

const findingsOf = (p: Plan, ruleId: string) => p.findings.filter((finding) => finding.ruleId === ruleId);

describe("the date of the result a finding judges", () => {
  it("a baseline count below the start limit: that count's date", () => {
    const request = cleanRequest("abrocitinib");
    const labs = (request.labs ?? []).map((lab) => (lab.test === "platelets" ? { ...lab, value: 140 } : lab));
    const [finding] = findingsOf(plan({ ...request, labs }), "abrocitinib.start.platelets");
    expect(finding).toMatchObject({ action: "do-not-start", test: "platelets", resultDate: baselineDate });
  });

  it("during treatment: the result an action rests on — the latest low one, or the one that stopped treatment", () => {
    const request = cleanRequest("abrocitinib");
    const withLabs = (labs: { test: "platelets" | "alc"; value: number }[]) =>
      plan({
        ...request,
        labs: [
          ...(request.labs ?? []),
          ...labs.map((lab, index) => ({ ...lab, unit: "10^9/L", date: index === 0 ? "2027-02-01" : "2027-02-08" })),
        ],
      });
    const interrupted = withLabs([
      { test: "alc", value: 0.4 },
      { test: "alc", value: 0.45 },
    ]);
    expect(findingsOf(interrupted, "abrocitinib.treatment.alc")).toEqual([
      expect.objectContaining({ action: "interrupt", resultDate: "2027-02-08" }),
    ]);
    // A discontinuation stays with the result that called for it; a later one is context.
    const stopped = withLabs([
      { test: "platelets", value: 40 },
      { test: "platelets", value: 45 },
    ]);
    expect(findingsOf(stopped, "abrocitinib.treatment.platelets")).toEqual([
      expect.objectContaining({ action: "discontinue", resultDate: "2027-02-01" }),
    ]);
  });

  it("a positive screening entry and a screening result older than the baseline window: the entry's date", () => {
    const request = cleanRequest("upadacitinib", { baselineWindowDays: 30 });
    const screening = (request.screening ?? []).map((entry) =>
      entry.test === "hbv"
        ? { ...entry, result: "positive" as const }
        : entry.test === "hcv"
          ? { ...entry, date: "2026-06-01" }
          : entry,
    );
    const p = plan({ ...request, screening });
    expect(p.findings.filter((finding) => finding.test === "hbv").map((finding) => finding.resultDate)).toContain(
      baselineDate,
    );
    expect(findingsOf(p, "upadacitinib.baseline.hcv")).toEqual([
      expect.objectContaining({ action: "missing", resultDate: "2026-06-01" }),
    ]);
  });

  it("liver enzymes above 3× the upper limit of normal: the result's date", () => {
    const request = cleanRequest("upadacitinib");
    const p = plan({
      ...request,
      labs: [...(request.labs ?? []), { test: "alt", value: 130, uln: 40, unit: "U/L", date: "2027-02-01" }],
    });
    expect(findingsOf(p, "upadacitinib.treatment.liver-injury")).toEqual([
      expect.objectContaining({ test: "alt", resultDate: "2027-02-01" }),
    ]);
  });

  it("findings about no single result have none", () => {
    const p = plan(cleanRequest("abrocitinib", { labs: [] }));
    expect(p.findings.length).toBeGreaterThan(0);
    for (const finding of p.findings) expect(finding).not.toHaveProperty("resultDate");
  });

  it("across the pinned corpus, every result date is the date of a result of that test (or, with no test, of a zoster dose) in the request", () => {
    let dated = 0;
    for (const { id, request } of planCorpus()) {
      const p = plan(request as Record<string, unknown>);
      const sent = request as {
        labs?: { test: string; date: string }[];
        screening?: { test: string; date: string }[];
        zosterVaccine?: { date: string }[];
      };
      const results = new Set([
        ...[...(sent.labs ?? []), ...(sent.screening ?? [])].map(({ test, date }) => `${test}@${date}`),
        ...(sent.zosterVaccine ?? []).map(({ date }) => `zoster dose@${date}`),
      ]);
      for (const finding of p.findings) {
        if (finding.resultDate === undefined) continue;
        dated += 1;
        expect(results.has(`${finding.test ?? "zoster dose"}@${finding.resultDate}`), `${id}: ${finding.ruleId}`).toBe(
          true,
        );
      }
    }
    expect(dated).toBeGreaterThan(500);
  });
});
