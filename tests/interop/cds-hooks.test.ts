import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { answerHook, discovery, summaryOf, type CdsCard, type HookAnswer } from "@/lib/interop/cds-hooks";

// Recorded hook requests, as an EHR sends them (fixtures/README.md says what each one shows).
const fixture = (name: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), "utf8")) as Record<string, unknown>;
const today = "2026-12-20";

function cardsOf(answer: HookAnswer): CdsCard[] {
  if (answer.status !== 200) throw new Error(JSON.stringify(answer.body));
  return answer.body.cards;
}

/** CDS Hooks 2.0 card shape. */
function expectValidCard(card: CdsCard) {
  expect(card.summary.length).toBeGreaterThan(0);
  expect(card.summary.length).toBeLessThanOrEqual(140);
  expect(["info", "warning", "critical"]).toContain(card.indicator);
  expect(card.source.label).toMatch(/JAK Monitor/);
  if (card.source.url) expect(card.source.url).toMatch(/^https:\/\//);
  if (card.suggestions) expect(card.selectionBehavior).toBeDefined();
}

describe("CDS Hooks service", () => {
  it("discovers one service for order-select (and answers order-sign) with prefetch templates", () => {
    const { services } = discovery({ unsignedCallsAllowed: false });
    expect(services).toHaveLength(1);
    const [service] = services;
    expect(service).toMatchObject({ id: "jak-monitoring", hook: "order-select" });
    expect(service?.prefetch.patient).toBe("Patient/{{context.patientId}}");
    expect(service?.prefetch.observations).toContain("http://loinc.org|777-3");
  });

  it("says do not start (critical) when the prefetched platelets are below the limit", () => {
    const cards = cardsOf(answerHook(fixture("cds-do-not-start-platelets"), today));
    cards.forEach(expectValidCard);
    const critical = cards.filter((card) => card.indicator === "critical");
    expect(critical).toHaveLength(1);
    expect(critical[0]?.summary).toBe("Do not start abrocitinib: Platelets 120 ×10⁹/L (2026-12-15) is below 150 ×10⁹/L");
    expect(critical[0]?.detail).toContain("abrocitinib.start.platelets");
    expect(critical[0]?.source.url).toMatch(/^https:\/\//);
    // The first follow-up date is counted from the order's start date (4 Jan 2027).
    const info = cards.find((card) => card.indicator === "info");
    expect(info?.summary).toMatch(/^First abrocitinib follow-up 2027-02-01/);
  });

  it("lists missing baseline tests (warning) with a suggestion that creates the ServiceRequests", () => {
    const cards = cardsOf(answerHook(fixture("cds-missing-baseline"), today));
    cards.forEach(expectValidCard);
    expect(cards.some((card) => card.indicator === "critical")).toBe(false);
    const warning = cards.find((card) => card.indicator === "warning");
    expect(warning?.summary).toMatch(/^Baseline tests missing before upadacitinib: .*CBC with differential/);
    const actions = warning?.suggestions?.[0]?.actions ?? [];
    expect(actions.length).toBeGreaterThan(3);
    for (const action of actions) {
      expect(action.type).toBe("create");
      expect(action.resource).toMatchObject({ resourceType: "ServiceRequest", status: "draft", intent: "proposal", subject: { reference: "Patient/pat-2210" } });
      expect(action.resource.occurrenceDateTime).toBe("2027-01-04");
    }
    const loinc = actions.flatMap((action) => action.resource.code?.coding?.map((coding) => coding.code) ?? []);
    expect(loinc).toEqual(expect.arrayContaining(["57021-8", "1742-6", "1920-8"]));
  });

  it("answers orders that are not one of the nine drugs with no cards (oral ruxolitinib included)", () => {
    expect(answerHook(fixture("cds-non-jak"), today)).toEqual({ status: 200, body: { cards: [] } });
  });

  it("refuses malformed requests with 400 and a reason", () => {
    expect(answerHook(fixture("cds-malformed"), today)).toEqual({ status: 400, body: { errors: [{ path: "hookInstance", message: expect.any(String) }] } });
    const notABundle = { ...fixture("cds-malformed"), hookInstance: "x" };
    expect(answerHook(notABundle, today)).toMatchObject({ status: 400, body: { errors: [{ path: "context.draftOrders" }] } });
    expect(answerHook({ ...fixture("cds-do-not-start-platelets"), hook: "patient-view" }, today)).toMatchObject({ status: 400, body: { errors: [{ path: "hook" }] } });
    expect(answerHook([], today)).toMatchObject({ status: 400, body: { errors: [{ path: "" }] } });
  });

  it("asks for the prefetch (412) rather than guessing when a JAK order comes without it", () => {
    const request = fixture("cds-do-not-start-platelets");
    delete request.prefetch;
    expect(answerHook(request, today)).toMatchObject({ status: 412, body: { errors: [{ path: "prefetch" }] } });
  });

  it("uses today's date when the order gives no start date, and says so when it cannot plan", () => {
    const request = fixture("cds-do-not-start-platelets") as { context: { draftOrders: { entry: { resource: Record<string, unknown> }[] } } };
    const order = request.context.draftOrders.entry[0]!.resource;
    delete order.dispenseRequest;
    delete order.authoredOn;
    const cards = cardsOf(answerHook(request, "2027-01-04"));
    expect(cards.find((card) => card.indicator === "info")?.summary).toMatch(/2027-02-01/);
    delete order.dosageInstruction;
    const cannot = cardsOf(answerHook(request, "2027-01-04"));
    expect(cannot).toHaveLength(1);
    expect(cannot[0]).toMatchObject({ indicator: "info", summary: "JAK Monitor could not check this abrocitinib order" });
    expect(cannot[0]?.detail).toMatch(/daily dose/);
  });

  it("keeps summaries within 140 characters", () => {
    expect(summaryOf("x".repeat(300))).toHaveLength(140);
  });
});
