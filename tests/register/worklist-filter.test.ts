import { describe, expect, it } from "vitest";
import { defaultDueWithinDays, maxDueWithinDays, worklistQueryOf } from "@/lib/register/worklist-filter";

const query = (text: string) => worklistQueryOf(new URLSearchParams(text));

describe("the worklist's filters", () => {
  it.each<[string, boolean]>([
    ["days=0", false],
    ["days=1", true],
    [`days=${maxDueWithinDays}`, true],
    [`days=${maxDueWithinDays + 1}`, false],
    ["days=1.5", false],
    ["days=", true],
  ])("%s → accepted: %s", (text, accepted) => {
    expect(query(text).ok).toBe(accepted);
  });

  it("a refused filter is named, and the page keeps the others", () => {
    const checked = query("days=120&drug=upadacitinib&clinician=6f1c2a6e-3b0d-4c55-9a4e-0d2f3c1b7e90");
    expect(checked).toEqual({
      ok: false,
      errors: [{ path: "days", message: `Due within (days) must be a whole number from 1 to ${maxDueWithinDays}.` }],
      usable: { days: defaultDueWithinDays, drug: "upadacitinib", clinicianId: "6f1c2a6e-3b0d-4c55-9a4e-0d2f3c1b7e90" },
    });
  });

  it("an unknown drug or clinician is left out of what the page keeps, and an unknown key is named", () => {
    const checked = query("days=30&drug=filgotinib&clinician=someone&colour=red");
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.map((error) => error.path)).toEqual(["drug", "clinician", "colour"]);
    expect(checked.usable).toEqual({ days: 30 });
  });
});
