import { drugRules } from "@/rules";
import type {
  AdviceRule,
  BaselineTestRule,
  Cited,
  DoseAdjustmentRule,
  DrugId,
  DoseStep,
  DrugRules,
  FollowUpRule,
  IndicationRule,
  LiverInjuryRule,
  PatientRule,
  ScreeningRule,
  StartThresholdRule,
  TreatmentThresholdRule,
  TrendRule,
  ZosterRule,
} from "@/rules/types";
import { drugIds } from "@/rules/types";
import { actionSentences } from "@/lib/words/actions";
import { scheduleItemNames } from "@/lib/words/schedule-items";
import { offsetWords, resolveSources } from "@/lib/plan";
import { analyteShortName, sentenceCase } from "@/lib/units/format";
import { screeningReadingNames, screeningTestNames } from "@/lib/words/screening";
import { describeCondition } from "./condition-words";
import type { ExplorerRule, RuleKind } from "./explorer-rule";
import { indicationNames } from "@/lib/words/indications";
import { plainWorded, worded, type Worded } from "./unit-systems";

/** First letter upper-case, except in a name like "eGFR" whose case carries meaning. */
function capitalize(text: string): string {
  return /^[a-z][A-Z]/.test(text) ? text : sentenceCase(text);
}

function base(drug: DrugId, kind: RuleKind, rule: Cited, text: Worded, summary: Worded): ExplorerRule {
  return {
    id: rule.id,
    drug,
    kind,
    text,
    summary,
    evidence: rule.evidence,
    ...(rule.region === undefined ? {} : { region: rule.region }),
    sources: resolveSources(rule.sources),
    ...(rule.disagreement === undefined ? {} : { disagreement: rule.disagreement }),
  };
}

function indicationRule(drug: DrugId, rule: IndicationRule): ExplorerRule {
  const name = indicationNames[rule.indication];
  const offLabel = rule.offLabel ? " Off-label in the region named." : "";
  return base(drug, "indication", rule, plainWorded(`${name}: ${rule.population}${offLabel}`), plainWorded(name));
}

function doseRule(drug: DrugId, rule: DoseStep): ExplorerRule {
  const indications = rule.indications.map((indication) => indicationNames[indication]).join(", ");
  const text = `${rule.regimen} (${rule.doseMg} mg a day) for ${indications}: ${rule.use}`;
  return base(drug, "dose", rule, plainWorded(text), plainWorded(rule.regimen));
}

function patientRule(drug: DrugId, rule: PatientRule): ExplorerRule {
  const when = describeCondition(rule.when);
  return {
    ...base(
      drug,
      "patient",
      rule,
      plainWorded(`${capitalize(when)}: ${actionSentences[rule.action].toLowerCase()}. ${rule.advice}`),
      plainWorded(capitalize(when)),
    ),
    action: rule.action,
  };
}

function doseAdjustmentRule(drug: DrugId, rule: DoseAdjustmentRule): ExplorerRule {
  const when = capitalize(describeCondition(rule.when));
  const later = rule.mayIncrease
    ? ` Up to ${rule.mayIncrease.toMaxDoseMg} mg a day after ${rule.mayIncrease.afterWeeks} weeks if the response is inadequate.`
    : "";
  const start = rule.startingDoseOnly ? " (starting dose)" : "";
  return {
    ...base(
      drug,
      "dose-adjustment",
      rule,
      plainWorded(`${when}: at most ${rule.maxDoseMg} mg a day${start}. ${rule.advice}${later}`),
      plainWorded(`${when}: ≤ ${rule.maxDoseMg} mg a day${start}`),
    ),
    action: "reduce-dose",
  };
}

function liverInjuryRule(drug: DrugId, rule: LiverInjuryRule): ExplorerRule {
  const enzymes = rule.tests.map((test) => analyteShortName(test)).join(" or ");
  return {
    ...base(
      drug,
      "liver-injury",
      rule,
      plainWorded(
        `${enzymes} above ${rule.aboveUlnTimes}× the laboratory's upper limit of normal during treatment: ${actionSentences[rule.action].toLowerCase()} if drug-induced liver injury is suspected. ${rule.advice}`,
      ),
      plainWorded(`${enzymes} > ${rule.aboveUlnTimes}× ULN: ${actionSentences[rule.action].toLowerCase()}`),
    ),
    action: rule.action,
  };
}

