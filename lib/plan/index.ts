/**
 * The engine's front door: what pages, doors and read models may use. Everything else in
 * this folder is the engine's own business and may change shape without notice.
 */
export { buildPlan } from "./build-plan";
export { patientSheet, sheetItemText, type PatientSheet, type SheetStart, type SheetVisit } from "./patient-sheet";
export {
  isStopAction,
  strongestStopAction,
  patientStopInstruction,
  patientStopReason,
  type StopAction,
} from "./stop-actions";
export { panelAnalytes } from "./context";
export { offsetWords } from "./offsets";
export { resolveSources } from "./sources";
export { wordsBeforeLatestResult } from "./treatment-results";
export { isWorseResult } from "./same-day";
