import { addDays, addMonths, addWeeks, daysBetween, maxDate, type CalendarDate } from "@/lib/dates/calendar-date";
import type { PlanContext } from "./context";
import { findingFrom } from "./findings";
import { scheduleItemFrom, type DatedItem } from "./schedule-item";
import type { Finding } from "@/lib/contract/plan";

// ACIP 2022: dose 2 usually 2–6 months after dose 1 (1–2 months may be used when immunosuppressed);
// a dose 2 less than 4 weeks after dose 1 is invalid and repeated at least 4 weeks after it;
// more than 6 months since dose 1: give dose 2, never restart. IDSA 2013: inactivated vaccines at
// least 2 weeks before immunosuppression, live vaccines at least 4 weeks before.
const daysBeforeStartForDose1 = 14;
const monthsToDose2 = 2;
const earliestDose2Weeks = 4;
const latestDose2Months = 6;
const liveVaccineWeeksBeforeStart = 4;

/** The recombinant zoster vaccine plan: doses due, a completed series, or an invalid dose 2. */
export function planZoster(context: PlanContext): { findings: Finding[]; items: DatedItem[] } {
  const rule = context.rules.zoster;
  if (!rule) return { findings: [], items: [] };
  const findings: Finding[] = [];
  const items: DatedItem[] = [];
  const { patient } = context.request;
  const doses = context.request.zosterVaccine ?? [];

  // In date order, so the findings do not follow the order the doses were listed in.
  for (const liveDate of doses
    .filter((dose) => dose.vaccine === "zvl")
    .map((dose) => dose.date)
    .sort()) {
    const daysBeforeStart = daysBetween(liveDate, context.startDate);
    if (daysBeforeStart < liveVaccineWeeksBeforeStart * 7) {
      const when =
        daysBeforeStart <= 0
          ? "is on or after the start date"
          : `is less than ${liveVaccineWeeksBeforeStart} weeks before the start date`;
      findings.push(
        findingFrom(
          rule,
          "caution",
          `Live zoster vaccine on ${liveDate} ${when}: live vaccines are avoided just before and during treatment. It does not count towards the recombinant series.`,
          undefined,
          // It judges one dose: the register reviews the visit that recorded it.
          liveDate,
        ),
      );
    }
  }

  if (patient.ageYears < rule.fromAgeYears) {
    findings.push(
      findingFrom(
        rule,
        "info",
        `Recombinant zoster vaccine is recommended from age ${rule.fromAgeYears}; none is planned at age ${patient.ageYears}.`,
      ),
    );
    return { findings, items };
  }

  const recombinant = doses
    .filter((dose) => dose.vaccine === "rzv")
    .map((dose) => dose.date)
    .sort();
  const beforeStart = addDays(context.startDate, -daysBeforeStartForDose1);
  const [dose1, ...later] = recombinant;

  if (dose1 === undefined) {
    const dose2 = addMonths(beforeStart, monthsToDose2);
    items.push({
      date: beforeStart,
      label: "2 weeks before start",
      item: scheduleItemFrom(
        rule,
        "rzv-dose-1",
        `${rule.why} Dose 1 at least 2 weeks before the first dose, or as soon as possible.`,
      ),
    });
    items.push({
      date: dose2,
      label: "Zoster vaccine dose 2",
      item: scheduleItemFrom(
        rule,
        "rzv-dose-2",
        "Recombinant zoster vaccine dose 2, 2 months after dose 1 (allowed 1–6 months after it; never less than 4 weeks).",
        {
          dueBy: addMonths(beforeStart, latestDose2Months),
        },
      ),
      notBefore: addWeeks(beforeStart, earliestDose2Weeks),
    });
    return { findings, items };
  }

  // Each dose after dose 1 counts only at least 4 weeks after the dose before it: a dose 2 given too
  // early is repeated at least 4 weeks after that early dose, so a repeat sooner is not valid either.
  let invalidDose2: { date: CalendarDate; after: CalendarDate } | undefined;
  for (const date of later) {
    const previous = invalidDose2?.date ?? dose1;
    if (daysBetween(previous, date) >= earliestDose2Weeks * 7) {
      findings.push(
        findingFrom(rule, "info", `Zoster vaccination complete: recombinant vaccine on ${dose1} and ${date}.`),
      );
      return { findings, items };
    }
    invalidDose2 = { date, after: previous };
  }

  if (invalidDose2) {
    const before =
      invalidDose2.after === dose1 ? `dose 1 (${dose1})` : `the early dose 2 before it (${invalidDose2.after})`;
    findings.push(
      findingFrom(
        rule,
        "missing",
        `Recombinant zoster dose 2 on ${invalidDose2.date} was less than 4 weeks after ${before} and is not valid: repeat it at least 4 weeks after ${invalidDose2.date}.`,
        "rzv-dose-2",
      ),
    );
  }
  const earliest = invalidDose2 ? addWeeks(invalidDose2.date, earliestDose2Weeks) : addMonths(dose1, monthsToDose2);
  const date = maxDate(earliest, beforeStart);
  const late = daysBetween(addMonths(dose1, latestDose2Months), date) > 0;
  items.push({
    date,
    label: date === beforeStart ? "2 weeks before start" : "Zoster vaccine dose 2",
    item: scheduleItemFrom(
      rule,
      "rzv-dose-2",
      late
        ? `Recombinant zoster vaccine dose 2: more than 6 months since dose 1 (${dose1}); give dose 2 now, do not restart the series.`
        : `Recombinant zoster vaccine dose 2 after dose 1 on ${dose1} (usually 2 months after it; allowed 1–6 months; never less than 4 weeks).`,
      late || invalidDose2 ? {} : { dueBy: addMonths(dose1, latestDose2Months) },
    ),
    // Never under 4 weeks after the dose before it, weekend or not.
    notBefore: addWeeks(invalidDose2?.date ?? dose1, earliestDose2Weeks),
  });
  return { findings, items };
}
