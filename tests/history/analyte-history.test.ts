/**
 * Results over time (lib/history/analyte-history.ts): each point carries where its date falls
 * between the first and the last result, so the chart spaces results by date, not by turn.
 */
import { describe, expect, it } from "vitest";
import { analyteHistories } from "@/lib/history/analyte-history";
import { planRequestSchema, type PlanRequestInput } from "@/lib/contract/plan-request";
import { baselineDate, cleanRequest } from "../support/requests";
import { withFollowUps } from "../support/follow-up";

const plateletsOn = (dates: readonly string[]) =>
  dates.map((date) => ({ test: "platelets" as const, value: 200, unit: "10^9/L", date }));

const historiesOf = (input: PlanRequestInput) => analyteHistories(planRequestSchema.parse(input));

describe("results over time", () => {
  it("places each result by its date: a week apart sits close, a year apart far", () => {
    const [history] = historiesOf(
      withFollowUps(cleanRequest("abrocitinib"), plateletsOn(["2027-02-01", "2027-02-08", "2027-12-15"])),
    ).filter((entry) => entry.test === "platelets");
    // From the baseline on 15 Dec 2026 to 15 Dec 2027: 365 days.
    expect(history?.points.map((point) => [point.date, point.phase, point.at])).toEqual([
      [baselineDate, "baseline", 0],
      ["2027-02-01", "treatment", 48 / 365],
      ["2027-02-08", "treatment", 55 / 365],
      ["2027-12-15", "treatment", 1],
    ]);
  });

  it("puts a lone result at the start of the axis", () => {
    const histories = historiesOf(
      withFollowUps(cleanRequest("abrocitinib", { labs: [] }), plateletsOn(["2027-02-01"])),
    );
    expect(histories.map((history) => history.points)).toEqual([
      [{ date: "2027-02-01", value: 200, entered: true, phase: "treatment", at: 0 }],
    ]);
  });

  it("marks a value converted to the display unit, which is shown to four decimals, apart from one as entered", () => {
    const request = withFollowUps(cleanRequest("abrocitinib", { labs: [] }), [
      { test: "alc", value: 499.99, unit: "cells/uL", date: "2027-02-01" },
      { test: "alc", value: 0.49999, unit: "10^9/L", date: "2027-03-01" },
    ]);
    expect(historiesOf(request)[0]?.points.map(({ value, entered }) => [value, entered])).toEqual([
      [expect.closeTo(0.49999, 10), false],
      [0.49999, true],
    ]);
  });
});
