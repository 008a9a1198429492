import { isCalendarDate } from "@/lib/dates/calendar-date";

/**
 * What the nurse may add to the printed patient page: the patient's name, date of birth and
 * the clinic's contact. Never part of the request: not in the share link, the API, the
 * register or the calendar file. The planner keeps them in this tab's session storage only.
 */
export interface SheetDetails {
  patientName: string;
  /** `yyyy-MM-dd`, or "" when not given. */
  dateOfBirth: string;
  clinicContact: string;
}

export const emptySheetDetails: SheetDetails = { patientName: "", dateOfBirth: "", clinicContact: "" };

/** The longest text each field keeps: a name, a phone number and an address fit. */
export const sheetDetailLimits = { patientName: 120, clinicContact: 200 } as const;

/** True when nothing is typed: the printout then shows no details line. */
export const hasSheetDetails = (details: SheetDetails) => Object.values(details).some((value) => value.trim() !== "");

/** Details read back from storage, which may hold anything: a field that does not fit is left empty. */
export function checkedSheetDetails(saved: unknown): SheetDetails {
  if (typeof saved !== "object" || saved === null) return emptySheetDetails;
  const field = (key: keyof SheetDetails): string => {
    const value = Object.hasOwn(saved, key) ? (saved as Record<string, unknown>)[key] : undefined;
    return typeof value === "string" ? value : "";
  };
  const dateOfBirth = field("dateOfBirth");
  return {
    patientName: field("patientName").slice(0, sheetDetailLimits.patientName),
    dateOfBirth: isCalendarDate(dateOfBirth) ? dateOfBirth : "",
    clinicContact: field("clinicContact").slice(0, sheetDetailLimits.clinicContact),
  };
}
