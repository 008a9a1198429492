import { matchesCondition } from "./conditions";
import { appliesInRegion, regionLabelName, type PlanContext } from "./context";
import { findingFrom } from "./findings";
import type { Finding } from "./types";

/** The indication: off-label in this region, or a patient younger than the approved age. */
export function checkIndication(context: PlanContext): Finding[] {
  const { rules, request } = context;
  const indication = rules.indications.find((entry) => entry.indication === request.indication);
  if (!indication) return [];
  const findings: Finding[] = [];
  if (!appliesInRegion(indication, context) && indication.region) {
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
 * Contraindications, "not recommended", dose adjustments and cautions on the patient's
 * facts. A rule of the other region that matches is shown as an `info` disagreement.
 */
export function checkPatientRules(context: PlanContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of context.rules.patientRules) {
    if (!matchesCondition(rule.when, context)) continue;
    if (appliesInRegion(rule, context)) {
      findings.push(findingFrom(rule, rule.action, rule.advice));
    } else if (rule.region) {
      findings.push(
        findingFrom(rule, "info", `Under the ${regionLabelName(rule.region)}: ${rule.advice} This plan follows the ${regionLabelName(context.region)}.`),
      );
    }
  }
  return findings;
}

/** Screening results dated on or before the start date that change whether to start. */
export function checkScreening(context: PlanContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of context.rules.screeningRules) {
    const entry = context.baselineScreening.get(rule.test);
    if (!entry || entry.result !== rule.result || !appliesInRegion(rule, context)) continue;
    findings.push(findingFrom(rule, rule.action, `${rule.advice} (Result of ${entry.date}.)`, rule.test));
  }
  return findings;
}

/** Advice that applies whenever the drug is planned (and its patient condition, if any). */
export function adviceFindings(context: PlanContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of context.rules.advice) {
    if (!appliesInRegion(rule, context) || (rule.when && !matchesCondition(rule.when, context))) continue;
    findings.push(findingFrom(rule, rule.action, rule.advice));
  }
  const noRoutineLabs = context.rules.noRoutineLabs;
  if (noRoutineLabs) findings.push(findingFrom(noRoutineLabs, "info", noRoutineLabs.advice));
  return findings;
}
