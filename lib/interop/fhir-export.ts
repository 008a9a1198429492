import type {
  Bundle,
  BundleEntry,
  CarePlan,
  FhirResource,
  Immunization,
  ImmunizationRecommendation,
  ImmunizationRecommendationRecommendation,
  MedicationRequest,
  Observation,
  Patient,
  Reference,
  ServiceRequest,
} from "fhir/r4";
import { drugRules } from "@/rules";
import { scheduleItemNames } from "@/lib/words/schedule-items";
import { sourceCitation } from "./source-citation";
import type { Plan, ScheduleItem } from "@/lib/contract/plan";
import type { CalendarDate } from "@/lib/dates/calendar-date";
import type { PlanRequest } from "@/lib/contract/plan-request";
import { sentenceCase } from "@/lib/units/format";
import {
  ageLoinc,
  contractUnitToUcum,
  cvxSystem,
  dateVaccineDueLoinc,
  labLoinc,
  loincSystem,
  orderLoinc,
  ucumSystem,
  zosterCvx,
} from "./loinc";

/**
 * FHIR R4 out: the plan as a transaction Bundle an EHR can load. A CarePlan whose
 * activities reference one ServiceRequest per test still due (LOINC-coded where one code
 * fits, dated with the visit's calendar date), an ImmunizationRecommendation for the
 * recombinant zoster doses, and the facts the plan was built from (Patient with gender
 * only, MedicationRequest, Observations, Immunizations) so the bundle reads back in.
 * No name or identifier of the patient is written.
 */

export interface FhirExportOptions {
  /** The date the bundle is made (the caller's clock), for CarePlan.created and the recommendation. */
  createdOn: CalendarDate;
}

