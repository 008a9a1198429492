import { describe, expect, it } from "vitest";
import { cleanRequest, findingKeys, plan } from "../../support/requests";

// Tofacitinib: ANC 500–1,000 persistent → interrupt; ANC < 500 confirmed → discontinue.
// When the repeat confirms the milder rule but the latest value breaks the severer one for
// the first time, the plan acts on the confirmed rule and asks for the repeat of the other.
const anc = (value: number, date: string) => ({ test: "anc" as const, value, unit: "10^9/L", date });

describe("tofacitinib ANC: a severer limit awaiting its confirming repeat", () => {
  it.each([
    {
      name: "ANC 0.8 then 0.4 → interrupt (confirmed below 1,000) and a caution to confirm below 500",
      results: [anc(0.8, "2027-02-01"), anc(0.4, "2027-02-08")],
      expected: ["interrupt tofacitinib.treatment.anc-500-1000", "caution tofacitinib.treatment.anc-below-500"],
    },
    {
      name: "ANC 0.8, 0.4, then 0.45 → discontinue (below 500 twice in a row)",
      results: [anc(0.8, "2027-02-01"), anc(0.4, "2027-02-08"), anc(0.45, "2027-02-15")],
      expected: ["discontinue tofacitinib.treatment.anc-below-500"],
    },
    {
      name: "ANC 0.8 then 0.9 → interrupt only (nothing below 500)",
      results: [anc(0.8, "2027-02-01"), anc(0.9, "2027-02-08")],
      expected: ["interrupt tofacitinib.treatment.anc-500-1000"],
    },
  ])("$name", ({ results, expected }) => {
    const request = cleanRequest("tofacitinib", { recheckAfterWeeks: 1 });
    const p = plan({ ...request, labs: [...(request.labs ?? []), ...results] });
    expect(findingKeys(p).filter((key) => key.includes(".treatment."))).toEqual(expected);
  });
});
