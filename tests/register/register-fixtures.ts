import { planRequestSchema, toCalendarDate, type PlanRequest } from "@/lib/register/engine";
import type { Actor } from "@/register/audit/actor";
import { cleanRequest, normalLabs } from "@/tests/support/requests";

/** Abrocitinib 100 mg from Mon 4 Jan 2027 with clean baseline results: its week-4 bloods fall on Mon 1 Feb 2027. */
export const abrocitinibRequest: PlanRequest = planRequestSchema.parse(
  cleanRequest("abrocitinib", { labelRegion: "US" }),
);
export const week4 = toCalendarDate("2027-02-01");

/** Week-4 platelets of 40 ×10⁹/L: below abrocitinib's 50 ×10⁹/L, so "discontinue". */
export const lowPlateletsAtWeek4 = { labs: [{ test: "platelets" as const, value: 40, unit: "10^9/L", date: week4 }] };
/** Every baseline analyte again at week 4, all normal: answers the week-4 CBC and lipid panel. */
export const normalResultsAtWeek4 = { labs: normalLabs.map((lab) => ({ ...lab, date: week4 })) } as {
  labs: PlanRequest["labs"] & object;
};

export const nurse: Actor = { id: null, email: "nurse@clinic.test", role: "nurse" };
export const clinician: Actor = { id: null, email: "clinician@clinic.test", role: "clinician" };
