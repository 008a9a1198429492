import type { DrugId, LiverInjuryRule, SourceRef } from "../types";

/**
 * "Interrupt if drug-induced liver injury is suspected" (upadacitinib, baricitinib,
 * tofacitinib). The labels name no number; the usual signal of suspected drug-induced liver
 * injury, ALT or AST above 3 times the upper limit of normal, comes from the FDA's 2009
 * guidance, so the rule is shown as consensus and cites both.
 */
/** ALT or AST above this many times the upper limit of normal: the usual signal (FDA DILI guidance, 2009). */
export const liverInjurySignalTimes = 3;

export function liverInjuryRule(drug: DrugId, name: string, label: SourceRef): LiverInjuryRule {
  return {
    id: `${drug}.treatment.liver-injury`,
    evidence: "consensus",
    sources: [
      label,
      { source: "fda-dili-2009", section: "Signals of hepatotoxicity: ALT or AST above 3× the upper limit of normal" },
    ],
    tests: ["alt", "ast"],
    aboveUlnTimes: liverInjurySignalTimes,
    action: "interrupt",
    advice: `The label says to interrupt ${name} if drug-induced liver injury is suspected, until it is excluded; ALT or AST above 3× the upper limit of normal is the usual signal (FDA guidance).`,
  };
}
