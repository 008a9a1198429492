import { planRequestSchema, type PlanRequest, type PlanRequestInput } from "./plan-request";

/** Lists whose entries can each be left out: the plan is then made without that result. */
const droppableLists = new Set<PropertyKey>(["labs", "screening", "zosterVaccine", "doseChanges"]);

/** The facts a plan cannot be made without: a refused one leaves nothing to show. */
const requiredFields = new Set<PropertyKey>(["drug", "indication", "doseMg", "startDate", "patient"]);
const requiredPatientFields = new Set<PropertyKey>(["ageYears", "sex"]);

type Path = readonly PropertyKey[];

/** The request with the value at `path` left out, or `undefined` when it cannot be left out. */
function leftOut(request: Record<string, unknown>, path: Path): Record<string, unknown> | undefined {
  const [first, second] = path;
  if (typeof first !== "string" || (requiredFields.has(first) && first !== "patient")) return undefined;
  const head = first;
  const list = request[head];
  if (droppableLists.has(head) && typeof second === "number" && Array.isArray(list)) {
    return { ...request, [head]: list.filter((_, index) => index !== second) };
  }
  if (head === "patient") {
    const patient = request.patient;
    if (second === undefined || requiredPatientFields.has(second) || typeof patient !== "object" || patient === null) {
      return undefined;
    }
    const rest: Record<string, unknown> = { ...patient };
    delete rest[String(second)];
    return { ...request, patient: rest };
  }
  if (path.length !== 1 || droppableLists.has(head)) return undefined;
  const rest = { ...request };
  delete rest[head];
  return rest;
}

/**
 * The request without the values the schema refused, where a plan can still be made without
 * them: a refused lab, screening result, zoster dose or dose change is left out whole, and a
 * refused optional field is left out (the plan then asks for it, as for any missing fact).
 * `extra` paths (values the caller refuses itself) are left out too. `undefined` when a
 * refused value is one a plan needs (drug, dose, start date, age, sex).
 *
 * Only for showing a provisional plan while a form is being corrected: the API refuses the
 * whole request instead, and nothing made from this may be printed or sent.
 */
export function withoutRefusedValues(request: PlanRequestInput, extra: readonly Path[] = []): PlanRequest | undefined {
  let current = request as unknown as Record<string, unknown>;
  let refused: Path[] = dedupe(extra);
  // A few rounds: a value left out can only remove issues, but an issue can hide another behind it.
  for (let round = 0; round < 4; round += 1) {
    // Left out from the end first, so the positions of the other list entries stay right.
    const paths = [...refused].sort((a, b) => Number(b[1] ?? 0) - Number(a[1] ?? 0));
    for (const path of paths) {
      const next = leftOut(current, path);
      if (next === undefined) return undefined;
      current = next;
    }
    const parsed = planRequestSchema.safeParse(current);
    if (parsed.success) return parsed.data;
    refused = dedupe(parsed.error.issues.map((issue) => issue.path.slice(0, 2)));
  }
  return undefined;
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
