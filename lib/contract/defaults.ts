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
