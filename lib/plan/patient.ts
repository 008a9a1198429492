import type { AdviceRule, PatientCondition, PatientRule } from "@/rules/types";
import { formatNumber } from "@/lib/units/format";
import { evaluateCondition, isUnknown, renalFactsRead } from "./conditions";
import { regionLabelName } from "@/lib/words/regions";
import { appliesInRegion, type PlanContext } from "./context";
import { findingFrom } from "./findings";
import { waitFor, type WaitingOnFacts } from "./missing-facts";
import { describeCreatinineClearance } from "./patient-facts";
import type { Finding } from "@/lib/contract/plan";

/** The indication: off-label in this region, or a patient younger than the approved age. */
export function checkIndication(context: PlanContext): Finding[] {
  const { rules, request } = context;
  const indication = rules.indications.find((entry) => entry.indication === request.indication);
  if (!indication) return [];
  const findings: Finding[] = [];
  if (indication.region && context.region === "both") {
    findings.push(
      findingFrom(
        indication,
        "caution",
        `${rules.name} is approved for ${request.indication} only under the ${regionLabelName(indication.region)}: off-label under the other label.`,
      ),
    );
  } else if (indication.region && !appliesInRegion(indication, context)) {
    findings.push(
      findingFrom(
        indication,
        "caution",
        `Off-label under the ${regionLabelName(context.region)}: ${rules.name} is approved for ${request.indication} only under the ${regionLabelName(indication.region)}.`,
      ),
    );
  }
  if (request.patient.ageYears < indication.minimumAgeYears) {
    findings.push(
      findingFrom(
        indication,
        "caution",
        `Age ${request.patient.ageYears} is below the approved age for this indication (${indication.minimumAgeYears} and over): ${indication.population}`,
      ),
    );
  }
  return findings;
}

/**
 * A rule's words for this patient: the on-treatment wording once the patient has started, in the
 * plan's label's own words where the labels differ on it.
 */
function adviceFor(rule: PatientRule | AdviceRule, context: PlanContext): string {
  if (!context.onTreatment) return rule.advice;
  const { region } = context;
  const underPlanLabel =
    region === "both" || !("onTreatmentUnder" in rule) ? undefined : rule.onTreatmentUnder?.[region];
  return underPlanLabel ?? rule.onTreatment ?? rule.advice;
}

/** The kidney function a renal rule was decided on, after its words: "… (CrCl 42.3 mL/min, Cockcroft–Gault from …)". */
export function withRenalBasis(text: string, condition: PatientCondition, context: PlanContext): string {
  const read = renalFactsRead(condition);
  const basis: string[] = [];
  if (read.has("egfr") && context.patient.egfr !== undefined)
    basis.push(`eGFR ${formatNumber(context.patient.egfr)} mL/min/1.73 m²`);
  if (read.has("crcl") && context.creatinineClearance)
    basis.push(describeCreatinineClearance(context.creatinineClearance));
  return basis.length ? `${text} Decided on ${basis.join(" and ")}.` : text;
}

/**
 * Contraindications, "not recommended" and cautions on the patient's facts. A rule of the
 * other region that matches is shown as an `info` disagreement; a rule whose facts are not
 * known waits for them (see missing-facts.ts).
 */
export function checkPatientRules(context: PlanContext, waiting: WaitingOnFacts): Finding[] {
  const findings: Finding[] = [];
  for (const rule of context.rules.patientRules) {
    const applies = appliesInRegion(rule, context);
    const truth = evaluateCondition(rule.when, context);
    if (isUnknown(truth)) {
      if (applies) waitFor(waiting, truth, rule, rule.advice);
      continue;
    }
    if (!truth) continue;
    if (applies) {
      // A contraindication to starting, for a patient already on the drug, is a reason to stop it.
      const action = context.onTreatment && rule.onTreatmentAction ? rule.onTreatmentAction : rule.action;
      findings.push(findingFrom(rule, action, withRenalBasis(adviceFor(rule, context), rule.when, context)));
    } else if (rule.region) {
      findings.push(
        findingFrom(
          rule,
          "info",
          `Under the ${regionLabelName(rule.region)}: ${rule.advice} This plan follows the ${regionLabelName(context.region)}.`,
        ),
      );
    }
  }
  return findings;
}

/** Advice that applies whenever the drug is planned (and its patient condition, if any). */
export function adviceFindings(context: PlanContext, waiting: WaitingOnFacts): Finding[] {
  const findings: Finding[] = [];
  for (const rule of context.rules.advice) {
    if (!appliesInRegion(rule, context)) continue;
    if (rule.when) {
      const truth = evaluateCondition(rule.when, context);
      if (isUnknown(truth)) waitFor(waiting, truth, rule, rule.advice);
      if (truth !== true) continue;
    }
    findings.push(findingFrom(rule, rule.action, adviceFor(rule, context)));
  }
  const noRoutineLabs = context.rules.noRoutineLabs;
  if (noRoutineLabs) findings.push(findingFrom(noRoutineLabs, "info", noRoutineLabs.advice));
  return findings;
}
