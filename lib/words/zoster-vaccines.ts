import type { ZosterVaccineId } from "@/rules/types";

/** Each zoster vaccine as the forms offer it: the kind, then the brand a clinic knows it by. */
export const zosterVaccineNames: Readonly<Record<ZosterVaccineId, string>> = {
  rzv: "Recombinant (Shingrix)",
  zvl: "Live (Zostavax)",
};
