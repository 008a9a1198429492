import { drugRules } from "@/rules";
import { indicationIds, type IndicationId } from "@/rules/types";
import { drugFromNames } from "@/lib/interop/loinc";
import type { OrderFacts, ReadOptions } from "./facts";
import type { FhirMedicationRequest, FhirQuantity } from "./fhir-schemas";
import { calendarDateOf, conceptNames, words } from "./fhir-values";
import { resourceLabel, type Report } from "./report";

/** The medication's names: its coded concept, or the display of its reference. */
export function medicationNames(request: FhirMedicationRequest): string[] {
  const names = conceptNames(request.medicationCodeableConcept);
  const display = request.medicationReference?.display;
  if (display) names.push(display);
  return names.map((name) => name.slice(0, 200));
}

function indicationFrom(request: FhirMedicationRequest): IndicationId | undefined {
  const text = (request.reasonCode ?? []).flatMap(conceptNames).map(words).join(" ");
  // Longer names first, so "psoriatic arthritis" is not read as "psoriasis".
  const byLength = [...indicationIds].sort((a, b) => b.length - a.length);
  return byLength.find((id) => text.includes(words(id.replace(/-/g, " "))));
}

/** True when the quantity is in one of `units`: by its UCUM code, or by its unit text when it has no code. */
const isUnit = (quantity: FhirQuantity | undefined, ...units: string[]) =>
  quantity !== undefined &&
  units.some((unit) => quantity.code === unit || (quantity.code === undefined && quantity.unit === unit));

/**
 * The total daily dose in mg: `maxDosePerPeriod` of n mg per 1 day, or a dose of n mg
 * taken `frequency` times per 1 day. Anything else (per week, tablets, ranges) is not read.
 */
export function dailyDoseMg(request: Pick<FhirMedicationRequest, "dosageInstruction">): number | undefined {
  for (const dosage of request.dosageInstruction ?? []) {
    const max = dosage.maxDosePerPeriod;
    if (isUnit(max?.numerator, "mg") && isUnit(max?.denominator, "d") && max?.denominator?.value === 1) {
      const value = max.numerator?.value;
      if (value !== undefined) return value;
    }
    const doseQuantity = (dosage.doseAndRate ?? []).map((rate) => rate.doseQuantity).find((dose) => isUnit(dose, "mg"));
    const repeat = dosage.timing?.repeat;
    const dose = doseQuantity?.value;
    if (dose !== undefined && repeat && repeat.periodUnit === "d" && repeat.period === 1) {
      const frequency = repeat.frequency ?? 1;
      return Math.round(dose * frequency * 1000) / 1000;
    }
  }
  return undefined;
}

/** The first order naming one of the nine drugs, read; any other order is only reported. */
export function readMedicationRequest(
  request: FhirMedicationRequest,
  name: string,
  out: OrderFacts,
  options: ReadOptions,
  report: Report,
) {
  if (request.status === "cancelled" || request.status === "entered-in-error" || request.status === "stopped") {
    report?.push({ resource: name, outcome: "ignored", detail: `Its status is ${request.status}.` });
    return;
  }
  const drug = drugFromNames(medicationNames(request));
  if (!drug) {
    report?.push({
      resource: name,
      outcome: "ignored",
      detail: "Not one of the nine drugs JAK Monitor plans (matched by generic or brand name).",
    });
    return;
  }
  if (out.drug) {
    report?.push({
      resource: name,
      outcome: "ignored",
      detail: `A second JAK inhibitor order; the first (${drugRules[out.drug].name}) is used.`,
    });
    return;
  }
  out.drug = drug;
  const rules = drugRules[drug];
  const parts = [`${rules.name} (${rules.brand})`];
  const start = calendarDateOf(request.dispenseRequest?.validityPeriod?.start) ?? calendarDateOf(request.authoredOn);
  if (start) {
    out.startDate = start;
    parts.push(`start ${start}`);
  } else if (options.defaultStartDate) {
    out.startDate = options.defaultStartDate;
    out.notes.push(`The order gives no start date; ${options.defaultStartDate} (today) is used.`);
  }
  if (rules.route === "oral") {
    const dose = dailyDoseMg(request);
    if (dose !== undefined) {
      out.doseMg = dose;
      parts.push(`${dose} mg a day`);
    } else {
      out.notes.push("The daily dose could not be read (mg per day, or mg × times per day).");
    }
  }
  const indication = indicationFrom(request);
  if (indication) {
    out.indication = indication;
    parts.push(indication.replace(/-/g, " "));
  } else if (rules.indications.length === 1 && rules.indications[0]) {
    out.indication = rules.indications[0].indication;
    out.notes.push(
      `No indication in the order: ${rules.name} has one (${out.indication.replace(/-/g, " ")}), which is used.`,
    );
  } else {
    out.notes.push("The indication could not be read from the order's reasonCode.");
  }
  report?.push({ resource: name, outcome: "read", detail: parts.join(", ") });
}

/** One medication order read on its own (CDS Hooks: each draft order). */
export function readOrder(order: FhirMedicationRequest, options: ReadOptions, report: Report = null): OrderFacts {
  const out: OrderFacts = { notes: [] };
  readMedicationRequest(order, report ? resourceLabel(order, 0) : "", out, options, report);
  return out;
}
