import type { ServiceRequest } from "fhir/r4";
import { drugRules, rulesVersion } from "@/rules";
import { labTestIds } from "@/rules/types";
import { buildPlan } from "@/lib/plan/build-plan";
import { scheduleItemNames } from "@/lib/plan/item-names";
import type { Finding, Plan, PlanSource } from "@/lib/plan/types";
import { sentenceCase } from "@/lib/units/format";
import { bundleResources, medicationNames, readResources, toPlanRequest, type ReportEntry } from "./fhir-import";
import { drugFromNames, labLoinc, loincSystem, orderLoinc } from "./loinc";

/**
 * A CDS Hooks 2.0 service for the order-select and order-sign hooks. When a draft
 * MedicationRequest names one of the nine drugs, the engine plans it from the prefetched
 * Patient and Observations and answers with cards: "do not start" (critical), missing
 * baseline tests (warning, with a suggestion that creates the ServiceRequests) and the
 * first follow-up dates (info). Any other order gets no cards. Pure: today's date is passed in.
 */

export const serviceId = "jak-monitoring";
export const supportedHooks = ["order-select", "order-sign"] as const;

export interface CdsCard {
  uuid?: string;
  summary: string;
  detail?: string;
  indicator: "info" | "warning" | "critical";
  source: { label: string; url?: string };
  suggestions?: { label: string; isRecommended?: boolean; actions: { type: "create"; description: string; resource: ServiceRequest }[] }[];
  selectionBehavior?: "at-most-one" | "any";
}

export type HookAnswer =
  | { status: 200; body: { cards: CdsCard[] } }
  | { status: 400 | 412; body: { errors: { path: string; message: string }[] } };

const observationCodes = labTestIds.flatMap((test) => labLoinc[test].map((code) => `${loincSystem}|${code.code}`)).join(",");

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

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const refuse = (path: string, message: string, status: 400 | 412 = 400): HookAnswer => ({ status, body: { errors: [{ path, message }] } });

/** Summaries are at most 140 characters (CDS Hooks 2.0). */
export function summaryOf(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= 140 ? flat : `${flat.slice(0, 139).trimEnd()}…`;
}

const sourceList = (sources: readonly PlanSource[]) => sources.map((source) => `[${source.title}, ${source.section}](${source.url})`).join("; ");

function cardSource(sources: readonly PlanSource[]): CdsCard["source"] {
  const first = sources[0];
  return { label: `JAK Monitor (rules ${rulesVersion})${first ? `: ${first.title}` : ""}`, ...(first ? { url: first.url } : {}) };
}

function serviceRequestsFor(plan: Plan, patientReference: string | undefined): ServiceRequest[] {
  const baseline = plan.visits.find((visit) => visit.date === plan.startDate);
  return (baseline?.items ?? [])
    .filter((item) => item.status === "due" && (item.kind === "lab" || item.kind === "screening"))
    .flatMap((item) => {
      const codes = orderLoinc[item.test];
      const concepts = codes.length
        ? codes.map((code) => ({ coding: [{ system: loincSystem, code: code.code, display: code.display }], text: code.display }))
        : [{ text: sentenceCase(scheduleItemNames[item.test]) }];
      return concepts.map(
        (code): ServiceRequest => ({
          resourceType: "ServiceRequest",
          status: "draft",
          intent: "proposal",
          code,
          subject: { reference: patientReference ?? "Patient" },
          occurrenceDateTime: plan.startDate,
          reasonCode: [{ text: `Baseline before ${drugRules[plan.drug as keyof typeof drugRules]?.name ?? plan.drug}: ${item.why}` }],
        }),
      );
    });
}

