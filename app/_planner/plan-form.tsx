"use client";

import { Activity, memo, useEffect } from "react";
import { get, useFormState, useWatch, type UseFormReturn } from "react-hook-form";
import type { LabTestId } from "@/rules/types";
import type { DrugChoices } from "@/lib/planner/drug-choices";
import type { FormValues, UnitPreferences } from "./form-values";
import type { FieldsetProps } from "./form-fields";
import { TreatmentFieldset } from "./fieldsets/treatment-fieldset";
import { ClinicSettingsFieldset } from "./fieldsets/clinic-settings-fieldset";
import { PatientFieldset } from "./fieldsets/patient-fieldset";
import { BaselineLabsFieldset } from "./fieldsets/baseline-labs-fieldset";
import { ScreeningFieldset } from "./fieldsets/screening-fieldset";
import { ZosterFieldset } from "./fieldsets/zoster-fieldset";
import { FollowUpFieldset } from "./fieldsets/follow-up-fieldset";
import { DoseChangesFieldset } from "./fieldsets/dose-changes-fieldset";

/** Tells the planner, once, that the fieldsets beside it have hydrated. */
function Hydrated({ then }: { then: () => void }) {
  useEffect(then, [then]);
  return null;
}

/**
 * The request form, one component per fieldset. Memoised, and each fieldset subscribes to the
 * few values it shows, so the planner's re-renders as the plan changes pass the form by.
 */
export const PlanForm = memo(function PlanForm({
  form,
  drugChoices,
  onUnitChange,
  unitPreferences,
  nextVisitDate,
  onHydrated,
}: {
  form: UseFormReturn<FormValues>;
  drugChoices: DrugChoices;
  onUnitChange: (test: LabTestId, unit: string) => void;
  unitPreferences: () => UnitPreferences;
  /** The first lab visit still to be done, offered as the date of the next results entered. */
  nextVisitDate: string | undefined;
  /** Called once the fieldsets answer input: before that, what is typed could be overwritten. */
  onHydrated: () => void;
}) {
  const { register, setValue, control } = form;
  const { errors, touchedFields } = useFormState({ control });
  // A field's error shows once the field has been left. react-hook-form checks a whole list
  // when a row is added, so without this an empty new row would open with errors, and its
  // message vanishing as it is filled in moved the "Add" button from under the next click.
  const errorOf = (path: string): string | undefined =>
    get(touchedFields, path) ? (get(errors, path) as { message?: string } | undefined)?.message : undefined;
  const drug = useWatch({ control, name: "drug" });
  const fieldset: FieldsetProps = { control, register, errorOf };

  return (
    <form className="plan-form" noValidate onSubmit={(event) => event.preventDefault()} aria-label="Plan request">
      {/* A boundary of their own: the page hydrates the fieldsets after the planner around them, in
          slices and one commit of their own, not in one long task that keeps a phone from answering.
          An Activity, not a Suspense boundary: the server would send a form this large out of order
          and reveal it by script, shifting the page as it loads. */}
      <Activity mode="visible">
        <TreatmentFieldset {...fieldset} setValue={setValue} drugChoices={drugChoices} />
        <ClinicSettingsFieldset {...fieldset} />
        <PatientFieldset {...fieldset} />
        <BaselineLabsFieldset {...fieldset} setValue={setValue} onUnitChange={onUnitChange} />
        <ScreeningFieldset {...fieldset} />
        <ZosterFieldset {...fieldset} />
        <FollowUpFieldset
          {...fieldset}
          setValue={setValue}
          onUnitChange={onUnitChange}
          unitPreferences={unitPreferences}
          nextVisitDate={nextVisitDate}
        />
        {drugChoices[drug].route === "oral" ? <DoseChangesFieldset {...fieldset} drugChoices={drugChoices} /> : null}
        <Hydrated then={onHydrated} />
      </Activity>
    </form>
  );
});
