import type { DrugId, ScreeningRule, SourceRef } from "../types";

/**
 * Screening-result rules several labels share. Each drug passes its own label sections, so
 * every rule cites the label it comes from. Within a test the specific readings come first:
 * the engine applies the first rule that matches (lib/plan/screening.ts).
 */

/**
 * Tuberculosis, for labels that say: evaluate for active and latent TB before starting; do
 * not start in active TB; treat latent TB before the first dose; monitor for TB during
 * treatment (the oral JAK inhibitors' boxed warning and section 2.1; deucravacitinib's 2.1).
 * An IGRA stays positive after treatment, so latent TB whose preventive treatment has started
 * no longer blocks the start: it becomes a caution.
 */
export function tuberculosisRules(drug: DrugId, name: string, sources: readonly SourceRef[]): ScreeningRule[] {
  const tb = { evidence: "label" as const, sources, test: "tb" as const, result: "positive" as const };
  return [
    {
      id: `${drug}.screening.tb-active`,
      ...tb,
      readings: ["active"],
      phase: "before-start",
      action: "do-not-start",
      advice: `Active TB: do not start ${name}; treat the TB first.`,
    },
    {
      id: `${drug}.screening.tb-latent-untreated`,
      ...tb,
      readings: ["latent"],
      phase: "before-start",
      action: "do-not-start",
      advice: `Latent TB: start preventive TB treatment before the first dose of ${name}; hold the start until it has begun.`,
    },
    {
      id: `${drug}.screening.tb-latent-treated`,
      ...tb,
      readings: ["latent-treated"],
      action: "caution",
      advice: `Latent TB with preventive treatment started: ${name} may be given; monitor for active TB throughout treatment (an IGRA stays positive after treatment and needs no repeat).`,
    },
    {
      id: `${drug}.screening.tb-positive`,
      ...tb,
      readings: ["unassessed"],
      phase: "before-start",
      action: "do-not-start",
      advice: `Positive TB test: do not start ${name} until active TB is excluded; treat latent TB before the first dose. Record the assessment (latent or active) to update the plan.`,
    },
    {
      id: `${drug}.screening.tb-positive-on-treatment`,
      ...tb,
      readings: ["unassessed", "latent", "active"],
      phase: "on-treatment",
      action: "interrupt",
      advice: `Positive TB test during treatment: hold ${name} and evaluate for active TB; treat it (or start preventive treatment for latent TB) before resuming.`,
    },
    {
      id: `${drug}.screening.tb-indeterminate`,
      evidence: "label",
      sources,
      test: "tb",
      result: "indeterminate",
      action: "caution",
      advice: "Indeterminate TB test: repeat it or evaluate further.",
    },
  ];
}

/**
 * How a label words viral hepatitis:
 * - "active": not recommended in active hepatitis B or C (abrocitinib, upadacitinib);
 * - "any": not recommended in hepatitis B or C, without "active" (ritlecitinib);
 * - "assess": screen and assess, with no stated limit (the others).
 */
export type HepatitisWording = "active" | "any" | "assess";

/**
 * Hepatitis B and C results. Under "active" and "any" a positive screen holds the start until
 * it is assessed; HBsAg, HBV DNA or HCV RNA mean an active infection. Anti-HBc with HBsAg
 * negative, or HCV RNA not detected, is a past infection, not an active one: the plan asks
 * for HBV DNA and a liver specialist when it is detected, the same for every such label.
 */
export function viralHepatitisRules(
  drug: DrugId,
  name: string,
  sources: readonly SourceRef[],
  wording: HepatitisWording,
): ScreeningRule[] {
  const base = { evidence: "label" as const, sources, result: "positive" as const };
  const limit =
    wording === "active"
      ? "is not recommended in active hepatitis B or C"
      : wording === "any"
        ? "is not recommended in hepatitis B or C"
        : "";
  const holds = wording !== "assess";
  const active = holds
    ? `${name} ${limit}: do not start it.`
    : `assess with a liver specialist before starting ${name}.`;
  const pastInfection = `not an active infection${wording === "any" ? ', though the label does not say "active": decide with a liver specialist' : ""}.`;
  return [
    {
      id: `${drug}.screening.hbv-active`,
      ...base,
      test: "hbv",
      readings: ["hbsag-positive", "hbv-dna-detected"],
      phase: "before-start",
      action: holds ? "do-not-start" : "caution",
      advice: `Active hepatitis B (HBsAg positive or HBV DNA detected): ${active} If HBV DNA is detected, consult a liver specialist.`,
    },
    {
      id: `${drug}.screening.hbv-past`,
      ...base,
      test: "hbv",
      readings: ["anti-hbc-only"],
      action: "caution",
      advice: `Anti-HBc positive with HBsAg negative: a past hepatitis B infection, ${pastInfection} Check HBV DNA before starting and monitor it during treatment; if it is detected, consult a liver specialist.`,
    },
    {
      id: `${drug}.screening.hbv-positive`,
      ...base,
      test: "hbv",
      readings: ["unassessed"],
      phase: "before-start",
      action: holds ? "do-not-start" : "caution",
      advice: `Positive hepatitis B screen: establish whether the infection is active (HBsAg, HBV DNA) before starting${holds ? `; ${name} ${limit}` : ""}. Record the result to update the plan.`,
    },
    {
      id: `${drug}.screening.hcv-active`,
      ...base,
      test: "hcv",
      readings: ["rna-detected"],
      phase: "before-start",
      action: holds ? "do-not-start" : "caution",
      advice: `Active hepatitis C (HCV RNA detected): ${active}`,
    },
    {
      id: `${drug}.screening.hcv-past`,
      ...base,
      test: "hcv",
      readings: ["rna-not-detected"],
      action: "caution",
      advice: `Hepatitis C antibody positive with HCV RNA not detected: a past infection, ${pastInfection}`,
    },
    {
      id: `${drug}.screening.hcv-positive`,
      ...base,
      test: "hcv",
      readings: ["unassessed"],
      phase: "before-start",
      action: holds ? "do-not-start" : "caution",
      advice: `Positive hepatitis C screen: establish whether the infection is active (HCV RNA) before starting${holds ? `; ${name} ${limit}` : ""}. Record the result to update the plan.`,
    },
    {
      id: `${drug}.screening.hepatitis-on-treatment`,
      ...base,
      test: "hbv",
      phase: "on-treatment",
      action: "caution",
      advice: `Positive hepatitis B test during treatment: consult a liver specialist about reactivation while on ${name}.`,
    },
    {
      id: `${drug}.screening.hcv-on-treatment`,
      ...base,
      test: "hcv",
      phase: "on-treatment",
      action: "caution",
      advice: `Positive hepatitis C test during treatment: consult a liver specialist while on ${name}.`,
    },
  ];
}
