import { describe, expect, it } from "vitest";
import { findingSummary } from "@/lib/planner/finding-summary";

describe("a finding card's summary line", () => {
  it.each<[string, string, string]>([
    [
      "Platelets 120 ×10⁹/L (Tue 15 Dec 2026) is below 150 ×10⁹/L. Do not start abrocitinib.",
      "Platelets 120 ×10⁹/L (Tue 15 Dec 2026) is below 150 ×10⁹/L.",
      "Do not start abrocitinib.",
    ],
    ["ALC 0.5 ×10⁹/L is low; Repeat it.", "ALC 0.5 ×10⁹/L is low;", "Repeat it."],
    [
      "Under the US label: With a strong CYP2C19 inhibitor the label lowers the dose. This plan follows the EU SmPC.",
      "Under the US label: With a strong CYP2C19 inhibitor the label lowers the dose.",
      "This plan follows the EU SmPC.",
    ],
    [
      "Moderate renal impairment (eGFR 30 to below 60): the EU SmPC halves the dose. Decided on eGFR 45.",
      "Moderate renal impairment (eGFR 30 to below 60): the EU SmPC halves the dose.",
      "Decided on eGFR 45.",
    ],
    ["No routine labs required by the label", "No routine labs required by the label", ""],
  ])("%j", (message, summary, rest) => {
    expect(findingSummary(message)).toEqual({ summary, rest });
  });
});
