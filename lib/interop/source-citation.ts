import type { PlanSource } from "@/lib/contract/plan";

/**
 * Where a section was read when not in the label's own text (a review's table, a national copy),
 * as every citation in text writes it after the section: " (read in …)", or nothing.
 */
export const readInNote = (source: PlanSource): string => (source.readIn ? ` (read in ${source.readIn})` : "");

/** A citation in plain text: "Title, section" and where it was read, if not in the label. */
export const sourceCitation = (source: PlanSource): string => `${source.title}, ${source.section}${readInNote(source)}`;
