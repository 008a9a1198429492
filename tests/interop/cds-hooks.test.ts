import { readFileSync } from "node:fs";
import { marked } from "marked";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { toCalendarDate } from "@/lib/dates/calendar-date";
import {
  answerHook,
  discovery,
  maxDraftOrders,
  maxPlansPerCall,
  maxPrefetchEntries,
  parseHookText,
  summaryOf,
  type CdsCard,
  type HookAnswer,
} from "@/lib/interop/cds-hooks";
import { buildPlan } from "@/lib/plan";
import {
  hookRequest,
  largestHookRequest,
  medicationRequest,
  observationHistory,
  otherOrder,
  typicalHookRequest,
} from "../support/cds-requests";

// Recorded hook requests, as an EHR sends them (fixtures/README.md says what each one shows).
const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), "utf8")) as Record<string, unknown>;
const today = toCalendarDate("2026-12-20");

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
    expect(critical[0]?.summary).toBe(
      "Do not start abrocitinib: Platelets 120 ×10⁹/L [120,000 cells/µL] (2026-12-15) is below 150 ×10⁹/L [150,000 cells/µL]",
    );
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
      expect(action.resource).toMatchObject({
        resourceType: "ServiceRequest",
        status: "draft",
        intent: "proposal",
        subject: { reference: "Patient/pat-2210" },
      });
      expect(action.resource.occurrenceDateTime).toBe("2027-01-04");
    }
    const loinc = actions.flatMap((action) => action.resource.code?.coding?.map((coding) => coding.code) ?? []);
    expect(loinc).toEqual(expect.arrayContaining(["57021-8", "1742-6", "1920-8"]));
  });

  it("names the facts the rules need that the EHR did not give (eGFR, hepatic function, other medicines…) in a warning of their own, without orders", () => {
    const cards = cardsOf(answerHook(fixture("cds-missing-baseline"), today));
    const facts = cards.find((card) => card.summary.startsWith("Facts needed to check upadacitinib:"));
    expect(facts?.indicator).toBe("warning");
    expect(facts?.detail).toContain("eGFR is not given.");
    expect(facts?.detail).toContain("The patient's other medicines are not recorded");
    expect(facts?.suggestions).toBeUndefined();
    expect(
      cards
        .filter((card) => card.summary.startsWith("Baseline tests missing"))
        .every((card) => !card.detail?.includes("is not recorded")),
    ).toBe(true);
  });

  it("answers orders that are not one of the nine drugs with no cards (oral ruxolitinib included)", () => {
    expect(answerHook(fixture("cds-non-jak"), today)).toEqual({ status: 200, body: { cards: [] } });
  });

  it("refuses malformed requests with 400 and a reason", () => {
    expect(answerHook(fixture("cds-malformed"), today)).toEqual({
      status: 400,
      body: { errors: [{ path: "hookInstance", message: expect.any(String) }] },
    });
    const notABundle = { ...fixture("cds-malformed"), hookInstance: "x" };
    expect(answerHook(notABundle, today)).toMatchObject({
      status: 400,
      body: { errors: [{ path: "context.draftOrders" }] },
    });
    expect(answerHook({ ...fixture("cds-do-not-start-platelets"), hook: "patient-view" }, today)).toMatchObject({
      status: 400,
      body: { errors: [{ path: "hook" }] },
    });
    expect(answerHook([], today)).toMatchObject({ status: 400, body: { errors: [{ path: "" }] } });
  });

  it("asks for the prefetch (412) rather than guessing when a JAK order comes without it", () => {
    const request = fixture("cds-do-not-start-platelets");
    delete request.prefetch;
    expect(answerHook(request, today)).toMatchObject({ status: 412, body: { errors: [{ path: "prefetch" }] } });
  });

  it("uses today's date when the order gives no start date, and says so when it cannot plan", () => {
    const request = fixture("cds-do-not-start-platelets") as {
      context: { draftOrders: { entry: { resource: Record<string, unknown> }[] } };
    };
    const order = request.context.draftOrders.entry[0]!.resource;
    delete order.dispenseRequest;
    delete order.authoredOn;
    const cards = cardsOf(answerHook(request, toCalendarDate("2027-01-04")));
    expect(cards.find((card) => card.indicator === "info")?.summary).toMatch(/2027-02-01/);
    delete order.dosageInstruction;
    const cannot = cardsOf(answerHook(request, toCalendarDate("2027-01-04")));
    expect(cannot).toHaveLength(1);
    expect(cannot[0]).toMatchObject({
      indicator: "info",
      summary: "JAK Monitor could not check this abrocitinib order",
    });
    expect(cannot[0]?.detail).toMatch(/daily dose/);
  });

  it("keeps summaries within 140 characters", () => {
    expect(summaryOf("x".repeat(300))).toHaveLength(140);
  });
});

