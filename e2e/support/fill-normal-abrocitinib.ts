import type { PlannerPage } from "../pages/planner-page";

/**
 * A 34-year-old woman who cannot become pregnant, starting abrocitinib 100 mg on Mon 4 Jan 2027
 * under the US label, with normal baseline labs.
 */
export async function fillNormalAbrocitinib(planner: PlannerPage) {
  await planner.chooseDrug("abrocitinib (CIBINQO)");
  await planner.chooseDose(100);
  await planner.setStartDate("2027-01-04");
  await planner.chooseRegion("US prescribing information");
  await planner.setPatient({ age: 34, sex: "Female" });
  await planner.answerCanBecomePregnant("No");
  await planner.setLabsDate("2026-12-15");
  await planner.enterLab("Platelets", "240");
  await planner.enterLab("Absolute neutrophil count", "3.5");
  await planner.enterLab("Absolute lymphocyte count", "1.8");
  await planner.enterLab("Haemoglobin", "13.5");
  await planner.enterLab("LDL cholesterol", "110");
  await planner.setScreening("Tuberculosis (IGRA or skin test)", "Negative", "2026-12-15");
  await planner.setScreening("Hepatitis B (HBsAg, anti-HBc)", "Negative", "2026-12-15");
  await planner.setScreening("Hepatitis C", "Negative", "2026-12-15");
}
