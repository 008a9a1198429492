import { drugIds, type FieldError } from "./engine";

export interface WorklistQuery {
  days: number;
  drug?: string;
  clinicianId?: string;
}

export const defaultDueWithinDays = 14;
/** The longest window the worklist looks ahead. */
export const maxDueWithinDays = 90;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The worklist's filters from a query string: days ahead (1–90, default 14), drug, clinician. */
export function worklistQueryOf(
  params: URLSearchParams,
): { ok: true; query: WorklistQuery } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const daysText = params.get("days");
  const days = daysText === null || daysText === "" ? defaultDueWithinDays : Number(daysText);
  if (!Number.isInteger(days) || days < 1 || days > maxDueWithinDays)
    errors.push({ path: "days", message: `Days ahead must be a whole number from 1 to ${maxDueWithinDays}.` });
  const drug = params.get("drug") || undefined;
  if (drug !== undefined && !(drugIds as readonly string[]).includes(drug))
    errors.push({ path: "drug", message: `Drug must be one of: ${drugIds.join(", ")}.` });
  const clinicianId = params.get("clinician") || undefined;
  if (clinicianId !== undefined && !uuidPattern.test(clinicianId))
    errors.push({ path: "clinician", message: "Clinician must be a user id." });
  for (const key of params.keys()) {
    if (!["days", "drug", "clinician", "format"].includes(key))
      errors.push({ path: key, message: `Unknown filter "${key.slice(0, 40)}".` });
  }
  return errors.length
    ? { ok: false, errors }
    : { ok: true, query: { days, ...(drug ? { drug } : {}), ...(clinicianId ? { clinicianId } : {}) } };
}