describe("CDS Hooks limits: one plan per distinct order, capped input, bounded answer", () => {
  const abrocitinib = (doseMg: number, start: string, index: number) =>
    medicationRequest({ medication: "abrocitinib 100 MG Oral Tablet [Cibinqo]", doseMg, start }, index);
  // The engine, counted: each distinct order must be planned once.
  const plans = vi.fn(buildPlan);
  const answerOf = (request: Record<string, unknown>) => answerHook(JSON.parse(JSON.stringify(request)), today, plans);
  beforeEach(() => {
    plans.mockClear();
  });

  it("plans an order repeated 100 times once, over a 1,500-result history, and answers as for one order", () => {
    const history = observationHistory(1500);
    const once = cardsOf(answerOf(hookRequest([abrocitinib(100, "2027-01-04", 0)], history)));
    plans.mockClear();
    const drafts = Array.from({ length: maxDraftOrders }, (_, index) =>
      index % 2 ? abrocitinib(100, "2027-01-04", index) : otherOrder(index),
    );
    const repeated = cardsOf(answerOf(hookRequest(drafts, history)));
    expect(plans).toHaveBeenCalledTimes(1);
    expect(repeated).toEqual(once);
  });

  it("plans each distinct drug, dose and start date once, and at most five per call, saying so", () => {
    const drafts = [
      abrocitinib(100, "2027-01-04", 0),
      abrocitinib(200, "2027-01-04", 1),
      abrocitinib(100, "2027-01-04", 2),
      abrocitinib(100, "2027-02-01", 3),
    ];
    answerOf(hookRequest(drafts, observationHistory(40)));
    expect(plans).toHaveBeenCalledTimes(3);
    plans.mockClear();
    const many = Array.from({ length: maxPlansPerCall + 3 }, (_, index) =>
      abrocitinib(100, `2027-01-${String(index + 4).padStart(2, "0")}`, index),
    );
    const cards = cardsOf(answerOf(hookRequest(many, observationHistory(40))));
    expect(plans).toHaveBeenCalledTimes(maxPlansPerCall);
    expect(cards.at(-1)).toMatchObject({
      indicator: "warning",
      summary: "3 more JAK inhibitor orders were not checked: sign them one at a time",
    });
  });

  it("refuses more draft orders or prefetched resources than it reads with 400 and the limit", () => {
    const drafts = Array.from({ length: maxDraftOrders + 1 }, (_, index) => abrocitinib(100, "2027-01-04", index));
    expect(answerOf(hookRequest(drafts, observationHistory(10)))).toEqual({
      status: 400,
      body: {
        errors: [
          {
            path: "context.draftOrders.entry",
            message: `At most ${maxDraftOrders} draft orders are checked in one call; this one has ${maxDraftOrders + 1}. Send the JAK inhibitor order on its own.`,
          },
        ],
      },
    });
    expect(
      answerOf(hookRequest([abrocitinib(100, "2027-01-04", 0)], observationHistory(maxPrefetchEntries + 1))),
    ).toEqual({
      status: 400,
      body: {
        errors: [
          {
            path: "prefetch",
            message: `At most ${maxPrefetchEntries} prefetched resources are read in one call; this one has ${maxPrefetchEntries + 1}.`,
          },
        ],
      },
    });
    expect(
      answerOf(hookRequest([abrocitinib(100, "2027-01-04", 0)], observationHistory(maxPrefetchEntries))).status,
    ).toBe(200);
  });

  it("refuses, before parsing, a body of more JSON values than a hook request holds", () => {
    const largest = JSON.stringify(
      hookRequest(
        Array.from({ length: 100 }, (_, index) => abrocitinib(100, "2027-01-04", index)),
        observationHistory(2000),
      ),
    );
    expect(parseHookText(largest)).toMatchObject({ ok: true });
    for (const bomb of [
      `[${"{},".repeat(300_000)}{}]`,
      `[${"1,".repeat(400_000)}1]`,
      `${"[".repeat(40_000)}${"]".repeat(40_000)}`,
    ]) {
      expect(parseHookText(bomb)).toEqual({
        ok: false,
        answer: {
          status: 400,
          body: { errors: [{ path: "", message: expect.stringMatching(/more JSON values than this service reads/) }] },
        },
      });
    }
    expect(parseHookText("{")).toEqual({
      ok: false,
      answer: { status: 400, body: { errors: [{ path: "", message: "The hook request is not valid JSON." }] } },
    });
  });

  it("keeps the answer to the largest request it accepts within 64 kB", () => {
    // 100 draft orders, each a different abrocitinib dose or start date, over 2,000 results: under 1 MB.
    expect([maxDraftOrders, maxPrefetchEntries]).toEqual([100, 2000]);
    const text = JSON.stringify(largestHookRequest());
    expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024);
    const parsed = parseHookText(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.answer));
    const answer = answerHook(parsed.value, today, plans);
    expect(answer.status).toBe(200);
    expect(plans).toHaveBeenCalledTimes(maxPlansPerCall);
    expect(JSON.stringify(answer.body).length).toBeLessThan(64 * 1024);
    expect(JSON.stringify(answerOf(typicalHookRequest()).body).length).toBeLessThan(8 * 1024);
  });
});

