import { planRequestErrors, planRequestSchema, type PlanRequest, type PlanRequestInput } from "./plan-request";
import type { FieldError } from "./field-errors";

/** Lists whose entries can each be left out: the plan is then made without that result. */
const droppableLists = new Set<PropertyKey>(["labs", "screening", "zosterVaccine", "doseChanges"]);

/** The facts a plan cannot be made without: a refused one leaves nothing to show. */
const requiredFields = new Set<PropertyKey>(["drug", "indication", "doseMg", "startDate", "patient"]);
const requiredPatientFields = new Set<PropertyKey>(["ageYears", "sex"]);

type Path = readonly PropertyKey[];

/** What is left of a request as its refused values are left out. */
interface Remainder {
  request: Record<string, unknown>;
  /** Per list, the position in the request as sent of each entry still in it. */
  positions: Map<PropertyKey, number[]>;
}

/** The remainder with the value at `path` left out, or `undefined` when it cannot be left out. */
function leftOut({ request, positions }: Remainder, path: Path): Remainder | undefined {
  const [first, second] = path;
  if (typeof first !== "string" || (requiredFields.has(first) && first !== "patient")) return undefined;
  const head = first;
  const list = request[head];
  if (droppableLists.has(head) && typeof second === "number" && Array.isArray(list)) {
    const kept = (positions.get(head) ?? list.map((_, index) => index)).filter((_, index) => index !== second);
    return {
      request: { ...request, [head]: list.filter((_, index) => index !== second) },
      positions: new Map(positions).set(head, kept),
    };
  }
  if (head === "patient") {
    const patient = request.patient;
    if (second === undefined || requiredPatientFields.has(second) || typeof patient !== "object" || patient === null) {
      return undefined;
    }
    const rest: Record<string, unknown> = { ...patient };
    delete rest[String(second)];
    return { request: { ...request, patient: rest }, positions };
  }
  if (path.length !== 1 || droppableLists.has(head)) return undefined;
  const rest = { ...request };
  delete rest[head];
  return { request: rest, positions };
}

/** An error's dotted path in the remainder as one in the request as sent: list positions move back. */
function sentPath(path: string, positions: Remainder["positions"]): string {
  const [head = "", index, ...rest] = path.split(".");
  const kept = positions.get(head);
  if (kept === undefined || index === undefined || !/^\d+$/.test(index)) return path;
  return [head, String(kept[Number(index)] ?? index), ...rest].join(".");
}

/** A request with its refused values left out, and what else was refused on the way. */
export interface ProvisionalRequest {
  /** `undefined` when a refused value is one a plan needs (drug, dose, start date, age, sex). */
  request: PlanRequest | undefined;
  /**
   * Every value refused on the way (`planRequestErrors` of each check), with its path in the
   * request as sent. A later check can name more: a check that reads a refused list (the dose
   * changes against the drug's doses) runs on that list once its refused entries are left out.
   */
  errors: FieldError[];
}

/**
 * The request without the values the schema refused, where a plan can still be made without
 * them: a refused lab, screening result, zoster dose or dose change is left out whole, and a
 * refused optional field is left out (the plan then asks for it, as for any missing fact).
 * `extra` paths (values the caller refuses itself) are left out too.
 *
 * Only for showing a provisional plan while a form is being corrected: the API refuses the
 * whole request instead, and nothing made from this may be printed or sent.
 */
export function withoutRefusedValues(request: PlanRequestInput, extra: readonly Path[] = []): ProvisionalRequest {
  let current: Remainder = { request: request as unknown as Record<string, unknown>, positions: new Map() };
  let refused: Path[] = dedupe(extra);
  const errors: FieldError[] = [];
  // A few rounds: a value left out can only remove issues, but an issue can hide another behind it.
  for (let round = 0; round < 4; round += 1) {
    // Left out from the end first, so the positions of the other list entries stay right.
    const paths = [...refused].sort((a, b) => Number(b[1] ?? 0) - Number(a[1] ?? 0));
    for (const path of paths) {
      const next = leftOut(current, path);
      if (next === undefined) return { request: undefined, errors };
      current = next;
    }
    const parsed = planRequestSchema.safeParse(current.request);
    if (parsed.success) return { request: parsed.data, errors };
    const { positions } = current;
    for (const error of planRequestErrors(current.request, parsed.error)) {
      const sent = { ...error, path: sentPath(error.path, positions) };
      // A check across fields reported beside a refused value is reported again by the next round.
      if (!errors.some((known) => known.path === sent.path && known.message === sent.message)) errors.push(sent);
    }
    refused = dedupe(parsed.error.issues.map((issue) => issue.path.slice(0, 2)));
  }
  return { request: undefined, errors };
}

function dedupe(paths: readonly Path[]): Path[] {
  const seen = new Set<string>();
  return paths.filter((path) => {
    const key = path.map(String).join(".");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