function baselineRule(drug: DrugId, rule: BaselineTestRule): ExplorerRule {
  const item = scheduleItemNames[rule.item];
  const only = rule.when ? ` (only if ${describeCondition(rule.when)})` : "";
  return {
    ...base(
      drug,
      "baseline",
      rule,
      plainWorded(`Before the first dose: ${item}${only}. ${rule.why}`),
      plainWorded(`${capitalize(item)}${only}`),
    ),
    item: rule.item,
  };
}

function startThresholdRule(drug: DrugId, rule: StartThresholdRule): ExplorerRule {
  const analyte = analyteShortName(rule.test);
  return {
    ...base(
      drug,
      "start-threshold",
      rule,
      worded(
        (format) =>
          `Baseline ${analyte} below ${format(rule.test, rule.below)}: do not start. A value exactly at the limit passes.`,
      ),
      worded((format) => `${sentenceCase(analyte)} < ${format(rule.test, rule.below)}`),
    ),
    action: "do-not-start",
    test: rule.test,
  };
}

function treatmentThresholdRule(drug: DrugId, rule: TreatmentThresholdRule): ExplorerRule {
  const analyte = analyteShortName(rule.test);
  const action = actionSentences[rule.action];
  const text = worded((format) => {
    const confirmed = rule.confirmByRepeat ? ", confirmed by a repeat test" : "";
    const restart = rule.restartAtLeast
      ? ` May restart once ${analyte} is back to ${format(rule.test, rule.restartAtLeast)} or more.`
      : rule.restartAbove
        ? ` Resume once ${analyte} is above ${format(rule.test, rule.restartAbove)}.`
        : rule.restartWhen
          ? ` ${rule.restartWhen}`
          : "";
    const meanwhile = rule.untilConfirmed ? ` Until the repeat: ${rule.untilConfirmed}.` : "";
    return `${capitalize(analyte)} ${rule.inclusive ? "at or below" : "below"} ${format(rule.test, rule.below)} during treatment${confirmed}: ${action.toLowerCase()}.${meanwhile}${restart}`;
  });
  return {
    ...base(
      drug,
      "treatment-threshold",
      rule,
      text,
      worded(
        (format) =>
          `${sentenceCase(analyte)} ${rule.inclusive ? "≤" : "<"} ${format(rule.test, rule.below)}: ${action.toLowerCase()}`,
      ),
    ),
    action: rule.action,
    test: rule.test,
  };
}

function trendRule(drug: DrugId, rule: TrendRule): ExplorerRule {
  const analyte = analyteShortName(rule.test);
  const action = actionSentences[rule.action];
  const confirmed = rule.confirmByRepeat ? ", confirmed by a repeat test" : "";
  return {
    ...base(
      drug,
      "trend",
      rule,
      worded(
        (format) =>
          `${capitalize(analyte)} falling by more than ${format(rule.test, rule.fallOfMoreThan)} from baseline during treatment${confirmed}: ${action.toLowerCase()}. ${rule.restartWhen}`,
      ),
      worded(
        (format) =>
          `${capitalize(analyte)} falls > ${format(rule.test, rule.fallOfMoreThan)} from baseline: ${action.toLowerCase()}`,
      ),
    ),
    action: rule.action,
    test: rule.test,
  };
}

/** "Week 4", "weeks 4–8, then every 3 months", "4 weeks after each dose increase". */
function timing(rule: FollowUpRule): string {
  const window = !rule.latest
    ? offsetWords(rule.after)
    : "weeks" in rule.after && "weeks" in rule.latest
      ? `${rule.after.weeks} to ${offsetWords(rule.latest)}`
      : `${offsetWords(rule.after)} to ${offsetWords(rule.latest)}`;
  const anchor = rule.anchor === "start" ? "after starting" : "after each dose increase";
  const repeat = rule.thenEvery ? `, then every ${offsetWords(rule.thenEvery)}` : "";
  return `${window} ${anchor}${repeat}`;
}

