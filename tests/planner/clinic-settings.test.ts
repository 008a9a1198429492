import { describe, expect, it } from "vitest";
import { drugRules } from "@/rules";
import { drugChoicesOf } from "@/lib/planner/drug-choices";
import { planRequestSchema } from "@/lib/contract/plan-request";
import { emptyFormValues, fromRequest, toRequest } from "@/app/_planner/form-values";
import { checkSavedForm } from "@/app/_planner/saved-form";
import { olderSavedForm } from "../support/saved-forms";
import { minimalRequest } from "../support/requests";

// The planner's clinic settings (app/_planner/clinic-settings-fieldset.tsx) and the request they make.

const choices = drugChoicesOf(drugRules);
const empty = emptyFormValues(choices, {}, "2026-12-20");

describe("the planner's clinic settings", () => {
  it("a new form draws routine tests within 7 days together and avoids weekends, and asks the plan for both", () => {
    expect(empty.visitPlanning).toEqual({ mergeWithinDays: "7", avoidWeekends: true });
    expect(toRequest(empty, choices).request.visitPlanning).toEqual({ mergeWithinDays: 7, avoidWeekends: true });
  });

  it("turned off, the form asks for neither", () => {
    const off = { ...empty, visitPlanning: { mergeWithinDays: "0", avoidWeekends: false } };
    expect(toRequest(off, choices).request.visitPlanning).toEqual({ mergeWithinDays: 0, avoidWeekends: false });
  });

  it("a form saved before the settings existed still loads, with them on", () => {
    const check = checkSavedForm(olderSavedForm, empty, choices);
    if (!check.ok) throw new Error(check.path);
    expect(check.values.visitPlanning).toEqual(empty.visitPlanning);
  });

  it("a saved merge window the form does not offer clears the saved form", () => {
    const saved = { ...olderSavedForm, visitPlanning: { mergeWithinDays: "9", avoidWeekends: true } };
    expect(checkSavedForm(saved, empty, choices)).toEqual({ ok: false, path: "visitPlanning.mergeWithinDays" });
  });

  it("a shared request without visit planning opens with it off, so the form makes the plan that was shared", () => {
    const shared = planRequestSchema.parse(minimalRequest("upadacitinib"));
    const values = fromRequest(shared, choices);
    expect(values.visitPlanning).toEqual({ mergeWithinDays: "0", avoidWeekends: false });
  });

  it("a shared request with visit planning opens with its settings", () => {
    const shared = planRequestSchema.parse(
      minimalRequest("upadacitinib", { visitPlanning: { mergeWithinDays: 5, avoidWeekends: true } }),
    );
    const values = fromRequest(shared, choices);
    expect(toRequest(values, choices).request.visitPlanning).toEqual({ mergeWithinDays: 5, avoidWeekends: true });
  });
});
