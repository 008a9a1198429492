import type { ScheduleItemId } from "@/rules/types";

/** What each test means for the patient, in plain words, for the printed schedule. */
export const plainWords: Readonly<Record<ScheduleItemId, string>> = {
  cbc: "Blood count (full blood count with white cells and platelets)",
  lipids: "Cholesterol and fats in the blood (lipid panel)",
  liver: "Liver blood test (ALT, AST)",
  renal: "Kidney blood test (creatinine)",
  ck: "Muscle enzyme blood test (CK)",
  tb: "Tuberculosis test",
  hbv: "Hepatitis B blood test",
  hcv: "Hepatitis C blood test",
  hiv: "HIV blood test",
  pregnancy: "Pregnancy test",
  "rzv-dose-1": "Shingles vaccine (Shingrix), first dose",
  "rzv-dose-2": "Shingles vaccine (Shingrix), second dose",
  "clinical-review": "Check-up with your clinic",
};

/** The disclaimer the patient reads on the printed sheet and in each calendar event. */
export const decisionSupportNote =
  "Decision support only: it does not replace clinical judgement. Check the current label before acting.";
