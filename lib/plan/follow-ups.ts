import type { FollowUpRule } from "@/rules/types";
import { appliesInRegion, type PlanContext } from "./context";
import { findingFrom } from "./findings";
import { scheduleItemNames } from "./item-names";
import { addOffset, offsetLabel, offsetWords } from "./offsets";
import { scheduleItemFrom, type DatedItem } from "./schedule-item";
import type { Finding } from "./types";

/** Dates of dose increases: a new daily dose above the last dose that was not an interruption. */
export function doseIncreaseDates(context: PlanContext): string[] {
  const changes = [...(context.request.doseChanges ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let lastDose = context.request.doseMg ?? 0;
  const increases: string[] = [];
  for (const change of changes) {
    if (change.doseMg === 0) continue;
    if (change.doseMg > lastDose) increases.push(change.date);
    lastDose = change.doseMg;
  }
  return increases;
}

function withinHorizon(context: PlanContext, date: string): boolean {
  return date <= context.horizonEndDate;
}

function startAnchored(rule: FollowUpRule, context: PlanContext): DatedItem[] {
  const first = addOffset(context.startDate, rule.after);
  const dueBy = rule.latest ? addOffset(context.startDate, rule.latest) : undefined;
  const items: DatedItem[] = [];
  if (withinHorizon(context, first)) {
    items.push({ date: first, label: offsetLabel(rule.after), item: scheduleItemFrom(rule, rule.item, rule.why, { dueBy }) });
  }
  if (rule.thenEvery) {
    for (let times = 1; ; times += 1) {
      const date = addOffset(context.startDate, rule.thenEvery, times);
      if (!withinHorizon(context, date)) break;
      if (date <= (dueBy ?? first)) continue;
      const why = `Repeat every ${offsetWords(rule.thenEvery)}: ${rule.why}`;
      items.push({ date, label: offsetLabel(rule.thenEvery, times), item: scheduleItemFrom(rule, rule.item, why) });
    }
  }
  return items;
}

function doseIncreaseAnchored(rule: FollowUpRule, context: PlanContext): DatedItem[] {
  return doseIncreaseDates(context)
    .map((increase) => ({
      date: addOffset(increase, rule.after),
      label: `${offsetWords(rule.after)} after dose increase`,
      item: scheduleItemFrom(rule, rule.item, `${rule.why} (dose increased on ${increase})`, {
        dueBy: rule.latest ? addOffset(increase, rule.latest) : undefined,
      }),
    }))
    .filter((dated) => withinHorizon(context, dated.date));
}

/** The dated follow-up tests of the drug's rules, within the plan's horizon. */
export function planFollowUps(context: PlanContext): DatedItem[] {
  return context.rules.followUps
    .filter((rule) => appliesInRegion(rule, context))
    .flatMap((rule) => (rule.anchor === "start" ? startAnchored(rule, context) : doseIncreaseAnchored(rule, context)));
}

/**
 * "Then per routine patient management": repeated at the clinician's interval when one is
 * given; otherwise an `info` finding says the plan stops at the label's dated checks.
 */
export function planRoutineMonitoring(context: PlanContext): { findings: Finding[]; items: DatedItem[] } {
  const routine = context.rules.routineMonitoring;
  if (!routine || !appliesInRegion(routine, context)) return { findings: [], items: [] };
  const interval = context.request.routineIntervalMonths;
  const names = routine.items.map((item) => scheduleItemNames[item]).join(" and ");
  if (interval === undefined) {
    const rule = { ...routine, sources: [...routine.sources, { source: "kirchhof-2024" as const, section: "Abstract; recommendations on ongoing monitoring" }] };
    return {
      findings: [
        findingFrom(
          rule,
          "info",
          `After the dated checks the label leaves ${names} to routine patient management and gives no interval. Choose a routine interval to schedule them; the consensus papers agree least on this frequency (Kirchhof 2024).`,
        ),
      ],
      items: [],
    };
  }
  const items: DatedItem[] = [];
  for (let times = 1; ; times += 1) {
    const date = addOffset(context.startDate, { months: interval }, times);
    if (!withinHorizon(context, date)) break;
    for (const test of routine.items) {
      const why = `Routine repeat every ${interval} month${interval === 1 ? "" : "s"} (interval chosen by the clinician; the label says "routine patient management").`;
      items.push({ date, label: offsetLabel({ months: interval }, times), item: scheduleItemFrom(routine, test, why) });
    }
  }
  return { findings: [], items };
}
