import type { ServiceRequest } from "fhir/r4";
import { drugRules, rulesVersion } from "@/rules";
import { labTestIds } from "@/rules/types";
import { buildPlan } from "@/lib/plan";
import { scheduleItemNames } from "@/lib/words/schedule-items";
import { readInNote } from "./source-citation";
import type { Finding, Plan, PlanSource } from "@/lib/contract/plan";
import type { CalendarDate } from "@/lib/dates/calendar-date";
import type { PlanRequest } from "@/lib/contract/plan-request";
import type { JsonObject } from "@/lib/contract/json";
import { toFieldErrors, type FieldError } from "@/lib/contract/field-errors";
import { sentenceCase } from "@/lib/units/format";
import { hookRequestSchema, prefetchMissing, prefetchSchema, type HookRequest } from "./cds-hook-request";
import {
  bundleResources,
  extractionFor,
  medicationNames,
  readFhirResource,
  readOrder,
  readPatientFacts,
  resourceHeadSchema,
  toPlanRequest,
  type FhirMedicationRequest,
  type OrderFacts,
} from "./fhir-import";
import { drugFromNames, labLoinc, loincSystem, orderLoinc } from "./loinc";

/**
 * A CDS Hooks 2.0 service for the order-select and order-sign hooks. When a draft
 * MedicationRequest names one of the nine drugs, the engine plans it from the prefetched
 * Patient and Observations and answers with cards: "do not start" (critical), missing
 * baseline tests (warning, with a suggestion that creates the ServiceRequests) and the
 * first follow-up dates (info). Any other order gets no cards. Pure: today's date is passed in.
 */

export const serviceId = "jak-monitoring";
export { maxDraftOrders, maxPrefetchEntries, supportedHooks } from "./cds-hook-request";

export interface CdsCard {
  uuid?: string;
  summary: string;
  detail?: string;
  indicator: "info" | "warning" | "critical";
  source: { label: string; url?: string };
  suggestions?: {
    label: string;
    isRecommended?: boolean;
    actions: { type: "create"; description: string; resource: ServiceRequest }[];
  }[];
  selectionBehavior?: "at-most-one" | "any";
}

export type HookAnswer =
  | { status: 200; body: { cards: CdsCard[] } }
  | { status: 400 | 412; body: { errors: { path: string; message: string }[] } };

const observationCodes = labTestIds
  .flatMap((test) => labLoinc[test].map((code) => `${loincSystem}|${code.code}`))
  .join(",");

/** How this deployment trusts its callers, as the discovery document states it. */
export interface CallerPolicy {
  /** True when calls without a signed JWT are accepted (a development switch). */
  unsignedCallsAllowed: boolean;
}

/** GET /cds-services: the discovery document, which says whether unsigned calls are accepted. */
export function discovery({ unsignedCallsAllowed }: CallerPolicy) {
  const trust = unsignedCallsAllowed
    ? "DEVELOPMENT MODE: this deployment accepts calls without a signed JWT; use it with made-up patients only."
    : "Every call must carry a JWT signed by an EHR this deployment trusts (CDS Hooks 2.0), as Authorization: Bearer.";
  return {
    services: [
      {
        hook: "order-select",
        id: serviceId,
        title: "JAK Monitor: JAK inhibitor start checks",
        description:
          "When a draft order is one of the nine JAK or TYK2 inhibitors JAK Monitor plans, checks the baseline labs against the label's start limits, lists missing baseline tests (with orders to create) and the first follow-up dates. Also answers order-sign at the same URL.",
        prefetch: {
          patient: "Patient/{{context.patientId}}",
          observations: `Observation?patient={{context.patientId}}&code=${observationCodes}`,
          immunizations: "Immunization?patient={{context.patientId}}",
        },
        usageRequirements: `Decision support only: check the current label. Prefetch of patient and observations is required. ${trust}`,
        extension: { "jak-monitor-unsigned-calls-allowed": unsignedCallsAllowed },
      },
    ],
  };
}

const refuse = (path: string, message: string, status: 400 | 412 = 400): HookAnswer => ({
  status,
  body: { errors: [{ path, message }] },
});

/** Summaries are at most 140 characters (CDS Hooks 2.0). */
export function summaryOf(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= 140 ? flat : `${flat.slice(0, 139).trimEnd()}…`;
}

