import { drugRules } from "@/rules";
import { indicationIds, type IndicationId } from "@/rules/types";
import { drugFromNames } from "@/lib/interop/loinc";
import type { OrderFacts, ReadOptions } from "./facts";
import type { FhirMedicationRequest, FhirQuantity, FhirTiming } from "./fhir-schemas";
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

/** HL7's timing abbreviations (v3 GTSAbbreviation) that say a number of times a day. */
const timesADayOfCode: Readonly<Record<string, number>> = { QD: 1, AM: 1, PM: 1, BID: 2, TID: 3, QID: 4 };
const timingAbbreviations = "http://terminology.hl7.org/CodeSystem/v3-GTSAbbreviation";

/**
 * How many times a day a dosage's timing says, or undefined when it does not say it plainly.
 * A frequency must be a whole number, not a range or text; with none, once a day is read only
 * when nothing else suggests more (two times of day, two events, a code such as BID): reading
 * once there would halve a twice-daily dose. A code and a repeat that disagree are not read.
 */
function timesADay(timing: FhirTiming | undefined): number | undefined {
  // Only HL7's abbreviations are read (a coding without a system is taken for one); another
  // system's code (SNOMED CT, an EHR's own) is left to the structured repeat beside it.
  const codes = (timing?.code?.coding ?? []).flatMap((coding) =>
    coding.code && (coding.system === undefined || coding.system === timingAbbreviations)
      ? [coding.code.toUpperCase()]
      : [],
  );
  const fromCode = codes.map((code) => timesADayOfCode[code]);
  if (fromCode.some((times) => times === undefined) || new Set(fromCode).size > 1) return undefined;
  const coded = fromCode[0];
  const repeat = timing?.repeat;
  const events = Math.max(repeat?.when?.length ?? 0, repeat?.timeOfDay?.length ?? 0);
  // A repeat holding only its bounds (how long) leaves how often to the code.
  const { frequency, frequencyMax, period, periodUnit } = repeat ?? {};
  if ([frequency, frequencyMax, period, periodUnit].every((element) => element === undefined) && events === 0) {
    return coded;
  }
  if (periodUnit !== "d" || period !== 1) return undefined;
  if (frequencyMax !== undefined && frequencyMax !== frequency) return undefined;
  if (frequency !== undefined && !(Number.isInteger(frequency) && frequency > 0)) return undefined;
  const times = frequency ?? coded ?? (events > 1 ? undefined : 1);
  if (times === undefined || (coded !== undefined && coded !== times) || (events > 1 && events !== times)) {
    return undefined;
  }
  return times;
}

/**
 * The total daily dose in mg: `maxDosePerPeriod` of n mg per 1 day, or a dose of n mg
 * taken a number of times a day (`timesADay`). Anything else (per week, tablets, ranges) is not read.
 */
export function dailyDoseMg(request: Pick<FhirMedicationRequest, "dosageInstruction">): number | undefined {
  for (const dosage of request.dosageInstruction ?? []) {
    const max = dosage.maxDosePerPeriod;
    if (isUnit(max?.numerator, "mg") && isUnit(max?.denominator, "d") && max?.denominator?.value === 1) {
      const value = max.numerator?.value;
      if (value !== undefined) return value;
    }
    const doseQuantity = (dosage.doseAndRate ?? []).map((rate) => rate.doseQuantity).find((dose) => isUnit(dose, "mg"));
    const dose = doseQuantity?.value;
    const times = timesADay(dosage.timing);
    if (dose !== undefined && times !== undefined) return Math.round(dose * times * 1000) / 1000;
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
