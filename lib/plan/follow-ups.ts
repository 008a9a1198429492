import { consensusFollowUpRange } from "@/rules/class/routine-monitoring";
import type { Cited, FollowUpRule } from "@/rules/types";
import type { CalendarDate } from "@/lib/dates/calendar-date";
import { appliesInRegion, type PlanContext } from "./context";
import { findingFrom } from "./findings";
import { regionLabelName } from "@/lib/words/regions";
import { scheduleItemNames } from "@/lib/words/schedule-items";
import { addOffset, offsetLabel, offsetWords } from "./offsets";
import { isWithinConsensusRange } from "@/lib/contract/consensus-range";
import { resultWindowFor } from "./result-window";
import { scheduleItemFrom, type DatedItem } from "./schedule-item";
import type { Finding } from "@/lib/contract/plan";

/** Dates of dose increases: a new daily dose above the last dose that was not an interruption. */
export function doseIncreaseDates(context: PlanContext): CalendarDate[] {
  const changes = [...(context.request.doseChanges ?? [])].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
  let lastDose = context.request.doseMg ?? 0;
  const increases: CalendarDate[] = [];
  for (const change of changes) {
    if (change.doseMg === 0) continue;
    if (change.doseMg > lastDose) increases.push(change.date);
    lastDose = change.doseMg;
  }
  return increases;
}

function withinHorizon(context: PlanContext, date: CalendarDate): boolean {
  return date <= context.horizonEndDate;
}

/** A lab test gets the window of results that count for it; a clinical review does not. */
const windowFor = (item: FollowUpRule["item"], date: CalendarDate, since: CalendarDate, dueBy?: CalendarDate) =>
  item === "clinical-review" ? undefined : resultWindowFor(date, since, dueBy);

/**
 * The first check is kept even when it falls after the horizon (the plan then says so); a
 * repeat series stops at the horizon, which the printout's footnote covers.
 */
function startAnchored(rule: FollowUpRule, context: PlanContext): DatedItem[] {
  const first = addOffset(context.startDate, rule.after);
  const dueBy = rule.latest ? addOffset(context.startDate, rule.latest) : undefined;
  const items: DatedItem[] = [
    {
      date: first,
      label: offsetLabel(rule.after),
      item: scheduleItemFrom(rule, rule.item, rule.why, {
        dueBy,
        resultWindow: windowFor(rule.item, first, context.startDate, dueBy),
      }),
    },
  ];
  if (rule.thenEvery) {
    let previous = first;
    for (let times = 1; ; times += 1) {
      const date = addOffset(context.startDate, rule.thenEvery, times);
      if (!withinHorizon(context, date)) break;
      if (date <= (dueBy ?? first)) continue;
      const why = `Repeat every ${offsetWords(rule.thenEvery)}: ${rule.why}`;
      items.push({
        date,
        label: offsetLabel(rule.thenEvery, times),
        item: scheduleItemFrom(rule, rule.item, why, { resultWindow: windowFor(rule.item, date, previous) }),
        repeat: true,
      });
      previous = date;
    }
  }
  return items;
}

function doseIncreaseAnchored(rule: FollowUpRule, context: PlanContext): DatedItem[] {
  return doseIncreaseDates(context).map((increase) => {
    const date = addOffset(increase, rule.after);
    const dueBy = rule.latest ? addOffset(increase, rule.latest) : undefined;
    return {
      date,
      label: `${offsetWords(rule.after)} after dose increase`,
      item: scheduleItemFrom(rule, rule.item, `${rule.why} (dose increased on ${increase})`, {
        dueBy,
        resultWindow: windowFor(rule.item, date, increase, dueBy),
      }),
    };
  });
}

/** The dated follow-up tests of the drug's rules (first checks past the horizon included, for build-plan to report). */
export function planFollowUps(context: PlanContext): DatedItem[] {
  return context.rules.followUps
    .filter((rule) => appliesInRegion(rule, context))
    .flatMap((rule) => (rule.anchor === "start" ? startAnchored(rule, context) : doseIncreaseAnchored(rule, context)));
}