describe("CDS Hooks: where a cited section was read", () => {
  it("a card's sources say when a section was read outside the label's own text", () => {
    const order = medicationRequest(
      {
        medication: "deuruxolitinib 8 MG Oral Tablet [Leqselvi]",
        doseMg: 16,
        start: "2027-01-04",
        reason: "Alopecia areata",
      },
      0,
    );
    const details = cardsOf(answerHook(hookRequest([order], []), today)).map((card) => card.detail ?? "");
    expect(details.join("\n")).toMatch(
      /evaluations prior to initiation\]\(https:[^)]+\) \(read in drug monographs that reproduce section 2, not the label's own text\)/,
    );
  });
});

describe("CDS Hooks: a prefetch the EHR could not fill is not missing labs", () => {
  const order = medicationRequest(
    { medication: "abrocitinib 100 MG Oral Tablet [Cibinqo]", doseMg: 100, start: "2027-01-04" },
    0,
  );

  it("observations: null gives one warning that no start check was made, not 'Baseline tests missing' or orders", () => {
    const cards = cardsOf(answerHook(hookRequest([order], [], { observationsPrefetch: null }), today));
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({
      indicator: "warning",
      summary: "JAK Monitor could not read the labs before abrocitinib: no start check was made",
    });
    expect(cards[0]?.detail).toMatch(/This does not mean the tests are missing/);
    expect(cards[0]?.suggestions).toBeUndefined();
    expect(JSON.stringify(cards)).not.toMatch(/Baseline tests missing|ServiceRequest/);
  });

  it("an empty search result still lists the missing baseline tests, and a prefetch of the wrong type is refused", () => {
    const cards = cardsOf(answerHook(hookRequest([order], []), today));
    expect(cards.find((card) => card.indicator === "warning")?.summary).toMatch(
      /^Baseline tests missing before abrocitinib/,
    );
    expect(
      answerHook(hookRequest([order], [], { observationsPrefetch: "Observation?patient=1" }), today),
    ).toMatchObject({ status: 400, body: { errors: [{ path: "prefetch.observations" }] } });
  });
});

describe("CDS Hooks: text from the request never becomes Markdown in a card", () => {
  const order = medicationRequest(
    { medication: "abrocitinib 100 MG Oral Tablet [Cibinqo]", doseMg: 100, start: "2027-01-04" },
    0,
  );

  it.each(["[x](https://ev.il)", "<img src=x>", "**x**\n# Heading", "![i](https://ev.il/a.png)", "www.evil.example"])(
    "Patient.gender %j shows as text",
    (gender) => {
      const request = hookRequest([order], observationHistory(16), {
        patient: { resourceType: "Patient", id: "p", gender, birthDate: "1992-05-20" },
      });
      const cards = cardsOf(answerHook(request, today));
      expect(cards).toHaveLength(1);
      const html = marked.parse(cards[0]?.detail ?? "", { async: false });
      expect(html).toContain("has no counterpart in the planner");
      expect(html).not.toMatch(/<a |<img|<h1|<strong|<em>/);
    },
  );

  it("keeps the service's own Markdown: source links and rule ids", () => {
    const cards = cardsOf(answerHook(fixture("cds-do-not-start-platelets"), today));
    const html = marked.parse(cards.find((card) => card.indicator === "critical")?.detail ?? "", { async: false });
    expect(html).toMatch(/<a href="https:\/\/[^"]+">CIBINQO/);
    expect(html).toContain("<code>abrocitinib.start.platelets</code>");
  });
});
