import { analyteName } from "@/lib/units/format";
import { ageLoinc, contractUnitFor, labByLoinc, loincSystem, ucumSystem } from "@/lib/interop/loinc";
import type { PatientReading } from "./facts";
import type { FhirObservation, FhirQuantity } from "./fhir-schemas";
import { calendarDateOf } from "./fhir-values";
import type { Report } from "./report";

/** The quantity's UCUM unit: its code, else its unit text; none when another system codes it. */
function quantityUnit(quantity: FhirQuantity): string | undefined {
  if (quantity.system !== undefined && quantity.system !== ucumSystem) return undefined;
  return quantity.code ?? quantity.unit;
}

const readableStatuses = new Set(["final", "amended", "corrected"]);

/**
 * One Observation: an age in years, or a result of one of the planner's labs, kept as a
 * candidate (baseline-selection.ts decides which results are used). Anything else is reported.
 */
export function readObservation(observation: FhirObservation, name: string, out: PatientReading, report: Report) {
  const loinc = (observation.code?.coding ?? []).filter((coding) => coding.system === loincSystem);
  const ignore = (detail: () => string) => {
    report?.push({ resource: name, outcome: "ignored", detail: detail() });
  };
  if (loinc.length === 0) return ignore(() => "No LOINC code.");
  if (loinc.some((coding) => coding.code === ageLoinc.code)) {
    const quantity = observation.valueQuantity;
    const value = quantity?.value;
    if (value === undefined || quantityUnit(quantity ?? {}) !== "a")
      return ignore(() => "Age observation without a value in years (UCUM a).");
    if (out.ageYears === undefined) out.ageYears = Math.floor(value);
    report?.push({ resource: name, outcome: "read", detail: `age ${Math.floor(value)}` });
    return;
  }
  const test = loinc.map((coding) => labByLoinc.get(coding.code ?? "")).find((found) => found !== undefined);
  if (!test)
    return ignore(
      () =>
        `Unknown code: LOINC ${loinc.map((coding) => coding.code?.slice(0, 20) ?? "?").join(", ")} is not one of the planner's labs.`,
    );
  if (!readableStatuses.has(String(observation.status)))
    return ignore(
      () => `${analyteName(test)}: status ${String(observation.status).slice(0, 20)} is not a final result.`,
    );
  const date =
    calendarDateOf(observation.effectiveDateTime) ??
    calendarDateOf(observation.effectivePeriod?.start) ??
    calendarDateOf(observation.issued);
  if (!date) return ignore(() => `${analyteName(test)}: no full date (effectiveDateTime).`);
  const quantity = observation.valueQuantity;
  if (!quantity) return ignore(() => `${analyteName(test)}: no valueQuantity.`);
  const value = quantity.value;
  if (value === undefined) return ignore(() => `${analyteName(test)}: the value is not a number.`);
  const { comparator } = quantity;
  if (comparator !== undefined)
    return ignore(
      () => `${analyteName(test)}: the value is a bound (${comparator.slice(0, 2)} ${value}), not a result.`,
    );
  const ucum = quantityUnit(quantity);
  const unit = ucum === undefined ? undefined : contractUnitFor(test, ucum);
  if (!unit)
    return ignore(
      () =>
        `${analyteName(test)}: unit not convertible ("${(quantity.code ?? quantity.unit ?? "none").slice(0, 20)}" is not a UCUM unit the planner reads).`,
    );
  // The upper limit of normal is read for the liver enzymes and CK only, and only in U/L.
  const high = (observation.referenceRange ?? []).map((range) => range.high).find((found) => found !== undefined);
  const uln =
    high &&
    (test === "alt" || test === "ast" || test === "ck") &&
    contractUnitFor(test, quantityUnit(high) ?? "") === "U/L"
      ? high.value
      : undefined;
  const list = out.labs.get(test) ?? [];
  list.push({ lab: { test, value, unit, date, ...(uln === undefined ? {} : { uln }) }, name });
  out.labs.set(test, list);
}
