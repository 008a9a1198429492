/** The zoster vaccines a request can list: recombinant (RZV) and live (ZVL). */
export const zosterVaccineIds = ["rzv", "zvl"] as const;
export type ZosterVaccineId = (typeof zosterVaccineIds)[number];

/** Each zoster vaccine as the forms offer it: the kind, then the brand a clinic knows it by. */
export const zosterVaccineNames: Readonly<Record<ZosterVaccineId, string>> = {
  rzv: "Recombinant (Shingrix)",
  zvl: "Live (Zostavax)",
};
