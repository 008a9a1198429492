import type { LabTestId, Quantity } from "@/rules/types";
import { analytes } from "./analytes";

/** True when `unit` is one the contract accepts for `test`. */
export function isAcceptedUnit(test: LabTestId, unit: string): boolean {
  return Object.hasOwn(analytes[test].units, unit);
}

/** Converts a quantity of `test` to `unit`. Throws on an unknown unit: callers validate first. */
export function convert(test: LabTestId, quantity: Quantity, unit: string): number {
  const table = analytes[test];
  const from = table.units[quantity.unit];
  const to = table.units[unit];
  if (from === undefined || to === undefined) {
    throw new RangeError(`${table.name}: cannot convert ${quantity.unit} to ${unit}`);
  }
  if (quantity.unit === unit) return quantity.value;
  return (quantity.value * from) / to;
}

/** A quantity in the analyte's reference unit. */
export function toReference(test: LabTestId, quantity: Quantity): number {
  return convert(test, quantity, analytes[test].referenceUnit);
}

// Relative tolerance for floating-point noise from conversion factors (e.g. 0.5 × 1000
// must equal 500). Far below any reported precision, so it never moves a real boundary.
const tolerance = 1e-9;

/**
 * Strictly below: `value < limit`, compared in the limit's unit after conversion.
 * A value equal to the limit is not below it ("< 500": 500 itself passes).
 */
export function isBelow(test: LabTestId, value: Quantity, limit: Quantity): boolean {
  const inLimitUnit = convert(test, value, limit.unit);
  return inLimitUnit < limit.value - Math.abs(limit.value) * tolerance;
}

/** Strictly above: `value > limit` in the limit's unit ("returns above 500": 500 itself is not above). */
export function isAbove(test: LabTestId, value: Quantity, limit: Quantity): boolean {
  const inLimitUnit = convert(test, value, limit.unit);
  return inLimitUnit > limit.value + Math.abs(limit.value) * tolerance;
}

/** At or above: the negation of `isBelow`, for restart conditions ("may restart when ≥ 500"). */
export function isAtLeast(test: LabTestId, value: Quantity, limit: Quantity): boolean {
  return !isBelow(test, value, limit);
}