function followUpRule(drug: DrugId, rule: FollowUpRule): ExplorerRule {
  const item = scheduleItemNames[rule.item];
  const when = timing(rule);
  // A "why" that only says the test and its timing again ("CBC with platelets and differential 4 weeks
  // after starting.") would read twice; one that gives a reason is kept.
  const why = rule.why.endsWith(`${when}.`) ? "" : ` ${rule.why}`;
  return {
    ...base(
      drug,
      "follow-up",
      rule,
      plainWorded(`${sentenceCase(item)} ${when}.${why}`),
      plainWorded(`${sentenceCase(item)}: ${when}`),
    ),
    item: rule.item,
  };
}

function screeningRule(drug: DrugId, rule: ScreeningRule): ExplorerRule {
  const readings = rule.readings
    ? ` (${rule.readings.map((reading) => screeningReadingNames[reading]).join(" or ")})`
    : "";
  const phase =
    rule.phase === "before-start" ? " before the start" : rule.phase === "on-treatment" ? " during treatment" : "";
  const finding = `${sentenceCase(rule.result)} ${screeningTestNames[rule.test]}${readings}${phase}`;
  return {
    ...base(
      drug,
      "screening",
      rule,
      plainWorded(`${finding}: ${actionSentences[rule.action].toLowerCase()}. ${rule.advice}`),
      plainWorded(finding),
    ),
    action: rule.action,
  };
}

function adviceRule(drug: DrugId, rule: AdviceRule): ExplorerRule {
  const only = rule.when ? ` (when ${describeCondition(rule.when)})` : "";
  return {
    ...base(
      drug,
      "advice",
      rule,
      plainWorded(`${actionSentences[rule.action]}${only}: ${rule.advice}`),
      plainWorded(rule.advice),
    ),
    action: rule.action,
  };
}

function zosterRule(drug: DrugId, rule: ZosterRule): ExplorerRule {
  const text = `Recombinant zoster vaccine (two doses) from age ${rule.fromAgeYears}, dose 1 before the first dose of the drug. ${rule.why}`;
  return base(
    drug,
    "zoster",
    rule,
    plainWorded(text),
    plainWorded(`Recombinant zoster vaccine from age ${rule.fromAgeYears}`),
  );
}

/** Every rule of one drug, in the order the drug page lists them. */
export function explorerRulesOf(rules: DrugRules): ExplorerRule[] {
  const drug = rules.id;
  const rows: ExplorerRule[] = [
    ...rules.indications.map((rule) => indicationRule(drug, rule)),
    ...rules.doses.map((rule) => doseRule(drug, rule)),
    ...rules.patientRules.map((rule) => patientRule(drug, rule)),
    ...(rules.doseAdjustments ?? []).map((rule) => doseAdjustmentRule(drug, rule)),
    ...rules.baselineTests.map((rule) => baselineRule(drug, rule)),
    ...rules.startThresholds.map((rule) => startThresholdRule(drug, rule)),
    ...rules.treatmentThresholds.map((rule) => treatmentThresholdRule(drug, rule)),
    ...(rules.trendRules ?? []).map((rule) => trendRule(drug, rule)),
    ...(rules.liverInjury ? [liverInjuryRule(drug, rules.liverInjury)] : []),
    ...rules.followUps.map((rule) => followUpRule(drug, rule)),
  ];
  const routine = rules.routineMonitoring;
  if (routine) {
    const items = routine.items.map((item) => scheduleItemNames[item]).join(", ");
    const text = `After the dated checks the label repeats ${items} according to routine patient management and gives no interval; the planner repeats them only at an interval the clinician chooses.`;
    rows.push(
      base(
        drug,
        "routine",
        routine,
        plainWorded(text),
        plainWorded(`Then ${items}: routine, no interval in the label`),
      ),
    );
  }
  rows.push(...rules.screeningRules.map((rule) => screeningRule(drug, rule)));
  if (rules.zoster) rows.push(zosterRule(drug, rules.zoster));
  rows.push(...rules.advice.map((rule) => adviceRule(drug, rule)));
  const none = rules.noRoutineLabs;
  if (none)
    rows.push({
      ...base(
        drug,
        "no-routine-labs",
        none,
        plainWorded(none.advice),
        plainWorded("No routine labs required by the label"),
      ),
      action: "info",
    });
  return rows;
}

/** Every rule of every drug, drug by drug in the registry's order. */
export function allExplorerRules(): ExplorerRule[] {
  return drugIds.flatMap((drug) => explorerRulesOf(drugRules[drug]));
}
