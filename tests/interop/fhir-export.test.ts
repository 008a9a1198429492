import type { Bundle, CarePlan, FhirResource, ImmunizationRecommendation, ServiceRequest } from "fhir/r4";
import { describe, expect, it } from "vitest";
import { toCalendarDate } from "@/lib/dates/calendar-date";
import { planToFhirBundle } from "@/lib/interop/fhir-export";
import { importFhirBundle } from "@/lib/interop/fhir-import";
import { respondWithFhirBundle } from "@/lib/doors/fhir-door";
import { planRequestSchema, type PlanRequest } from "@/lib/contract/plan-request";
import { cleanRequest, minimalRequest, plan } from "../support/requests";

const createdOn = toCalendarDate("2026-11-23");
const calendarDate = /^\d{4}-\d{2}-\d{2}$/;

function exportOf(input: ReturnType<typeof minimalRequest>): { bundle: Bundle; request: PlanRequest } {
  const request = planRequestSchema.parse(input);
  return { bundle: planToFhirBundle(plan(input), request, { createdOn }), request };
}

const resources = (bundle: Bundle): FhirResource[] =>
  (bundle.entry ?? []).flatMap((entry) => (entry.resource ? [entry.resource as FhirResource] : []));
const ofType = <T extends FhirResource>(bundle: Bundle, type: T["resourceType"]) =>
  resources(bundle).filter((resource): resource is T => resource.resourceType === type);

/** Every `reference` anywhere in the bundle. */
function referencesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === "reference" && typeof inner === "string" ? [inner] : referencesIn(inner),
  );
}