/**
 * A check only the other label ties to a dose increase, for a plan that has one: said as a note
 * with the date that label gives it, so the check is not dropped without a word.
 */
export function otherLabelsDoseIncreaseChecks(context: PlanContext): Finding[] {
  const otherLabels = context.rules.followUps.filter(
    (rule) => rule.anchor === "dose-increase" && rule.region !== undefined && !appliesInRegion(rule, context),
  );
  if (otherLabels.length === 0) return [];
  const increases = doseIncreaseDates(context);
  if (increases.length === 0) return [];
  const findings: Finding[] = [];
  for (const rule of otherLabels) {
    if (rule.region === undefined) continue; // never: the filter kept only rules of a region
    const dates = increases.map((increase) => {
      const date = addOffset(increase, rule.after);
      const beyond = date > context.horizonEndDate ? ", after this plan's end" : "";
      return `${date} (after the increase on ${increase}${beyond})`;
    });
    const follows = rule.disagreement ?? `This plan follows the ${regionLabelName(context.region)}.`;
    findings.push(
      findingFrom(
        rule,
        "info",
        `Under the ${regionLabelName(rule.region)}: ${rule.why} That label would date it ${dates.join(", ")}. ${follows}`,
      ),
    );
  }
  return findings;
}

// The rule behind a routine repeat, citing the consensus paper too: worked out once per drug.
const withConsensus = new WeakMap<Cited, Cited>();
function routineWithConsensus(routine: Cited): Cited {
  let rule = withConsensus.get(routine);
  if (rule === undefined) {
    rule = { ...routine, sources: [...routine.sources, ...consensusFollowUpRange.sources] };
    withConsensus.set(routine, rule);
  }
  return rule;
}

/**
 * "Then per routine patient management": repeated at the clinician's interval when one is
 * given; otherwise a `missing` finding says the plan stops at the label's dated checks and
 * names the consensus range, which is offered but never assumed.
 */
export function planRoutineMonitoring(context: PlanContext): { findings: Finding[]; items: DatedItem[] } {
  const routine = context.rules.routineMonitoring;
  if (!routine || !appliesInRegion(routine, context)) return { findings: [], items: [] };
  const interval = context.request.routineIntervalMonths;
  const names = routine.items.map((item) => scheduleItemNames[item]).join(" and ");
  const range = `${consensusFollowUpRange.fromWeeks}–${consensusFollowUpRange.toWeeks} weeks`;
  if (interval === undefined) {
    return {
      findings: [
        findingFrom(
          routineWithConsensus(routine),
          "missing",
          `Routine interval not set: after the dated checks the label leaves ${names} to routine patient management and gives no interval, so this plan schedules none. Choose an interval (the Kirchhof 2024 consensus puts the first follow-up ${range} after the start and agreed on no frequency after it), or arrange them separately.`,
        ),
      ],
      items: [],
    };
  }
  const consensus = isWithinConsensusRange(interval);
  const rule = consensus ? routineWithConsensus(routine) : routine;
  const why = `Routine repeat every ${interval} month${interval === 1 ? "" : "s"} (interval chosen by the clinician${consensus ? `; the first repeat falls ${range} after the start, the consensus first follow-up` : ""}; the label says "routine patient management").`;
  const items: DatedItem[] = [];
  let previous = context.startDate;
  for (let times = 1; ; times += 1) {
    const date = addOffset(context.startDate, { months: interval }, times);
    if (!withinHorizon(context, date)) break;
    for (const test of routine.items) {
      items.push({
        date,
        label: offsetLabel({ months: interval }, times),
        item: scheduleItemFrom(rule, test, why, { resultWindow: resultWindowFor(date, previous) }),
        repeat: true,
        mayJoinNearbyVisit: true,
      });
    }
    previous = date;
  }
  return { findings: [], items };
}
