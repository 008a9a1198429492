import type { Cited } from "../types";

/**
 * The consensus range for follow-up labs after starting an oral JAK inhibitor in atopic
 * dermatitis: 4 to 12 weeks (Kirchhof 2024, Canadian expert panel). The labels leave the
 * repeats after their dated checks to "routine patient management", so the planner offers
 * this range as a labelled consensus choice and never applies it on its own.
 */
export const consensusFollowUpRange = {
  id: "consensus.routine.follow-up-range",
  evidence: "consensus",
  sources: [
    {
      source: "kirchhof-2024",
      section: "Best-practice statements on follow-up laboratory monitoring (4–12 weeks after starting)",
    },
  ],
  fromWeeks: 4,
  toWeeks: 12,
} as const satisfies Cited & { fromWeeks: number; toWeeks: number };
