import { describedBy, Field } from "../field";
import type { FieldsetProps } from "../form-fields";
import { mergeWindowChoices } from "../form-values";

/**
 * The clinic's visit planning: routine tests drawn with a nearby visit, and visits kept off
 * weekends. Both start on in the planner (the API keeps them off unless asked); the plan states
 * the rule it followed above the schedule and on the clinician's printout.
 */
export function ClinicSettingsFieldset({ register, errorOf }: FieldsetProps) {
  const mergeError = errorOf("visitPlanning.mergeWithinDays");
  return (
    <fieldset>
      <legend>Clinic settings</legend>
      <div className="row">
        <Field
          id="mergeWithinDays"
          label="Draw routine tests with a visit up to"
          error={mergeError}
          hint="Your clinic's setting, not a label's: a routine test due this close to another visit is drawn at it. A date a label sets never moves."
        >
          <select
            {...describedBy("mergeWithinDays", mergeError, "hint")}
            {...register("visitPlanning.mergeWithinDays")}
          >
            {mergeWindowChoices.map((days) => (
              <option key={days} value={days}>
                {days === "0" ? "Off" : `${days} day${days === "1" ? "" : "s"} away`}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <label>
        <input type="checkbox" {...register("visitPlanning.avoidWeekends")} /> Avoid weekends (move a visit at most 2
        days, to the nearest weekday)
      </label>
    </fieldset>
  );
}