describe("FHIR R4 export", () => {
  const { bundle } = exportOf(
    minimalRequest("abrocitinib", { labs: [{ test: "platelets", value: 240, unit: "10^9/L", date: "2026-12-15" }] }),
  );

  it("is a transaction Bundle whose entries are resources with unique urn:uuid fullUrls", () => {
    expect(bundle.resourceType).toBe("Bundle");
    expect(bundle.type).toBe("transaction");
    const urls = (bundle.entry ?? []).map((entry) => entry.fullUrl);
    expect(new Set(urls).size).toBe(urls.length);
    for (const entry of bundle.entry ?? []) {
      expect(entry.fullUrl).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(entry.resource?.resourceType).toBeTruthy();
      expect(entry.request).toEqual({ method: "POST", url: entry.resource?.resourceType });
    }
  });

  it("resolves every reference within the bundle", () => {
    const urls = new Set((bundle.entry ?? []).map((entry) => entry.fullUrl));
    const references = referencesIn(bundle.entry?.map((entry) => entry.resource));
    expect(references.length).toBeGreaterThan(5);
    for (const reference of references) expect(urls, reference).toContain(reference);
  });

  it("has a CarePlan first whose activities are the dated, LOINC-coded ServiceRequests", () => {
    const carePlan = bundle.entry?.[0]?.resource as CarePlan;
    expect(carePlan.resourceType).toBe("CarePlan");
    expect(carePlan.status).toBe("active");
    expect(carePlan.intent).toBe("plan");
    const requests = ofType<ServiceRequest>(bundle, "ServiceRequest");
    expect(carePlan.activity).toHaveLength(requests.length);
    const byUrl = new Map((bundle.entry ?? []).map((entry) => [entry.fullUrl, entry.resource]));
    for (const activity of carePlan.activity ?? []) {
      expect(byUrl.get(activity.reference?.reference)?.resourceType).toBe("ServiceRequest");
    }
    for (const request of requests) {
      const date = request.occurrenceDateTime ?? request.occurrencePeriod?.start;
      expect(date).toMatch(calendarDate);
      expect(request.subject.reference).toBeTruthy();
      for (const coding of request.code?.coding ?? []) expect(coding.system).toBe("http://loinc.org");
    }
  });

  it("orders the week-4 CBC (LOINC 57021-8) and lipid panel (24331-1) on Mon 1 Feb 2027", () => {
    const week4 = ofType<ServiceRequest>(bundle, "ServiceRequest").filter(
      (request) => (request.occurrenceDateTime ?? request.occurrencePeriod?.start) === "2027-02-01",
    );
    const codes = week4.flatMap((request) => request.code?.coding?.map((coding) => coding.code) ?? []);
    expect(codes).toContain("57021-8");
    expect(codes).toContain("24331-1");
  });

  it("schedules one ServiceRequest per due test of the plan (liver = ALT and AST)", () => {
    const abrocitinib = plan(minimalRequest("abrocitinib"));
    const due = abrocitinib.visits.flatMap((visit) =>
      visit.items.filter((item) => item.status === "due" && item.kind !== "vaccine"),
    );
    const expected = due.reduce((sum, item) => sum + (item.test === "liver" ? 2 : 1), 0);
    const { bundle: minimal } = exportOf(minimalRequest("abrocitinib"));
    expect(ofType<ServiceRequest>(minimal, "ServiceRequest")).toHaveLength(expected);
  });

  it("says where a cited section was read when not in the label's own text", () => {
    const { bundle: deuruxolitinib } = exportOf(minimalRequest("deuruxolitinib"));
    const notes = ofType<ServiceRequest>(deuruxolitinib, "ServiceRequest").flatMap((order) =>
      (order.note ?? []).map((note) => note.text),
    );
    const tb = notes.find((text) => text.includes("2 Dosage and Administration, evaluations prior to initiation"));
    expect(tb).toContain(
      "evaluations prior to initiation (read in drug monographs that reproduce section 2, not the label's own text)",
    );
    // A section read in the label itself says nothing more.
    const { bundle: abrocitinib } = exportOf(minimalRequest("abrocitinib"));
    const abrocitinibNotes = ofType<ServiceRequest>(abrocitinib, "ServiceRequest").flatMap((order) => order.note ?? []);
    expect(abrocitinibNotes.some((note) => note.text.includes("read in"))).toBe(false);
  });

  it("recommends the recombinant zoster vaccine (CVX 187) with due dates", () => {
    const recommendation = ofType<ImmunizationRecommendation>(bundle, "ImmunizationRecommendation");
    expect(recommendation).toHaveLength(1);
    const doses = recommendation[0]!.recommendation;
    expect(doses.length).toBeGreaterThanOrEqual(1);
    for (const dose of doses) {
      expect(dose.vaccineCode?.[0]?.coding?.[0]).toMatchObject({ system: "http://hl7.org/fhir/sid/cvx", code: "187" });
      expect(dose.forecastStatus.coding?.[0]?.code).toBe("due");
      expect(dose.dateCriterion?.[0]?.value).toMatch(calendarDate);
      expect(dose.dateCriterion?.[0]?.code.coding?.[0]?.code).toBe("30980-7");
    }
  });

  it("writes no patient name or identifier", () => {
    const [patient] = ofType(bundle, "Patient");
    expect(patient).toEqual({ resourceType: "Patient", gender: "female" });
  });

  it("reads back into the same request (FHIR out and in again)", () => {
    const input = cleanRequest("tofacitinib");
    const { bundle: full, request } = exportOf(input);
    const back = importFhirBundle(JSON.stringify(full), { asOf: createdOn });
    if (!back.ok) throw new Error(back.errors.join("; "));
    expect(back.request.drug).toBe("tofacitinib");
    expect(back.request.indication).toBe(request.indication);
    expect(back.request.doseMg).toBe(request.doseMg);
    expect(back.request.startDate).toBe(request.startDate);
    expect(back.request.patient).toEqual({ ageYears: 34, sex: "female" });
    expect(back.request.labs).toEqual(request.labs);
    expect(back.request.zosterVaccine).toEqual(request.zosterVaccine);
  });

  it("answers POST /api/plan?format=fhir with a Bundle, and bad requests with the contract's 400", () => {
    const ok = respondWithFhirBundle(JSON.stringify(minimalRequest("baricitinib")), createdOn);
    expect(ok.status).toBe(200);
    expect((JSON.parse(ok.body) as Bundle).resourceType).toBe("Bundle");
    const bad = respondWithFhirBundle(JSON.stringify({ ...minimalRequest("baricitinib"), doseMg: 7 }), createdOn);
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ errors: [{ path: "doseMg" }] });
    expect(respondWithFhirBundle("{", createdOn)).toMatchObject({ status: 400 });
  });
});
