import type { CalendarDate } from "@/lib/dates/calendar-date";
import type { BaselineTestRule, LabPanelId, LabTestId, ScreeningTestId } from "@/rules/types";
import { analyteShortName, formatLimitWithLabel, formatWithLabelUnit, sentenceCase } from "@/lib/units/format";
import { isBelow, toReference } from "@/lib/units/convert";
import type { LabResult } from "@/lib/contract/plan-request";
import { countsInstead } from "./same-day";
import { evaluateCondition, isUnknown } from "./conditions";
import { regionLabelName } from "@/lib/words/regions";
import { appliesInRegion, panelAnalytes, type PlanContext } from "./context";
import { findingFrom } from "./findings";
import { scheduleItemNames } from "@/lib/words/schedule-items";
import { waitFor, type WaitingOnFacts } from "./missing-facts";
import { lackingAnalytes, requiredAnalytes } from "./required-analytes";
import { scheduleItemFrom, type DatedItem } from "./schedule-item";
import type { Finding } from "@/lib/contract/plan";

function isPanel(item: LabPanelId | ScreeningTestId): item is LabPanelId {
  return item in panelAnalytes;
}

const listOf = (names: readonly string[]) =>
  names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;

/** "platelets from 2024-12-04 is older than this clinic's 90-day baseline window". */
function tooOld(what: string, date: CalendarDate, context: PlanContext): string {
  return `${what} from ${date} is older than this clinic's ${context.baselineWindowDays}-day baseline window`;
}

/**
 * What keeps a baseline test from counting as done, in words (with the date of the one result
 * it judges too old, for a screening test), or undefined when it is done.
 * A panel needs every analyte the drug's rules read, each within the baseline window; a
 * screening test needs a result within the window, or a positive one of any age (a positive
 * TB or hepatitis test is not undone by time).
 */
function whatIsLacking(
  rule: BaselineTestRule,
  context: PlanContext,
): { words: string; staleResultDate?: CalendarDate } | undefined {
  const name = scheduleItemNames[rule.item];
  if (!isPanel(rule.item)) {
    const entry = context.baselineScreening.get(rule.item);
    if (!entry) return { words: `No baseline ${name} on file.` };
    if (entry.result !== "positive" && entry.date < context.baselineWindowStart)
      return { words: `${sentenceCase(tooOld(name, entry.date, context))}: repeat it.`, staleResultDate: entry.date };
    return undefined;
  }
  const { patient } = context;
  if (rule.item === "renal" && (patient.egfr !== undefined || patient.crclMlMin !== undefined)) return undefined;
  const fresh = (analyte: LabTestId) => {
    const lab = context.baselineLabs.get(analyte);
    return lab !== undefined && lab.date >= context.baselineWindowStart;
  };
  const lacking = lackingAnalytes(rule.item, requiredAnalytes(context.rules, context.region, rule.item), fresh);
  if (lacking.length === 0) return undefined;
  const stale = lacking.filter((analyte) => context.baselineLabs.has(analyte));
  const absent = lacking.filter((analyte) => !context.baselineLabs.has(analyte));
  if (!panelAnalytes[rule.item].some((analyte) => context.baselineLabs.has(analyte)))
    return { words: `No baseline ${name} on file.` };
  const parts = [
    ...(absent.length ? [`no ${listOf(absent.map(analyteShortName))} on file`] : []),
    ...stale.map(
      (analyte) => `${tooOld(analyteShortName(analyte), context.baselineLabs.get(analyte)!.date, context)}: repeat`,
    ),
  ];
  return { words: `Baseline ${name} not complete: ${parts.join("; ")}.` };
}

/**
 * For a baseline test missed before the start: the first day after it on which the results on
 * file do what the test asks for (a result of the screening test; for a panel, every analyte the
 * rules read, drawn that day). Once the patient has started, a late test is all that can still be
 * done: the plan says it came late rather than keep the start's test overdue for good.
 */
function doneAfterStart(rule: BaselineTestRule, context: PlanContext): CalendarDate | undefined {
  const after = (entry: { date: CalendarDate }) => entry.date > context.startDate;
  if (!isPanel(rule.item)) {
    const dates = (context.request.screening ?? [])
      .filter((entry) => entry.test === rule.item && after(entry))
      .map((entry) => entry.date);
    return dates.length ? dates.reduce((first, date) => (date < first ? date : first)) : undefined;
  }
  const drawn = new Map<CalendarDate, Set<LabTestId>>();
  for (const lab of context.request.labs ?? [])
    if (after(lab)) drawn.set(lab.date, (drawn.get(lab.date) ?? new Set()).add(lab.test));
  const required = requiredAnalytes(context.rules, context.region, rule.item);
  const item = rule.item;
  return [...drawn.keys()]
    .sort()
    .find((date) => lackingAnalytes(item, required, (analyte) => drawn.get(date)!.has(analyte)).length === 0);
}

/**
 * The baseline visit (on the start date) and a `missing` finding for each test not done. A
 * test for some patients only (a pregnancy test) is planned when its condition holds or is
 * not known yet; in the second case the plan also asks for the fact. A test missed before the
 * start and done after it is done, late: an `info` finding says so.
 */
