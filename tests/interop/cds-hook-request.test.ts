import { describe, expect, it } from "vitest";
import { toCalendarDate } from "@/lib/dates/calendar-date";
import { answerHook, type HookAnswer } from "@/lib/interop/cds-hooks";
import { hookRequest, medicationRequest, observationHistory } from "../support/cds-requests";

// The hook request's schema: each fault is answered with its field's path, the first one found
// in the order the fields are read, and the status that says whether to resend (400) or to
// prefetch what the service needs (412).

const today = toCalendarDate("2026-12-20");
type Json = Record<string, unknown>;
const order = medicationRequest(
  { medication: "abrocitinib 100 MG Oral Tablet [Cibinqo]", doseMg: 100, start: "2027-01-04" },
  0,
);

/** A valid request for one abrocitinib order, changed by `change`. */
function requestWith(change: (request: Json & { context: Json; prefetch: Json }) => void): Json {
  const request = structuredClone(hookRequest([order], observationHistory(16))) as Json & {
    context: Json;
    prefetch: Json;
  };
  change(request);
  return request;
}

const refusal = (answer: HookAnswer) => (answer.status === 200 ? undefined : { status: answer.status, ...answer.body });

describe("CDS Hooks request schema", () => {
  it.each<[string, (request: Json & { context: Json; prefetch: Json }) => void, string, string]>([
    [
      "an empty hookInstance",
      (request) => (request.hookInstance = ""),
      "hookInstance",
      "hookInstance must be a string (a UUID).",
    ],
    [
      "a context that is a list",
      (request) => Object.assign(request, { context: [] }),
      "context",
      "context must be an object.",
    ],
    [
      "draft orders whose entry is not a list",
      (request) => (request.context.draftOrders = { resourceType: "Bundle", entry: { resource: order } }),
      "context.draftOrders",
      "context.draftOrders must be a FHIR Bundle of draft orders.",
    ],
    [
      "selections holding a number",
      (request) => (request.context.selections = ["MedicationRequest/draft-0", 7]),
      "context.selections",
      "context.selections must be a list of references such as MedicationRequest/123.",
    ],
    [
      "immunizations prefetched as a query string",
      (request) => (request.prefetch.immunizations = "Immunization?patient=pat-1042"),
      "prefetch.immunizations",
      "prefetch.immunizations must be a FHIR Bundle (a search result), a resource, or null.",
    ],
  ])("refuses %s with 400 and the field's path", (_, change, path, message) => {
    expect(refusal(answerHook(requestWith(change), today))).toEqual({ status: 400, errors: [{ path, message }] });
  });

  it("answers with the first fault in reading order: the hook before the instance and the context", () => {
    const answer = answerHook({ hook: "patient-view", hookInstance: 5, context: null }, today);
    expect(refusal(answer)).toEqual({
      status: 400,
      errors: [{ path: "hook", message: "hook must be one of: order-select, order-sign." }],
    });
  });

  it("asks for the patient (412) when the prefetched Patient is not a resource", () => {
    const answer = answerHook(
      requestWith((request) => (request.prefetch.patient = "Patient/pat-1042")),
      today,
    );
    expect(refusal(answer)).toEqual({
      status: 412,
      errors: [
        {
          path: "prefetch",
          message: "prefetch.patient and prefetch.observations are required: this service fetches nothing itself.",
        },
      ],
    });
  });

  it("reads no prefetch for orders that are not JAK inhibitors, however malformed it is", () => {
    const other = medicationRequest(
      { medication: "methotrexate 2.5 MG Oral Tablet", doseMg: 15, start: "2027-01-04" },
      1,
    );
    const request = { ...hookRequest([other], []), prefetch: "not a prefetch" };
    expect(answerHook(request, today)).toEqual({ status: 200, body: { cards: [] } });
  });

  it("accepts the fields it does not read (fhirServer, fhirAuthorization, userId) and never echoes them", () => {
    const answer = answerHook(
      requestWith((request) => {
        request.fhirServer = "https://ehr.example/fhir";
        request.fhirAuthorization = { access_token: "secret-token-123", token_type: "Bearer", scope: "patient/*.read" };
        request.context.encounterId = 99;
      }),
      today,
    );
    expect(answer.status).toBe(200);
    expect(JSON.stringify(answer.body)).not.toContain("secret-token-123");
  });

  it("names the patient by the prefetched Patient's id when context.patientId is not text", () => {
    const request = requestWith((request) => {
      request.context.patientId = 1042;
      request.prefetch.observations = { resourceType: "Bundle", type: "searchset", entry: [] };
    });
    const answer = answerHook(request, today);
    if (answer.status !== 200) throw new Error(JSON.stringify(answer.body));
    const orders = answer.body.cards.flatMap(
      (card) => card.suggestions?.flatMap((suggestion) => suggestion.actions) ?? [],
    );
    expect(orders.length).toBeGreaterThan(0);
    expect(orders.every((action) => action.resource.subject?.reference === "Patient/pat-1042")).toBe(true);
  });
});
