import type { LabTestId, Quantity } from "@/rules/types";
import { convert } from "@/lib/units/convert";
import { formatQuantity } from "@/lib/units/format";
import { unitOf, type UnitSystem } from "@/lib/units/unit-systems";

/**
 * How the explorer shows a threshold: in one unit system, or both. A display choice only:
 * every limit is stored once, in the unit its label uses, and converted with `lib/units`.
 * Conventional shows both systems side by side on the drug pages.
 */
export type UnitDisplay = UnitSystem | "both";

/** The same words written in each unit display. */
export type Worded = Readonly<Record<UnitDisplay, string>>;

export const unitSystemNames: Readonly<Record<UnitSystem, string>> = {
  conventional: "Conventional (cells/µL, g/dL, mg/dL)",
  si: "SI (×10⁹/L, g/L, mmol/L)",
};

/** A limit in one system ("150,000 cells/µL"), or in both ("150,000 cells/µL (150 ×10⁹/L)"). */
export function formatIn(test: LabTestId, quantity: Quantity, display: UnitDisplay): string {
  const inSystem = (system: UnitSystem) => {
    const unit = unitOf[test][system];
    return formatQuantity({ value: convert(test, quantity, unit), unit });
  };
  if (display !== "both") return inSystem(display);
  const conventional = inSystem("conventional");
  const si = inSystem("si");
  return conventional === si ? conventional : `${conventional} (${si})`;
}

/** Words built once per unit display from a template that formats its quantities. */
export function worded(template: (format: (test: LabTestId, quantity: Quantity) => string) => string): Worded {
  const build = (display: UnitDisplay) => template((test, quantity) => formatIn(test, quantity, display));
  return { conventional: build("conventional"), si: build("si"), both: build("both") };
}

/** The same words in every display, for rules that hold no quantity. */
export function plainWorded(text: string): Worded {
  return { conventional: text, si: text, both: text };
}