export function planBaselineTests(
  context: PlanContext,
  waiting: WaitingOnFacts,
): { findings: Finding[]; items: DatedItem[]; lateBaselineLabs: Map<LabTestId, LabResult> } {
  const findings: Finding[] = [];
  const items: DatedItem[] = [];
  const lateBaselineLabs = new Map<LabTestId, LabResult>();
  for (const rule of context.rules.baselineTests) {
    if (!appliesInRegion(rule, context)) continue;
    if (rule.when) {
      const truth = evaluateCondition(rule.when, context);
      if (truth === false) continue;
      if (isUnknown(truth)) waitFor(waiting, truth, rule, rule.why);
    }
    const lacking = whatIsLacking(rule, context);
    const lateOn = lacking ? doneAfterStart(rule, context) : undefined;
    if (lacking && lateOn)
      findings.push(
        findingFrom(
          rule,
          "info",
          // The done-late news first: a finding's first sentence is its one-line summary.
          `Baseline ${scheduleItemNames[rule.item]} done late: on ${lateOn}, after the start, in place of one before it. ${rule.why}`,
          rule.item,
        ),
      );
    else if (lacking)
      findings.push(findingFrom(rule, "missing", `${lacking.words} ${rule.why}`, rule.item, lacking.staleResultDate));
    if (lateOn && isPanel(rule.item)) {
      const analytes: readonly LabTestId[] = panelAnalytes[rule.item];
      for (const lab of context.request.labs ?? []) {
        if (lab.date !== lateOn || !analytes.includes(lab.test)) continue;
        const other = lateBaselineLabs.get(lab.test);
        if (!other || isLowerResult(lab, other)) lateBaselineLabs.set(lab.test, lab);
      }
    }
    const why = lateOn ? `${rule.why} Done after the start, on ${lateOn}.` : rule.why;
    items.push({
      date: context.startDate,
      label: "Baseline",
      item: scheduleItemFrom(rule, rule.item, why, { status: lacking && !lateOn ? "due" : "done" }),
    });
  }
  return { findings, items, lateBaselineLabs };
}

// Two results of one analyte on one day count as the worse (lower), as everywhere else.
const isLowerResult = countsInstead("lower");

/**
 * Baseline labs against the do-not-start thresholds. Under the plan's region a value below
 * the limit is "do-not-start" (a value older than the baseline window too: a low count is not
 * cleared by time, only by a new result); a limit that only the other region sets, and that
 * the value breaks, is shown as an `info` disagreement so the clinician sees both. When the
 * plan follows both labels, the stricter limit of an analyte speaks for it. Results drawn after
 * the start in place of a missed baseline (`lateBaselineLabs`) are held to the same limits, as a
 * caution: the drug has started, and the during-treatment limits decide what to do now, but the
 * clinician learns that the label would not have started it.
 */
export function checkStartThresholds(
  context: PlanContext,
  lateBaselineLabs: ReadonlyMap<LabTestId, LabResult> = new Map(),
): Finding[] {
  const findings: Finding[] = [];
  const drugName = context.rules.name;
  const firing = new Set<string>();
  // Following both labels, the higher (stricter) limit of an analyte is met first and speaks for it.
  const rules =
    context.region === "both"
      ? [...context.rules.startThresholds].sort((a, b) => toReference(b.test, b.below) - toReference(a.test, a.below))
      : context.rules.startThresholds;
  for (const rule of rules) {
    const baselineLab = context.baselineLabs.get(rule.test);
    const lab = baselineLab ?? lateBaselineLabs.get(rule.test);
    if (!lab || !isBelow(rule.test, lab, rule.below)) continue;
    const when = !baselineLab
      ? ", drawn after the start in place of the missed baseline"
      : lab.date < context.baselineWindowStart
        ? `, older than the ${context.baselineWindowDays}-day baseline window`
        : "";
    const value = `${sentenceCase(analyteShortName(rule.test))} ${formatWithLabelUnit(rule.test, lab, rule.below.unit)} (${lab.date}${when}) is below ${formatLimitWithLabel(rule.test, rule.below, lab.unit)}`;
    if (appliesInRegion(rule, context)) {
      if (context.region === "both" && firing.has(rule.test)) continue;
      firing.add(rule.test);
      findings.push(
        baselineLab
          ? findingFrom(rule, "do-not-start", `${value}: do not start ${drugName}.`, rule.test, lab.date)
          : findingFrom(
              rule,
              "caution",
              `${value}, the limit for starting ${drugName}: it was started without this baseline result. The during-treatment limits apply from here.`,
              rule.test,
              lab.date,
            ),
      );
    } else if (rule.region) {
      findings.push(
        findingFrom(
          rule,
          "info",
          `Under the ${regionLabelName(rule.region)}: ${value}, its limit for starting ${drugName}. This plan follows the ${regionLabelName(context.region)}.`,
          rule.test,
          lab.date,
        ),
      );
    }
  }
  // A disagreement note is noise when the followed label already refuses the same analyte.
  return findings.filter((finding) => finding.action !== "info" || !firing.has(finding.test ?? ""));
}
