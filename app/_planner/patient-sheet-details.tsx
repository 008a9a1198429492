"use client";

import { useId, type ChangeEvent } from "react";
import { sheetDetailLimits, type SheetDetails } from "./sheet-details";

/**
 * The nurse's additions to the printed patient page. Outside the plan request form on purpose:
 * these fields are not part of the request, so they can reach no share link, API or register.
 * `autoComplete="off"` keeps the browser from offering one patient's name to the next.
 */
export function PatientSheetDetails({
  details,
  onChange,
}: {
  details: SheetDetails;
  onChange: (details: SheetDetails) => void;
}) {
  const id = useId();
  const change = (key: keyof SheetDetails) => (event: ChangeEvent<HTMLInputElement>) =>
    onChange({ ...details, [key]: event.target.value });
  return (
    <fieldset className="sheet-details" aria-describedby={`${id}-hint`}>
      <legend>On the printed patient page (optional)</legend>
      <p className="hint" id={`${id}-hint`}>
        Printed on the patient&apos;s page only. Kept in this tab until it is closed or the form is cleared; never put
        in the share link, the calendar file or the register.
      </p>
      <div className="row">
        <div className="field">
          <label htmlFor={`${id}-name`}>Patient name</label>
          <input
            id={`${id}-name`}
            type="text"
            autoComplete="off"
            maxLength={sheetDetailLimits.patientName}
            value={details.patientName}
            onChange={change("patientName")}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-birth`}>Date of birth</label>
          <input
            id={`${id}-birth`}
            type="date"
            autoComplete="off"
            value={details.dateOfBirth}
            onChange={change("dateOfBirth")}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-contact`}>Clinic contact</label>
        <input
          id={`${id}-contact`}
          type="text"
          autoComplete="off"
          maxLength={sheetDetailLimits.clinicContact}
          placeholder="e.g. Dermatology nurses, 555 0100"
          value={details.clinicContact}
          onChange={change("clinicContact")}
        />
      </div>
    </fieldset>
  );
}
