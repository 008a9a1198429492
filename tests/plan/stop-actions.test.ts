import { describe, expect, it } from "vitest";
import { patientStopInstruction, strongestStopAction } from "@/lib/plan";
import type { Finding } from "@/lib/contract/plan";
import type { FindingAction } from "@/rules/types";
import { withFollowUps } from "../support/follow-up";
import { cleanRequest, plan, withPatient } from "../support/requests";

const finding = (action: FindingAction): Finding => ({
  ruleId: action,
  action,
  message: action,
  sources: [],
  evidence: "label",
});
const strongestOf = (...actions: FindingAction[]) => strongestStopAction(actions.map(finding));

describe("the patient's stop instruction (printout and calendar, HAZ-09)", () => {
  it("strongestStopAction names the most severe of do-not-start, discontinue and interrupt, and nothing else", () => {
    expect(strongestOf("info", "interrupt", "discontinue", "do-not-start")).toBe("do-not-start");
    expect(strongestOf("interrupt", "discontinue", "caution")).toBe("discontinue");
    expect(strongestOf("reduce-dose", "interrupt")).toBe("interrupt");
    expect(strongestOf("reduce-dose", "caution", "missing", "info")).toBeUndefined();
    expect(strongestOf()).toBeUndefined();
  });

  it("discontinue and interrupt ask the patient to hold the next dose", () => {
    expect(patientStopInstruction("discontinue", "abrocitinib")).toBe(
      "Do not take your next dose of abrocitinib until your clinic tells you to.",
    );
    expect(patientStopInstruction("interrupt", "upadacitinib")).toBe(
      "Do not take your next dose of upadacitinib until your clinic tells you to.",
    );
  });

  it("a do-not-start next to a discontinue (a patient already on the drug) still tells them to hold the next dose", () => {
    // Severe hepatic impairment makes abrocitinib do-not-start; a week-4 platelet count of 40 ×10⁹/L makes it discontinue.
    const request = withFollowUps(withPatient(cleanRequest("abrocitinib"), { hepaticImpairment: "severe" }), [
      { test: "platelets", value: 40, unit: "10^9/L", date: "2027-02-01" },
    ]);
    const actions = plan(request).findings.map((entry) => entry.action);
    expect(actions).toContain("do-not-start");
    expect(actions).toContain("discontinue");
    const instruction = patientStopInstruction(strongestStopAction(plan(request).findings)!, "abrocitinib");
    expect(instruction).toBe(
      "Do not start abrocitinib (or, if you have already started, do not take your next dose) until your clinic tells you to.",
    );
  });
});
