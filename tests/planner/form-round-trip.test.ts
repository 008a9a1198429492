import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { drugRules } from "@/rules";
import { fromRequest, toRequest } from "@/app/_planner/form-values";
import { planRequestSchema, type PlanRequest } from "@/lib/contract/plan-request";
import { buildPlan } from "@/lib/plan";
import { validPlanRequest } from "../support/arbitraries";
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
      fc.property(validPlanRequest, (input) => {
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

  it("a baseline value dated after the start is flagged at its date field, not made a follow-up", () => {
    const form = fromRequest(planRequestSchema.parse(cleanRequest("abrocitinib")), drugRules);
    form.labs.platelets.date = addDays(startDate, 1);
    const check = checkForm(form);
    expect(check.ok).toBe(false);
    expect(check.ok ? [] : check.errors.map((error) => error.path)).toEqual(["labs.platelets.date"]);
  });
});