function cardsFor(plan: Plan, patientReference: string | undefined): CdsCard[] {
  const name = drugRules[plan.drug as keyof typeof drugRules]?.name ?? plan.drug;
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
  const missing: Finding[] = plan.findings.filter((entry) => entry.action === "missing");
  if (missing.length) {
    const orders = serviceRequestsFor(plan, patientReference);
    const tests = [...new Set(missing.map((finding) => finding.test).filter((test): test is string => !!test))];
    const names = tests.map((test) => (test in scheduleItemNames ? scheduleItemNames[test as keyof typeof scheduleItemNames] : test));
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
                actions: orders.map((resource) => ({ type: "create" as const, description: `Order ${resource.code?.text ?? "test"}`, resource })),
              },
            ],
          }
        : {}),
    });
  }
  const followUps = plan.visits.filter((visit) => visit.date > plan.startDate && visit.items.some((item) => item.status === "due")).slice(0, 3);
  const first = followUps[0];
  if (first) {
    const items = (visit: Plan["visits"][number]) => visit.items.filter((item) => item.status === "due").map((item) => scheduleItemNames[item.test]).join(", ");
    cards.push({
      summary: summaryOf(`First ${name} follow-up ${first.date} (${first.label}): ${items(first)}`),
      detail: `${followUps.map((visit) => `- **${visit.date}** (${visit.label}): ${items(visit)}`).join("\n")}\n\nCounted from the start date ${plan.startDate}.`,
      indicator: "info",
      source: cardSource(first.items[0]?.sources ?? []),
    });
  }
  return cards;
}

function resourcesOf(value: unknown, report: ReportEntry[]): Json[] {
  if (!isObject(value)) return [];
  if (value.resourceType === "Bundle") return bundleResources(value, report);
  return [value];
}

/** POST /cds-services/jak-monitoring: a hook request (parsed JSON) in, cards or a reason out. */
export function answerHook(body: unknown, today: string): HookAnswer {
  if (!isObject(body)) return refuse("", "The hook request must be a JSON object.");
  if (typeof body.hook !== "string" || !(supportedHooks as readonly string[]).includes(body.hook)) {
    return refuse("hook", `hook must be one of: ${supportedHooks.join(", ")}.`);
  }
  if (typeof body.hookInstance !== "string" || body.hookInstance === "") return refuse("hookInstance", "hookInstance must be a string (a UUID).");
  if (!isObject(body.context)) return refuse("context", "context must be an object.");
  const { context } = body;
  if (!isObject(context.draftOrders) || context.draftOrders.resourceType !== "Bundle" || !Array.isArray(context.draftOrders.entry ?? [])) {
    return refuse("context.draftOrders", "context.draftOrders must be a FHIR Bundle of draft orders.");
  }
  if (context.selections !== undefined && !(Array.isArray(context.selections) && context.selections.every((entry) => typeof entry === "string"))) {
    return refuse("context.selections", "context.selections must be a list of references such as MedicationRequest/123.");
  }
  const selections = body.hook === "order-select" && Array.isArray(context.selections) ? new Set(context.selections as string[]) : undefined;
  const drafts = bundleResources(context.draftOrders, [])
    .filter((resource) => resource.resourceType === "MedicationRequest")
    .filter((resource) => !selections || selections.has(`MedicationRequest/${String(resource.id)}`));
  const jakOrders = drafts.filter((order) => drugFromNames(medicationNames(order)) !== undefined);
  if (jakOrders.length === 0) return { status: 200, body: { cards: [] } };

  const prefetch = isObject(body.prefetch) ? body.prefetch : undefined;
  if (!prefetch || !isObject(prefetch.patient) || prefetch.observations === undefined) {
    return refuse("prefetch", "prefetch.patient and prefetch.observations are required: this service fetches nothing itself.", 412);
  }
  const patientId = typeof context.patientId === "string" ? context.patientId : typeof prefetch.patient.id === "string" ? prefetch.patient.id : undefined;
  const patientReference = patientId ? `Patient/${patientId}` : undefined;
  const shared = [prefetch.patient, ...resourcesOf(prefetch.observations, []), ...resourcesOf(prefetch.immunizations, [])];

  const cards = jakOrders.flatMap((order) => {
    const extraction = readResources([order, ...shared], { asOf: today, defaultStartDate: today });
    const request = toPlanRequest(extraction);
    const name = extraction.drug ? drugRules[extraction.drug].name : "the JAK inhibitor";
    if (!request.ok) {
      return [
        {
          summary: summaryOf(`JAK Monitor could not check this ${name} order`),
          detail: [...extraction.notes, ...request.errors].map((line) => `- ${line}`).join("\n"),
          indicator: "info" as const,
          source: { label: `JAK Monitor (rules ${rulesVersion})` },
        },
      ];
    }
    return cardsFor(buildPlan(request.request), patientReference);
  });
  return { status: 200, body: { cards } };
}
