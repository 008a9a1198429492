import type { FieldError } from "@/lib/register/engine";

/**
 * Shown instead of the plan when the record's saved request fails the rules in force (saved
 * under older rules, or restored from an older backup): nothing is scheduled from it.
 */
export function PlanRefusedNote({ errors, rulesVersion }: { errors: FieldError[]; rulesVersion: string }) {
  return (
    <section className="rules-change" aria-labelledby="plan-refused-heading">
      <h2 id="plan-refused-heading">No plan: the saved request is refused</h2>
      <p>
        This record&apos;s saved request fails the checks of the rules in force (version {rulesVersion}), so the
        register makes no plan from it and schedules nothing for this patient: arrange the monitoring outside the
        register, against the current label. No result, dose change, facts update or sign-off can be added; contact
        notes and plan reviews can, and the record and its history are kept as they are.
      </p>
      <ul>
        {errors.map((error) => (
          <li key={`${error.path}|${error.message}`}>
            {error.path ? <code>{error.path}</code> : "The request"}: {error.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
