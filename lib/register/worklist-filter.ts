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

/**
 * The worklist's filters from a query string: days ahead (1–90, default 14), drug, clinician. A
 * refused filter is named, and `usable` keeps the others, so a page that shows the list anyway
 * drops only the filter it could not read (the API refuses the whole query).
 */
export function worklistQueryOf(
  params: URLSearchParams,
): { ok: true; query: WorklistQuery } | { ok: false; errors: FieldError[]; usable: WorklistQuery } {
  const errors: FieldError[] = [];
  const daysText = params.get("days");
  let days = daysText === null || daysText === "" ? defaultDueWithinDays : Number(daysText);
  if (!Number.isInteger(days) || days < 1 || days > maxDueWithinDays) {
    errors.push({
      path: "days",
      message: `Due within (days) must be a whole number from 1 to ${maxDueWithinDays}.`,
    });
    days = defaultDueWithinDays;
  }
  let drug = params.get("drug") || undefined;
  if (drug !== undefined && !(drugIds as readonly string[]).includes(drug)) {
    errors.push({ path: "drug", message: `Drug must be one of: ${drugIds.join(", ")}.` });
    drug = undefined;
  }
  let clinicianId = params.get("clinician") || undefined;
  if (clinicianId !== undefined && !uuidPattern.test(clinicianId)) {
    errors.push({ path: "clinician", message: "Clinician must be a user id." });
    clinicianId = undefined;
  }
  for (const key of params.keys()) {
    if (!["days", "drug", "clinician", "format"].includes(key))
      errors.push({ path: key, message: `Unknown filter "${key.slice(0, 40)}".` });
  }
  const query = { days, ...(drug ? { drug } : {}), ...(clinicianId ? { clinicianId } : {}) };
  return errors.length ? { ok: false, errors, usable: query } : { ok: true, query };
}
