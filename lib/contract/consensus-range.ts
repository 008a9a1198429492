import { consensusFollowUpRange } from "@/rules/class/routine-monitoring";

/**
 * Whether a routine interval of whole months lies within the consensus follow-up range, a
 * month being 52/12 weeks: 1 and 2 months do; 3 months is 13 weeks and does not. Kept apart
 * from the engine so the planner form can label its choices without loading the engine.
 */
export function isWithinConsensusRange(months: number): boolean {
  const weeks = (months * 52) / 12;
  return weeks >= consensusFollowUpRange.fromWeeks && weeks <= consensusFollowUpRange.toWeeks;
}