/** FNV-1a, to give each plan's UUIDs their own prefix; not for security. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

const hasCode = (codes: readonly { code: string; display: string }[]) =>
  codes.map((entry) => ({ system: loincSystem, code: entry.code, display: entry.display }));

export function planToFhirBundle(plan: Plan, request: PlanRequest, options: FhirExportOptions): Bundle {
  const prefix = fingerprint(JSON.stringify([plan, request]));
  let counter = 0;
  const entries: BundleEntry[] = [];
  const add = <T extends FhirResource>(resource: T): Reference => {
    counter += 1;
    const fullUrl = `urn:uuid:${prefix}-0000-4000-8000-${counter.toString(16).padStart(12, "0")}`;
    entries.push({ fullUrl, resource, request: { method: "POST", url: resource.resourceType } });
    return { reference: fullUrl };
  };

  const rules = drugRules[request.drug];
  const patient: Patient = { resourceType: "Patient", gender: request.patient.sex };
  const subject = add(patient);

  const dose = rules.doses.find(
    (step) => step.doseMg === request.doseMg && step.indications.includes(request.indication),
  );
  const medication: MedicationRequest = {
    resourceType: "MedicationRequest",
    status: "active",
    intent: "plan",
    medicationCodeableConcept: { text: `${rules.name} (${rules.brand})` },
    subject,
    authoredOn: options.createdOn,
    reasonCode: [{ text: request.indication.replace(/-/g, " ") }],
    dispenseRequest: { validityPeriod: { start: request.startDate } },
    ...(request.doseMg === undefined
      ? {}
      : {
          dosageInstruction: [
            {
              text: dose?.regimen ?? `${request.doseMg} mg per day`,
              // The contract's dose is the total per day, which is the most given in one day.
              maxDosePerPeriod: {
                numerator: { value: request.doseMg, unit: "mg", system: ucumSystem, code: "mg" },
                denominator: { value: 1, unit: "d", system: ucumSystem, code: "d" },
              },
            },
          ],
        }),
  };
  const medicationRef = add(medication);

  const age: Observation = {
    resourceType: "Observation",
    status: "final",
    code: { coding: [{ system: loincSystem, code: ageLoinc.code, display: ageLoinc.display }] },
    subject,
    effectiveDateTime: request.asOf ?? options.createdOn,
    valueQuantity: { value: request.patient.ageYears, unit: "a", system: ucumSystem, code: "a" },
  };
  add(age);
  for (const lab of request.labs ?? []) {
    const ucum = contractUnitToUcum[lab.unit] ?? lab.unit;
    const observation: Observation = {
      resourceType: "Observation",
      status: "final",
      category: [
        { coding: [{ system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "laboratory" }] },
      ],
      code: { coding: hasCode(labLoinc[lab.test].slice(0, 1)) },
      subject,
      effectiveDateTime: lab.date,
      valueQuantity: { value: lab.value, unit: ucum, system: ucumSystem, code: ucum },
      ...(lab.uln === undefined
        ? {}
        : { referenceRange: [{ high: { value: lab.uln, unit: "U/L", system: ucumSystem, code: "U/L" } }] }),
    };
    add(observation);
  }
  for (const dose of request.zosterVaccine ?? []) {
    const immunization: Immunization = {
      resourceType: "Immunization",
      status: "completed",
      vaccineCode: { coding: [{ system: cvxSystem, ...zosterCvx[dose.vaccine] }] },
      patient: subject,
      occurrenceDateTime: dose.date,
    };
    add(immunization);
  }

  const orders: Reference[] = [];
  const recommendations: ImmunizationRecommendationRecommendation[] = [];
  const note = (item: ScheduleItem) =>
    `${item.why} Rule ${item.ruleId} (${item.evidence}); ${item.sources.map(sourceCitation).join("; ")}.`;
  for (const visit of plan.visits) {
    for (const item of visit.items) {
      if (item.status !== "due") continue;
      if (item.kind === "vaccine") {
        recommendations.push({
          vaccineCode: [{ coding: [{ system: cvxSystem, ...zosterCvx.rzv }] }],
          forecastStatus: {
            coding: [
              { system: "http://terminology.hl7.org/CodeSystem/immunization-recommendation-status", code: "due" },
            ],
          },
          dateCriterion: [{ code: { coding: [{ system: loincSystem, ...dateVaccineDueLoinc }] }, value: visit.date }],
          description: note(item),
          series: "Recombinant zoster vaccine",
          doseNumberPositiveInt: item.test === "rzv-dose-2" ? 2 : 1,
          seriesDosesPositiveInt: 2,
        });
        continue;
      }
      const codes = orderLoinc[item.test];
      const tests = codes.length
        ? codes.map((code) => ({ coding: hasCode([code]), text: code.display }))
        : [{ text: sentenceCase(scheduleItemNames[item.test]) }];
      for (const code of tests) {
        const order: ServiceRequest = {
          resourceType: "ServiceRequest",
          status: "active",
          intent: "plan",
          code,
          subject,
          ...(item.dueBy
            ? { occurrencePeriod: { start: visit.date, end: item.dueBy } }
            : { occurrenceDateTime: visit.date }),
          reasonCode: [{ text: `${visit.label}: ${sentenceCase(scheduleItemNames[item.test])}` }],
          note: [{ text: note(item) }],
        };
        orders.push(add(order));
      }
    }
  }
  const supportingInfo: Reference[] = [medicationRef];
  if (recommendations.length) {
    const recommendation: ImmunizationRecommendation = {
      resourceType: "ImmunizationRecommendation",
      patient: subject,
      date: options.createdOn,
      recommendation: recommendations,
    };
    supportingInfo.push(add(recommendation));
  }
  const carePlan: CarePlan = {
    resourceType: "CarePlan",
    status: "active",
    intent: "plan",
    title: `${rules.name} monitoring`,
    description: `Monitoring schedule for ${rules.name} (${rules.brand}) from ${plan.startDate}, rules version ${plan.rulesVersion}, ${plan.labelRegion === "US" ? "US label" : "EU SmPC"} thresholds. Decision support only: check the current label.`,
    subject,
    period: { start: plan.startDate, end: plan.horizonEndDate },
    created: options.createdOn,
    supportingInfo,
    activity: orders.map((reference) => ({ reference })),
    note: plan.findings.map((finding) => ({ text: `${finding.action}: ${finding.message} (rule ${finding.ruleId})` })),
  };
  // The CarePlan goes first: the entry an EHR or a reader looks for.
  add(carePlan);
  const carePlanEntry = entries.pop();
  if (carePlanEntry) entries.unshift(carePlanEntry);
  return { resourceType: "Bundle", type: "transaction", entry: entries };
}
