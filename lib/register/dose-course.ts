import type { CalendarDate } from "@/lib/dates/calendar-date";
import { formatHumanDate } from "@/lib/dates/human-date";
import type { PlanRequest } from "@/lib/register/engine";

const dose = (doseMg: number) => (doseMg === 0 ? "interrupted" : `${doseMg} mg a day`);

/**
 * A record's dose on `today` in words, with where it started and the changes planned after today:
 * "100 mg a day since Thu 3 Sep 2026 (started on 200 mg a day, Mon 3 Aug 2026)". The starting dose
 * alone would misstate what a patient whose dose changed takes now.
 */
export function doseCourseWords(request: PlanRequest, today: CalendarDate): string {
  const starts = request.startDate > today ? "starts" : "started";
  if (request.doseMg === undefined) return `${starts} ${formatHumanDate(request.startDate)}`;
  const changes = [...(request.doseChanges ?? [])].sort((a, b) => (a.date < b.date ? -1 : 1));
  const made = changes.filter((change) => change.date <= today);
  const planned = changes.filter((change) => change.date > today);
  const latest = made.at(-1);
  const started = formatHumanDate(request.startDate);
  const now =
    latest === undefined
      ? `${dose(request.doseMg)}, ${starts} ${started}`
      : `${dose(latest.doseMg)} since ${formatHumanDate(latest.date)} (started on ${dose(request.doseMg)}, ${started})`;
  const next = planned.map((change) => `${dose(change.doseMg)} from ${formatHumanDate(change.date)}`);
  return next.length === 0 ? now : `${now}; planned: ${next.join(", ")}`;
}
