import { formatHumanDate } from "@/lib/dates/human-date";
import type { CalendarDate } from "@/lib/register/engine";
import { registerHorizonMonths } from "@/lib/register/record";

/**
 * Shown once the register's plan has ended, or ends within the worklist's longest window: after
 * that day nothing is scheduled here, though the treatment (and its monitoring) may go on.
 */
export function PlanEndNote({ endsOn, today }: { endsOn: CalendarDate; today: CalendarDate }) {
  const ended = endsOn < today;
  return (
    <section className="rules-change" aria-labelledby="plan-end-heading">
      <h2 id="plan-end-heading">{ended ? "The register's plan has ended" : "The register's plan ends soon"}</h2>
      <p>
        The register plans {registerHorizonMonths} months from the start: this plan {ended ? "ended" : "ends"} on{" "}
        {formatHumanDate(endsOn)}, and no test after that day is scheduled here or counted as due. Arrange this
        patient&apos;s monitoring from then on outside the register.
      </p>
    </section>
  );
}
