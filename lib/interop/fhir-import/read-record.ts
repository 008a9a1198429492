import type { JsonObject } from "@/lib/contract/json";
import { extractionFor } from "./baseline-selection";
import { isWorseResult } from "@/lib/plan";
import { isAcceptedUnit } from "@/lib/units/convert";
import type { Extraction, LabCandidate, OrderFacts, PatientFacts, PatientReading, ReadOptions } from "./facts";
import { readFhirResource, type FhirResource } from "./fhir-schemas";
import { readImmunization } from "./read-immunizations";
import { readMedicationRequest } from "./read-medication-request";
import { readObservation } from "./read-observations";
import { readPatient } from "./read-patient";
import { resourceLabel, type Report, type ReportEntry } from "./report";

/** The resources' own names: the last word between two results alike, never the bundle's order. */
const byName = (a: LabCandidate, b: LabCandidate) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Newest first; of one day's results, the worse first (`isWorseResult`, as the engine reads two
 * results of one day), so the one kept never depends on the bundle's order.
 */
const newestFirst = (a: LabCandidate, b: LabCandidate) => {
  if (a.lab.date !== b.lab.date) return a.lab.date < b.lab.date ? 1 : -1;
  // A unit the analyte does not take cannot be compared: such a result goes last (the schema refuses
  // it later, in the report), so it never comes between two it could be compared with.
  const [acceptedA, acceptedB] = [isAcceptedUnit(a.lab.test, a.lab.unit), isAcceptedUnit(b.lab.test, b.lab.unit)];
  if (acceptedA !== acceptedB) return acceptedA ? -1 : 1;
  if (acceptedA && isWorseResult(a.lab, b.lab)) return -1;
  if (acceptedA && isWorseResult(b.lab, a.lab)) return 1;
  return byName(a, b);
};

/** A resource of the record, read by its type's schema (undefined: a type not read), and its place. */
interface RecordResource {
  resource: JsonObject;
  fhir: FhirResource | undefined;
}

const withSchema = (resource: JsonObject): RecordResource => ({ resource, fhir: readFhirResource(resource) });

function readFacts(
  resources: readonly RecordResource[],
  options: ReadOptions,
  report: Report,
  firstIndex: number,
): PatientFacts {
  const out: PatientReading = { labs: new Map(), zoster: [], notes: [] };
  resources.forEach(({ resource, fhir }, index) => {
    const name = report ? resourceLabel(resource, firstIndex + index) : "";
    switch (fhir?.resourceType) {
      case "Patient":
        readPatient(fhir, name, out, options, report);
        break;
      case "Observation":
        readObservation(fhir, name, out, report);
        break;
      case "Immunization":
        readImmunization(fhir, name, out, report);
        break;
      default:
        report?.push({ resource: name, outcome: "ignored", detail: "This resource type is not read." });
    }
  });
  for (const candidates of out.labs.values()) candidates.sort(newestFirst);
  out.zoster.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (out.zoster.length > 10) out.zoster = out.zoster.slice(-10);
  return out;
}

/**
 * Reads the patient's record but its orders (CDS Hooks: the prefetch, once per call).
 * `firstIndex` numbers unnamed resources after the ones read before them.
 */
export function readPatientFacts(
  resources: readonly JsonObject[],
  options: ReadOptions,
  report: Report = null,
  firstIndex = 0,
): PatientFacts {
  return readFacts(resources.map(withSchema), options, report, firstIndex);
}

/** Reads resources of any source (a bundle, CDS Hooks context and prefetch) into an extraction. */
export function readResources(
  resources: readonly JsonObject[],
  options: ReadOptions,
  report: ReportEntry[] = [],
): Extraction {
  const read = resources.map(withSchema);
  // The order first: the start date decides which results are baseline. Then the patient.
  const order: OrderFacts = { notes: [] };
  let orders = 0;
  for (const { resource, fhir } of read) {
    if (fhir?.resourceType !== "MedicationRequest") continue;
    readMedicationRequest(fhir, resourceLabel(resource, orders), order, options, report);
    orders += 1;
  }
  const patients = read.filter(({ fhir }) => fhir?.resourceType === "Patient");
  const rest = read.filter(
    ({ fhir }) => fhir?.resourceType !== "MedicationRequest" && fhir?.resourceType !== "Patient",
  );
  const facts = readFacts([...patients, ...rest], options, report, orders);
  return extractionFor(order, facts, options, report);
}
