import type { LabelRegion } from "@/rules/types";

/** The version of the plan contract every answer carries. */
export const contractVersion = 1;

/** How far a plan runs when the request says nothing. */
export const defaultHorizonMonths = 12;

/** The API's default label region; the planner asks instead of assuming one. */
export const defaultLabelRegion: LabelRegion = "US";

/**
 * How old a baseline result may be and still count: the labels say only "before starting",
 * so this is the clinic's setting (`baselineWindowDays`), not a label's number.
 */
export const defaultBaselineWindowDays = 90;

/**
 * The widest window, in days, within which visit planning draws a routine test with another
 * visit (`visitPlanning.mergeWithinDays`): a week. Wider, a monthly routine test could land
 * outside its own result window (a quarter of its interval, at least 7 days for a month).
 */
export const maxMergeWithinDays = 7;

/**
 * The planner's clinic settings, on for a new form: routine tests within a week of another visit
 * are drawn at it — the week-12 lipid panel and a month-3 routine panel, 5 to 8 days apart, become
 * one blood draw in most months — and visits are kept off weekends. The API keeps both off unless
 * asked, so a request written before they existed gets the same plan.
 */
export const plannerVisitPlanning = { mergeWithinDays: maxMergeWithinDays, avoidWeekends: true } as const;