/**
 * Text for a card's Markdown `detail` that is not the service's own: whatever it holds (a
 * bracket, an asterisk, an HTML tag, a line break) shows as the characters they are and never
 * becomes a link, an image, emphasis, a heading or a list. Line breaks become spaces, and every
 * ASCII punctuation mark GitHub Flavored Markdown could read is backslash-escaped.
 */
export function markdownText(text: string): string {
  return text.replace(/[\r\n\u2028\u2029\u0085]+/g, " ").replace(/[\\`*_{}[\]()<>#+\-.!|~&"':;=$%^@?/]/g, "\\$&");
}

const sourceList = (sources: readonly PlanSource[]) =>
  sources.map((source) => `[${source.title}, ${source.section}](${source.url})${readInNote(source)}`).join("; ");

function cardSource(sources: readonly PlanSource[]): CdsCard["source"] {
  const first = sources[0];
  return {
    label: `JAK Monitor (rules ${rulesVersion})${first ? `: ${first.title}` : ""}`,
    ...(first ? { url: first.url } : {}),
  };
}

function serviceRequestsFor(plan: Plan, patientReference: string | undefined): ServiceRequest[] {
  const baseline = plan.visits.find((visit) => visit.date === plan.startDate);
  return (baseline?.items ?? [])
    .filter((item) => item.status === "due" && (item.kind === "lab" || item.kind === "screening"))
    .flatMap((item) => {
      const codes = orderLoinc[item.test];
      const concepts = codes.length
        ? codes.map((code) => ({
            coding: [{ system: loincSystem, code: code.code, display: code.display }],
            text: code.display,
          }))
        : [{ text: sentenceCase(scheduleItemNames[item.test]) }];
      return concepts.map((code): ServiceRequest => ({
        resourceType: "ServiceRequest",
        status: "draft",
        intent: "proposal",
        code,
        subject: { reference: patientReference ?? "Patient" },
        occurrenceDateTime: plan.startDate,
        reasonCode: [{ text: `Baseline before ${drugRules[plan.drug].name}: ${item.why}` }],
      }));
    });
}

function cardsFor(plan: Plan, patientReference: string | undefined): CdsCard[] {
  const name = drugRules[plan.drug].name;
  const cards: CdsCard[] = [];
  for (const finding of plan.findings.filter((entry) => entry.action === "do-not-start")) {
    // The message often ends with the action itself; the summary leads with it instead.
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const reason = finding.message.replace(new RegExp(`:?\\s*do not start ${escaped}\\.?$`, "i"), "");
    cards.push({
      summary: summaryOf(`Do not start ${name}: ${reason}`),
      detail: `${finding.message}\n\nRule \`${finding.ruleId}\` (${finding.evidence}). Sources: ${sourceList(finding.sources)}.\n\nDecision support only: check the current label.`,
      indicator: "critical",
      source: cardSource(finding.sources),
    });
  }
  // Missing baseline tests get orders to create; facts the rules need (eGFR, other medicines, …) a card of
  // their own; other "missing" findings (the routine interval, tests after the plan's end) do not bear on the order.
  const missing: Finding[] = plan.findings.filter(
    (entry) => entry.action === "missing" && entry.ruleId.includes(".baseline."),
  );
  const facts: Finding[] = plan.findings.filter(
    (entry) => entry.action === "missing" && entry.ruleId.includes(".missing."),
  );
  if (missing.length) {
    const orders = serviceRequestsFor(plan, patientReference);
    const tests = [...new Set(missing.map((finding) => finding.test).filter((test): test is string => !!test))];
    const names = tests.map((test) =>
      test in scheduleItemNames ? scheduleItemNames[test as keyof typeof scheduleItemNames] : test,
    );
    cards.push({
      summary: summaryOf(`Baseline tests missing before ${name}: ${names.join(", ")}`),
      detail: `${missing.map((finding) => `- ${finding.message}`).join("\n")}\n\nSources: ${sourceList(missing.flatMap((finding) => finding.sources).slice(0, 3))}.`,
      indicator: "warning",
      source: cardSource(missing[0]?.sources ?? []),
      ...(orders.length
        ? {
            selectionBehavior: "at-most-one" as const,
            suggestions: [
              {
                label: `Order the missing baseline tests (${orders.length})`,
                isRecommended: true,
                actions: orders.map((resource) => ({
                  type: "create" as const,
                  description: `Order ${resource.code?.text ?? "test"}`,
                  resource,
                })),
              },
            ],
          }
        : {}),
    });
  }
  if (facts.length) {
    cards.push({
      summary: summaryOf(`Facts needed to check ${name}: ${facts.length} not recorded`),
      detail: `${facts.map((finding) => `- ${finding.message}`).join("\n")}\n\nSources: ${sourceList(facts.flatMap((finding) => finding.sources).slice(0, 3))}.`,
      indicator: "warning",
      source: cardSource(facts[0]?.sources ?? []),
    });
  }
  const followUps = plan.visits
    .filter((visit) => visit.date > plan.startDate && visit.items.some((item) => item.status === "due"))
    .slice(0, 3);
  const first = followUps[0];
  if (first) {
    const items = (visit: Plan["visits"][number]) =>
      visit.items
        .filter((item) => item.status === "due")
        .map((item) => scheduleItemNames[item.test])
        .join(", ");
    cards.push({
      summary: summaryOf(`First ${name} follow-up ${first.date} (${first.label}): ${items(first)}`),
      detail: `${followUps.map((visit) => `- **${visit.date}** (${visit.label}): ${items(visit)}`).join("\n")}\n\nCounted from the start date ${plan.startDate}.`,
      indicator: "info",
      source: cardSource(first.items[0]?.sources ?? []),
    });
  }
  return cards;
}

