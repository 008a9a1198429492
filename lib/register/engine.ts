/**
 * The register's one door into the planner's engine, schema and interop code: everything the
 * register uses of them is imported here and nowhere else in register code, so a move of
 * those files changes these lines only.
 */
export { buildPlan, isStopAction, wordsBeforeLatestResult } from "@/lib/plan";
export type { Finding, Plan, ScheduleItem } from "@/lib/contract/plan";
export { scheduleItemNames } from "@/lib/words/schedule-items";
export {
  calendarDate,
  doseChangeSchema,
  labResultSchema,
  patientSchema,
  planRequestErrors,
  planRequestSchema,
  screeningResultSchema,
  zosterDoseSchema,
  type DoseChange,
  type LabResult,
  type Patient,
  type PlanRequest,
  type PlanRequestInput,
  type ScreeningEntry,
  type ZosterDose,
} from "@/lib/contract/plan-request";
export { toFieldErrors, type FieldError } from "@/lib/contract/field-errors";
export { addDays, calendarDateOf, isCalendarDate, toCalendarDate, type CalendarDate } from "@/lib/dates/calendar-date";
export { importFhirBundle } from "@/lib/interop/fhir-import";
export { planToFhirBundle } from "@/lib/interop/fhir-export";
export { jsonText } from "@/lib/contract/json-text";
export { drugRules, rulesVersion } from "@/rules";
export { drugIds, type DrugId, type ScheduleItemId } from "@/rules/types";
