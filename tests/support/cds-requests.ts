/**
 * CDS Hooks requests in the shape an EHR sends them, from a typical order-sign (one JAK
 * inhibitor order, a few baseline labs) to the largest the service accepts: many draft orders
 * and a long lab history. Deterministic, so the tests and `npm run bench` send the same bytes.
 */
import { addDays, toCalendarDate } from "@/lib/dates/calendar-date";
import { labLoinc, loincSystem, ucumSystem } from "@/lib/interop/loinc";
import { labTestIds, type LabTestId } from "@/rules/types";

type Json = Record<string, unknown>;

export interface DraftOrder {
  /** The medication as the EHR names it, e.g. "abrocitinib 100 MG Oral Tablet". */
  medication: string;
  /** The daily dose in mg (once a day). */
  doseMg: number;
  start: string;
  reason?: string;
}

/** A plausible result per lab, in a UCUM unit the service reads. */
const results: Readonly<Record<LabTestId, { value: number; code: string }>> = {
  anc: { value: 3.4, code: "10*3/uL" },
  alc: { value: 1.7, code: "10*3/uL" },
  platelets: { value: 240, code: "10*3/uL" },
  wbc: { value: 6.1, code: "10*3/uL" },
  hemoglobin: { value: 13.6, code: "g/dL" },
  ldl: { value: 104, code: "mg/dL" },
  hdl: { value: 55, code: "mg/dL" },
  "total-cholesterol": { value: 180, code: "mg/dL" },
  triglycerides: { value: 120, code: "mg/dL" },
  alt: { value: 24, code: "U/L" },
  ast: { value: 22, code: "U/L" },
  creatinine: { value: 0.8, code: "mg/dL" },
  ck: { value: 110, code: "U/L" },
};

/** Vital signs and other results an EHR's Observation search returns beside the labs. */
const otherCodes = ["8867-4", "8480-6", "8462-4", "39156-5", "29463-7", "8302-2", "2345-7", "4548-4"];

export function medicationRequest(order: DraftOrder, index: number): Json {
  return {
    resourceType: "MedicationRequest",
    id: `draft-${index}`,
    status: "draft",
    intent: "order",
    medicationCodeableConcept: { text: order.medication },
    subject: { reference: "Patient/pat-1042" },
    authoredOn: order.start,
    reasonCode: [{ coding: [{ display: order.reason ?? "Atopic dermatitis" }] }],
    dosageInstruction: [
      {
        timing: { repeat: { frequency: 1, period: 1, periodUnit: "d" } },
        doseAndRate: [{ doseQuantity: { value: order.doseMg, unit: "mg", system: ucumSystem, code: "mg" } }],
      },
    ],
    dispenseRequest: { validityPeriod: { start: order.start } },
  };
}

/**
 * `count` Observations, newest first, one every `everyDays` days back from `latest`: the
 * contract's labs in turn, with every fourth one a vital sign or another test the service ignores.
 */
export function observationHistory(count: number, latest = "2026-12-15", everyDays = 3): Json[] {
  return Array.from({ length: count }, (_, index) => {
    const date = addDays(toCalendarDate(latest), -Math.floor(index / 4) * everyDays);
    if (index % 4 === 3) {
      const code = otherCodes[index % otherCodes.length] ?? "8867-4";
      return {
        resourceType: "Observation",
        id: `obs-${index}`,
        status: "final",
        code: { coding: [{ system: loincSystem, code }] },
        effectiveDateTime: date,
        valueQuantity: { value: 72, system: ucumSystem, code: "/min" },
      };
    }
    const test = labTestIds[index % labTestIds.length] ?? "platelets";
    const { value, code } = results[test];
    return {
      resourceType: "Observation",
      id: `obs-${index}`,
      status: "final",
      code: { coding: [{ system: loincSystem, code: labLoinc[test][0]?.code ?? "777-3" }] },
      effectiveDateTime: `${date}T09:00:00-05:00`,
      valueQuantity: { value, system: ucumSystem, code },
    };
  });
}

const bundle = (resources: Json[], type: string) => ({
  resourceType: "Bundle",
  type,
  entry: resources.map((resource) => ({ resource })),
});

/** An order-sign request for these draft orders with this prefetched history. */
export function hookRequest(
  orders: readonly Json[],
  observations: readonly Json[],
  options: { observationsPrefetch?: unknown; patient?: Json } = {},
): Json {
  return {
    hook: "order-sign",
    hookInstance: "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
    context: { userId: "Practitioner/derm-7", patientId: "pat-1042", draftOrders: bundle([...orders], "collection") },
    prefetch: {
      patient: options.patient ?? {
        resourceType: "Patient",
        id: "pat-1042",
        gender: "female",
        birthDate: "1992-05-20",
      },
      observations:
        "observationsPrefetch" in options ? options.observationsPrefetch : bundle([...observations], "searchset"),
      immunizations: bundle([], "searchset"),
    },
  };
}

/** A typical call: one abrocitinib order and a year of results (48 Observations, about 11 kB). */
export function typicalHookRequest(): Json {
  return hookRequest(
    [
      medicationRequest(
        { medication: "abrocitinib 100 MG Oral Tablet [Cibinqo]", doseMg: 100, start: "2027-01-04" },
        0,
      ),
    ],
    observationHistory(48, "2026-12-15", 30),
  );
}

/** An Observation as an EHR's search returns it, with its category, subject and encounter. */
function fullObservation(observation: Json, index: number): Json {
  return {
    ...observation,
    category: [
      { coding: [{ system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "laboratory" }] },
    ],
    subject: { reference: "Patient/pat-1042" },
    encounter: { reference: `Encounter/enc-${index >> 4}` },
  };
}

/**
 * The largest call the service reads: 100 draft orders, all JAK inhibitor orders with different
 * doses and start dates, and 2,000 Observations, within the 1 MB body limit.
 */
export function largestHookRequest(): Json {
  const orders = Array.from({ length: 100 }, (_, index) =>
    medicationRequest(
      {
        medication: "abrocitinib 100 MG Oral Tablet [Cibinqo]",
        doseMg: index % 2 ? 100 : 200,
        start: addDays(toCalendarDate("2027-01-04"), index),
      },
      index,
    ),
  );
  return hookRequest(orders, observationHistory(2000).map(fullObservation));
}

/** Non-JAK orders an order set carries beside a JAK inhibitor. */
export function otherOrder(index: number): Json {
  return {
    ...medicationRequest({ medication: `emollient cream ${index} G Topical`, doseMg: 1, start: "2027-01-04" }, index),
    dosageInstruction: [],
  };
}