/**
 * Parsing JSON costs by its values more than by its bytes: a megabyte of empty objects takes a
 * hundred times longer than a megabyte of text. Before parsing, the hook request's objects and
 * lists (`{`, `[`) and separators (`,`) are counted, stopping at the limit. The largest request
 * the service reads (100 draft orders, 2,000 observations) has about 14,000 and 20,000.
 */
export const maxJsonContainers = 30_000;
export const maxJsonSeparators = 60_000;

function countsOver(text: string, characters: readonly string[], limit: number): boolean {
  let count = 0;
  for (const character of characters) {
    for (let at = text.indexOf(character); at !== -1; at = text.indexOf(character, at + 1)) {
      if (++count > limit) return true;
    }
  }
  return false;
}

/** The hook request's text as JSON, or the 400 that says why not. */
export function parseHookText(text: string): { ok: true; value: unknown } | { ok: false; answer: HookAnswer } {
  if (countsOver(text, ["{", "["], maxJsonContainers) || countsOver(text, [","], maxJsonSeparators)) {
    return {
      ok: false,
      answer: refuse(
        "",
        `The hook request holds more JSON values than this service reads (at most ${maxJsonContainers.toLocaleString("en-US")} objects and lists).`,
      ),
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, answer: refuse("", "The hook request is not valid JSON.") };
  }
}

/** Distinct JAK orders (drug, dose, start, indication) planned in one call; more get one card saying so. */
export const maxPlansPerCall = 5;

/** A prefetched search: a Bundle's resources, or a single resource; null and absent are told apart by the caller. */
function resourcesOf(value: JsonObject | null | undefined): JsonObject[] {
  if (!value) return [];
  if (value.resourceType === "Bundle") return bundleResources(value, []);
  return [value];
}

/** The plan's baseline tests, named in the clinician's words. */
function baselineTestNames(plan: Plan): string {
  const tests = plan.findings
    .filter((finding) => finding.action === "missing" && finding.ruleId.includes(".baseline."))
    .map((finding) => finding.test);
  return [
    ...new Set(
      tests
        .filter((test): test is keyof typeof scheduleItemNames => !!test && test in scheduleItemNames)
        .map((test) => scheduleItemNames[test]),
    ),
  ].join(", ");
}

/**
 * The EHR sent `observations: null`: it had no results to give, or could not fetch them. Either
 * way no start limit could be checked, which is not the same as tests missing: one warning,
 * and no orders to create.
 */
function labsUnreadCard(plan: Plan): CdsCard {
  const name = drugRules[plan.drug].name;
  const tests = baselineTestNames(plan);
  return {
    summary: summaryOf(`JAK Monitor could not read the labs before ${name}: no start check was made`),
    detail: `The EHR sent no laboratory results for this patient (prefetch observations was empty), so no start limit was checked. This does not mean the tests are missing.${tests ? ` Check the baseline results the label asks for (${tests}) before signing.` : ""}\n\nDecision support only: check the current label.`,
    indicator: "warning",
    source: { label: `JAK Monitor (rules ${rulesVersion})` },
  };
}

