import type { LabTestId, Quantity } from "@/rules/types";
import { analytes } from "./analytes";
import { convert } from "./convert";

/** How each contract unit is printed. */
const unitLabels: Readonly<Record<string, string>> = {
  "10^9/L": "×10⁹/L",
  "cells/uL": "cells/µL",
  "g/dL": "g/dL",
  "g/L": "g/L",
  "mmol/L": "mmol/L",
  "mg/dL": "mg/dL",
  "U/L": "U/L",
  "umol/L": "µmol/L",
};

export function unitLabel(unit: string): string {
  return unitLabels[unit] ?? unit;
}

/**
 * A number for reading: thousands grouped, at most four decimals (or `maxDecimals`), no trailing
 * zeros. Four keep any value a lab reports exact and hide a conversion's floating-point tail.
 */
export function formatNumber(value: number, maxDecimals = 4): string {
  const scale = 10 ** maxDecimals;
  const rounded = Math.round(Math.abs(value) * scale) / scale;
  // String() writes a number below 1e-6 as "1e-7": such a one is written out with toFixed.
  const text = rounded === 0 || rounded >= 1e-6 ? String(rounded) : rounded.toFixed(maxDecimals).replace(/0+$/, "");
  const [whole = "0", fraction] = text.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${value < 0 && rounded !== 0 ? "−" : ""}${grouped}${fraction ? `.${fraction}` : ""}`;
}

/**
 * A range bound for a message, to three significant figures, rounded inwards (`"up"` for a
 * lower bound, `"down"` for an upper one) so every value the message allows is accepted.
 */
export function formatBound(value: number, direction: "up" | "down"): string {
  if (value === 0 || !Number.isFinite(value)) return formatNumber(value);
  const scale = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 2);
  const steps = value / scale;
  // The tolerance keeps a bound that is already round (e.g. 2000) from moving a step.
  const rounded = direction === "up" ? Math.ceil(steps - 1e-9) : Math.floor(steps + 1e-9);
  return formatNumber(rounded * scale);
}

export function formatQuantity(quantity: Quantity): string {
  return `${formatNumber(quantity.value)} ${unitLabel(quantity.unit)}`;
}

/**
 * A result as it was entered, with every decimal typed (up to ten), so an odd 0.49999 never
 * prints as the 0.5 it was compared against. A limit or a converted value stays at four.
 */
export function formatResult(result: Quantity): string {
  return `${formatNumber(result.value, 10)} ${unitLabel(result.unit)}`;
}

/** A limit shown in the unit the clinician used, e.g. 150 ×10⁹/L shown as 150,000 cells/µL. */
export function formatLimitIn(test: LabTestId, limit: Quantity, unit: string): string {
  return formatQuantity({ value: convert(test, limit, unit), unit });
}

/**
 * A result in the unit it was entered in and, where the label states its limit in another
 * unit, in that unit too, in brackets: "ALC 400 cells/µL [0.4 ×10⁹/L]".
 */
export function formatWithLabelUnit(test: LabTestId, result: Quantity, labelUnit: string): string {
  const label = result.unit === labelUnit ? "" : ` [${formatLimitIn(test, result, labelUnit)}]`;
  return `${formatResult(result)}${label}`;
}

/** A label's limit in the clinician's unit, then as the label states it where that differs. */
export function formatLimitWithLabel(test: LabTestId, limit: Quantity, unit: string): string {
  const label = limit.unit === unit ? "" : ` [${formatQuantity(limit)}]`;
  return `${formatLimitIn(test, limit, unit)}${label}`;
}

export function analyteName(test: LabTestId): string {
  return analytes[test].name;
}

/** The analyte as it reads mid-sentence: "platelets", "ALC". */
export function analyteShortName(test: LabTestId): string {
  return analytes[test].shortName;
}

/** First letter upper-case, for a sentence that starts with a name. */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
