import type { ScheduleItemId } from "@/rules/types";

/** What each schedule item orders, in plain words, as it reads mid-sentence. */
export const scheduleItemNames: Readonly<Record<ScheduleItemId, string>> = {
  cbc: "CBC with differential",
  lipids: "lipid panel",
  liver: "liver enzymes (ALT, AST)",
  renal: "renal function (creatinine, eGFR)",
  ck: "creatine kinase",
  tb: "TB screening",
  hbv: "hepatitis B screening",
  hcv: "hepatitis C screening",
  hiv: "HIV screening",
  pregnancy: "pregnancy test",
  "rzv-dose-1": "recombinant zoster vaccine, dose 1",
  "rzv-dose-2": "recombinant zoster vaccine, dose 2",
  "clinical-review": "clinical review",
};

/** Each schedule item as a chip of the schedule summary names it: short, a clinician's shorthand. */
export const scheduleItemShortNames: Readonly<Record<ScheduleItemId, string>> = {
  cbc: "CBC",
  lipids: "Lipids",
  liver: "ALT/AST",
  renal: "Creatinine",
  ck: "CK",
  tb: "TB",
  hbv: "Hep B",
  hcv: "Hep C",
  hiv: "HIV",
  pregnancy: "Pregnancy test",
  "rzv-dose-1": "Shingrix 1",
  "rzv-dose-2": "Shingrix 2",
  "clinical-review": "Review",
};