function couldNotCheckCard(name: string, reasons: readonly string[]): CdsCard {
  return {
    summary: summaryOf(`JAK Monitor could not check this ${name} order`),
    detail: reasons.map((line) => `- ${markdownText(line)}`).join("\n"),
    indicator: "info",
    source: { label: `JAK Monitor (rules ${rulesVersion})` },
  };
}

/** The first of the request's faults, as the answer: 400, and the field's path. */
function refusalOf([first]: FieldError[]): HookAnswer {
  return refuse(first?.path ?? "", first?.message ?? "The hook request is not one this service reads.");
}

/** The prefetch's first fault: 412 when something the service needs is missing, else 400 and the field. */
function prefetchRefusal([first]: FieldError[]): HookAnswer {
  if (!first || first.message === prefetchMissing) return refuse("prefetch", prefetchMissing, 412);
  return refuse(first.path ? `prefetch.${first.path}` : "prefetch", first.message);
}

/** The draft orders that are MedicationRequests, each read through its schema. */
function draftMedicationRequests(request: HookRequest): FhirMedicationRequest[] {
  return bundleResources(request.context.draftOrders, []).flatMap((resource) => {
    const order = readFhirResource(resource);
    return order?.resourceType === "MedicationRequest" ? [order] : [];
  });
}

/**
 * POST /cds-services/jak-monitoring: a hook request (parsed JSON) in, cards or a reason out.
 * `plan` is the engine (the tests count its calls).
 */
export function answerHook(
  body: unknown,
  today: CalendarDate,
  plan: (request: PlanRequest) => Plan = buildPlan,
): HookAnswer {
  const parsed = hookRequestSchema.safeParse(body);
  if (!parsed.success) return refusalOf(toFieldErrors(parsed.error));
  const { hook, context } = parsed.data;
  const selections = hook === "order-select" && context.selections ? new Set(context.selections) : undefined;
  const jakOrders = draftMedicationRequests(parsed.data)
    .filter((order) => !selections || selections.has(`MedicationRequest/${order.id}`))
    .filter((order) => drugFromNames(medicationNames(order)) !== undefined);
  if (jakOrders.length === 0) return { status: 200, body: { cards: [] } };

  const prefetched = prefetchSchema.safeParse(parsed.data.prefetch);
  if (!prefetched.success) return prefetchRefusal(toFieldErrors(prefetched.error));
  const prefetch = prefetched.data;
  const labsUnread = prefetch.observations === null;
  const patientId = context.patientId ?? resourceHeadSchema.parse(prefetch.patient).id;
  const patientReference = patientId ? `Patient/${patientId}` : undefined;

  // The shared prefetch is read once, whatever the number of orders; each distinct order is
  // planned once (the same drug, dose, start and indication give the same plan and cards).
  const options = { asOf: today, defaultStartDate: today };
  const facts = readPatientFacts(
    [prefetch.patient, ...resourcesOf(prefetch.observations), ...resourcesOf(prefetch.immunizations)],
    options,
  );
  const orders = new Map<string, OrderFacts>();
  for (const order of jakOrders) {
    const read = readOrder(order, options);
    orders.set(JSON.stringify([read.drug, read.doseMg, read.startDate, read.indication, read.notes]), read);
  }
  const checked = [...orders.values()].slice(0, maxPlansPerCall);
  const cards = checked.flatMap((order) => {
    const extraction = extractionFor(order, facts, options);
    const request = toPlanRequest(extraction);
    const name = extraction.drug ? drugRules[extraction.drug].name : "the JAK inhibitor";
    if (!request.ok) return [couldNotCheckCard(name, [...extraction.notes, ...request.errors])];
    const planned = plan(request.request);
    return labsUnread ? [labsUnreadCard(planned)] : cardsFor(planned, patientReference);
  });
  const unchecked = orders.size - checked.length;
  if (unchecked > 0) {
    cards.push({
      summary: summaryOf(`${unchecked} more JAK inhibitor orders were not checked: sign them one at a time`),
      detail: `This call held ${orders.size} different JAK inhibitor orders; JAK Monitor checks at most ${maxPlansPerCall} in one call.`,
      indicator: "warning",
      source: { label: `JAK Monitor (rules ${rulesVersion})` },
    });
  }
  return { status: 200, body: { cards } };
}
