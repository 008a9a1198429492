import type { ScreeningInterpretation } from "@/rules/types";
import { liverInjurySignalTimes } from "@/rules/class/liver-injury";
import { isBelow } from "@/lib/units/convert";
import type { LabResult, ScreeningEntry } from "@/lib/contract/plan-request";

/*
 * Two results of one test on one day: which one the plan reads. The contract takes its lists
 * in any order, so the order must never decide, not even between two equal values: every
 * comparison below is settled by the results themselves, down to the last field the plan shows.
 */

/**
 * Of two results of one analyte on one day, whether `a` counts instead of `b`: the worse
 * value (the lower or the higher, as the rule reading it needs). Of two equal values, the one
 * with the laboratory's upper limit of normal (the lower, stricter limit first), so a result
 * that can be judged is not hidden by one that cannot; then the unit, only for the wording.
 */
export function countsInstead(worse: "lower" | "higher"): (a: LabResult, b: LabResult) => boolean {
  return (a, b) => {
    if (isBelow(a.test, a, b)) return worse === "lower";
    if (isBelow(b.test, b, a)) return worse === "higher";
    const limitA = a.uln ?? Number.POSITIVE_INFINITY;
    const limitB = b.uln ?? Number.POSITIVE_INFINITY;
    if (limitA !== limitB) return limitA < limitB;
    if (a.unit !== b.unit) return a.unit < b.unit;
    return a.value < b.value;
  };
}

const isHigher = countsInstead("higher");
const isLower = countsInstead("lower");

/** A liver enzyme as a multiple of the laboratory's own upper limit of normal; undefined without a usable limit. */
const multipleOfLimit = (result: LabResult) =>
  result.uln !== undefined && result.uln > 0 && Number.isFinite(result.value / result.uln)
    ? result.value / result.uln
    : undefined;

/**
 * Of two results of one analyte on one day, whether `a` is the worse as the rules read it.
 * Liver enzymes: of two with a usable upper limit of normal, the larger multiple of it (95 U/L
 * of 30 is worse than 100 U/L of 50); of one with a limit and one without, the one with it only
 * when it is above the liver-injury signal (3×), else the higher value, which the plan cannot
 * judge and so asks for its limit. Creatinine: the higher (the lower clearance). Every other
 * analyte: the lower.
 */
export function isWorseResult(a: LabResult, b: LabResult): boolean {
  if (a.test === "alt" || a.test === "ast") {
    const [multipleA, multipleB] = [multipleOfLimit(a), multipleOfLimit(b)];
    if (multipleA !== undefined && multipleB !== undefined && multipleA !== multipleB) return multipleA > multipleB;
    if ((multipleA === undefined) !== (multipleB === undefined)) {
      const judged = multipleA ?? multipleB!;
      if (judged > liverInjurySignalTimes) return multipleA !== undefined;
    }
    return isHigher(a, b);
  }
  return a.test === "creatinine" ? isHigher(a, b) : isLower(a, b);
}

// Of two screening results on one day, a positive outranks an indeterminate, which
// outranks a negative.
const resultSeverity: Readonly<Record<ScreeningEntry["result"], number>> = {
  positive: 2,
  indeterminate: 1,
  negative: 0,
};

// Of two positives, the reading that asks more before the start counts: active or replicating
// infection, then a positive nobody has interpreted yet, then the readings that allow a start
// (distinct ranks, so that no two readings tie).
const readingCaution: Readonly<Record<ScreeningInterpretation | "unassessed", number>> = {
  active: 0,
  "hbsag-positive": 1,
  "hbv-dna-detected": 2,
  "rna-detected": 3,
  unassessed: 4,
  "anti-hbc-only": 5,
  latent: 6,
  "rna-not-detected": 7,
};

const cautionOf = (entry: ScreeningEntry) => readingCaution[entry.interpretation ?? "unassessed"];

/**
 * Of two screening results of one test on one day, whether `a` counts instead of `b`: the
 * more severe result, then the more cautious reading, then latent TB without preventive
 * treatment (or with the later start) before latent TB treated earlier.
 */
export function isMoreSevereScreening(a: ScreeningEntry, b: ScreeningEntry): boolean {
  if (a.result !== b.result) return resultSeverity[a.result] > resultSeverity[b.result];
  if (cautionOf(a) !== cautionOf(b)) return cautionOf(a) < cautionOf(b);
  const treatedA = a.preventiveTreatmentStarted ?? "9999-12-31";
  const treatedB = b.preventiveTreatmentStarted ?? "9999-12-31";
  return treatedA > treatedB;
}
