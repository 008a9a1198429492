import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { drugRules } from "@/rules";
import { fromRequest, toRequest } from "@/app/_planner/form-values";
import { planRequestSchema, type PlanRequest } from "@/lib/contract/plan-request";
import { buildPlan } from "@/lib/plan";
import { requestWithSameDayTwins, validPlanRequest } from "../support/arbitraries";
import { cleanRequest, startDate } from "../support/requests";
import { checkForm } from "@/app/_planner/check-form";
import { addDays } from "@/lib/dates/calendar-date";

/** A request put into the planner's form and read back out, as a share link does. */
function throughTheForm(request: PlanRequest): PlanRequest {
  const back = planRequestSchema.safeParse(toRequest(fromRequest(request, drugRules), drugRules).request);
  if (!back.success) throw new Error(`The form's request was refused: ${JSON.stringify(back.error.issues)}`);
  return back.data;
}

describe("the planner form holds a request without loss", () => {
  it("a share link's request, put into the form and read back, gives the same plan", () => {
    fc.assert(
      fc.property(fc.oneof(validPlanRequest, requestWithSameDayTwins), (input) => {
        const request = planRequestSchema.parse(input);
        expect(buildPlan(throughTheForm(request))).toEqual(buildPlan(request));
      }),
      { numRuns: 300 },
    );
  });

  it("baseline values drawn on two days keep their own dates", () => {
    const request = planRequestSchema.parse(
      cleanRequest("abrocitinib", {
        labs: [
          { test: "platelets", value: 250, unit: "10^9/L", date: "2026-12-01" },
          { test: "alt", value: 20, unit: "U/L", date: "2026-12-10" },
          { test: "anc", value: 3, unit: "10^9/L", date: "2026-12-10" },
        ],
      }),
    );
    const form = fromRequest(request, drugRules);
    expect(form.labsDate).toBe("2026-12-10");
    expect(form.labs.platelets).toMatchObject({ value: "250", date: "2026-12-01" });
    expect(form.labs.alt).toMatchObject({ value: "20", date: "" });
    expect(toRequest(form, drugRules).request.labs).toEqual(expect.arrayContaining(request.labs ?? []));
  });

  it("two values of one test on one visit day are both kept, in two visits of that day", () => {
    const twins = [
      { test: "ast" as const, value: 130, unit: "U/L", date: addDays(startDate, 30) },
      { test: "ast" as const, value: 130, unit: "U/L", date: addDays(startDate, 30), uln: 40 },
    ];
    const request = planRequestSchema.parse(cleanRequest("upadacitinib", { labs: twins }));
    const form = fromRequest(request, drugRules);
    expect(form.followUps.map((visit) => [visit.date, visit.labs.ast.uln])).toEqual([
      [twins[0]!.date, ""],
      [twins[0]!.date, "40"],
    ]);
    expect(throughTheForm(request).labs).toEqual(expect.arrayContaining(twins));
  });

  it("a baseline value dated after the start is flagged at its date field, not made a follow-up", () => {
    const form = fromRequest(planRequestSchema.parse(cleanRequest("abrocitinib")), drugRules);
    form.labs.platelets.date = addDays(startDate, 1);
    const check = checkForm(form);
    expect(check.ok).toBe(false);
    expect(check.ok ? [] : check.errors.map((error) => error.path)).toEqual(["labs.platelets.date"]);
  });
});
