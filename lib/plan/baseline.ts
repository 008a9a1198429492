import type { BaselineTestRule, LabPanelId, ScreeningTestId } from "@/rules/types";
import { analyteShortName, formatLimitIn, formatQuantity, sentenceCase } from "@/lib/units/format";
import { isBelow } from "@/lib/units/convert";
import { matchesCondition } from "./conditions";
import { appliesInRegion, panelAnalytes, regionLabelName, type PlanContext } from "./context";
import { findingFrom } from "./findings";
import { scheduleItemNames } from "./item-names";
import { scheduleItemFrom, type DatedItem } from "./schedule-item";
import type { Finding } from "./types";


function isPanel(item: LabPanelId | ScreeningTestId): item is LabPanelId {
  return item in panelAnalytes;
}

function isOnFile(rule: BaselineTestRule, context: PlanContext): boolean {
  if (!isPanel(rule.item)) return context.baselineScreening.has(rule.item);
  if (rule.item === "renal" && context.request.patient.egfr !== undefined) return true;
  return panelAnalytes[rule.item].some((analyte) => context.baselineLabs.has(analyte));
}

/** The baseline visit (on the start date) and a `missing` finding for each test not on file. */
export function planBaselineTests(context: PlanContext): { findings: Finding[]; items: DatedItem[] } {
  const findings: Finding[] = [];
  const items: DatedItem[] = [];
  for (const rule of context.rules.baselineTests) {
    if (!appliesInRegion(rule, context) || (rule.when && !matchesCondition(rule.when, context))) continue;
    const onFile = isOnFile(rule, context);
    if (!onFile) {
      findings.push(findingFrom(rule, "missing", `No baseline ${scheduleItemNames[rule.item]} on file. ${rule.why}`, rule.item));
    }
    items.push({
      date: context.startDate,
      label: "Baseline",
      item: scheduleItemFrom(rule, rule.item, rule.why, { status: onFile ? "done" : "due" }),
    });
  }
  return { findings, items };
}

/**
 * Baseline labs against the do-not-start thresholds. Under the plan's region a value below
 * the limit is "do-not-start"; a limit that only the other region sets, and that the value
 * breaks, is shown as an `info` disagreement so the clinician sees both.
 */
export function checkStartThresholds(context: PlanContext): Finding[] {
  const findings: Finding[] = [];
  const drugName = context.rules.name;
  const firing = new Set<string>();
  for (const rule of context.rules.startThresholds) {
    const lab = context.baselineLabs.get(rule.test);
    if (!lab) {
      // One finding per missing panel comes from the baseline tests; this one names an
      // analyte left out of a panel that was otherwise done.
      const panelOnFile = Object.values(panelAnalytes).some(
        (analytes) => analytes.includes(rule.test) && analytes.some((analyte) => context.baselineLabs.has(analyte)),
      );
      if (appliesInRegion(rule, context) && panelOnFile) {
        findings.push(
          findingFrom(rule, "missing", `No baseline ${analyteShortName(rule.test)} on file: the start limit (${formatQuantity(rule.below)}) cannot be checked.`, rule.test),
        );
      }
      continue;
    }
    if (!isBelow(rule.test, lab, rule.below)) continue;
    const value = `${sentenceCase(analyteShortName(rule.test))} ${formatQuantity(lab)} (${lab.date}) is below ${formatLimitIn(rule.test, rule.below, lab.unit)}`;
    if (appliesInRegion(rule, context)) {
      firing.add(rule.test);
      findings.push(findingFrom(rule, "do-not-start", `${value}: do not start ${drugName}.`, rule.test));
    } else if (rule.region) {
      findings.push(
        findingFrom(
          rule,
          "info",
          `Under the ${regionLabelName(rule.region)}: ${value}, its limit for starting ${drugName}. This plan follows the ${regionLabelName(context.region)}.`,
          rule.test,
        ),
      );
    }
  }
  // A disagreement note is noise when the followed label already refuses the same analyte.
  return findings.filter((finding) => finding.action !== "info" || !firing.has(finding.test ?? ""));
}
