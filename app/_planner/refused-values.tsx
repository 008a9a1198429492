"use client";

import type { LabTestId, ScreeningTestId } from "@/rules/types";
import { screeningFormLabels } from "@/lib/words/screening";
import { analytes } from "@/lib/units/analytes";
import type { FieldError } from "@/lib/contract/field-errors";

/**
 * An error as the summary lists it, naming the field: a lab row's message is led by the
 * analyte and where it was entered ("Platelets (baseline): must be a number.").
 */
export function summaryLine(error: FieldError): string {
  const tableDate = tableDateName(error.path);
  if (tableDate) return `${tableDate}: ${dateDetail(error.message)}`;
  const picker = emptyDate.test(error.message) ? datePickerName(error.path) : undefined;
  if (picker) return `${picker}: ${dateDetail(error.message)}`;
  const lab = /^(?:labs|followUps\.(\d+)\.labs)\.([a-z-]+)\.(\w+)$/.exec(error.path);
  const test = lab?.[2] as LabTestId | undefined;
  if (!lab || !test || !(test in analytes)) return error.message;
  const name = analytes[test].name;
  const where = lab[1] === undefined ? "baseline" : `visit ${Number(lab[1]) + 1}`;
  const field = lab[3] === "uln" ? " upper limit of normal" : lab[3] === "date" ? " date" : "";
  const detail =
    lab[3] === "date"
      ? dateDetail(error.message)
      : error.message
          .replace(/^(Lab value|Lab unit)\s+/, "")
          .replace(new RegExp(`^${name}( upper limit of normal)?\\s+`), "");
  return `${name}${field} (${where}): ${detail}`;
}

/** The date a lab table's values share: the baseline's "Drawn on" or a visit's date. */
function tableDateName(path: string): string | undefined {
  if (path === "labsDate") return "Baseline labs, drawn on";
  const visit = /^followUps\.(\d+)\.date$/.exec(path);
  return visit ? `Visit ${Number(visit[1]) + 1}, date` : undefined;
}

/** The form's word for a date left empty or half typed (check-form.ts), which does not name the field. */
const emptyDate = /^Empty or incomplete\./;

/** Each date picker outside the lab tables, as the form labels it, by its form path. */
const datePickerNames: [RegExp, (match: RegExpExecArray) => string][] = [
  [/^startDate$/, () => "Start date (first dose)"],
  [/^asOf$/, () => "Today (as of)"],
  [/^screening\.([a-z]+)\.date$/, (match) => `${screeningLabel(match[1])}, date`],
  [
    /^screening\.([a-z]+)\.preventiveTreatmentStarted$/,
    (match) => `${screeningLabel(match[1])}, preventive treatment started`,
  ],
  [/^otherScreening\.(\d+)\.date$/, (match) => `Other screening result ${Number(match[1]) + 1}, date`],
  [
    /^otherScreening\.(\d+)\.preventiveTreatmentStarted$/,
    (match) => `Other screening result ${Number(match[1]) + 1}, preventive treatment started`,
  ],
  [/^zoster\.rzvDose1$/, () => "Recombinant (Shingrix) dose 1"],
  [/^zoster\.rzvDose2$/, () => "Recombinant dose 2"],
  [/^zoster\.zvl$/, () => "Live zoster vaccine (Zostavax)"],
  [/^otherZoster\.(\d+)\.date$/, (match) => `Other dose ${Number(match[1]) + 1} date (zoster vaccine)`],
  [/^doseChanges\.(\d+)\.date$/, (match) => `Change ${Number(match[1]) + 1} date (dose changes after the start)`],
];

function screeningLabel(test: string | undefined): string {
  return test && test in screeningFormLabels ? screeningFormLabels[test as ScreeningTestId] : "Screening";
}

function datePickerName(path: string): string | undefined {
  for (const [pattern, name] of datePickerNames) {
    const match = pattern.exec(path);
    if (match) return name(match);
  }
  return undefined;
}

/** A date's message after the field's name: "Lab date must be…" reads "must be…", "Empty…" reads "empty…". */
function dateDetail(message: string): string {
  const detail = message.replace(/^Lab date\s+/, "");
  return detail.charAt(0).toLowerCase() + detail.slice(1);
}

/**
 * The fields to fix, each a button that takes the cursor there. With a provisional plan the
 * banner says the plan below leaves those values out and cannot be printed until they are fixed.
 */
export function RefusedValues({
  errors,
  provisional,
  onFocus,
}: {
  errors: readonly FieldError[];
  provisional: boolean;
  onFocus: (path: string) => void;
}) {
  return (
    <section className="no-print incomplete" aria-labelledby="incomplete-heading">
      <h2 id="incomplete-heading">{provisional ? "Fix these fields to print the plan" : "Plan not ready yet"}</h2>
      <p>
        {provisional
          ? "The plan below is made without these values. Nothing prints until they are fixed:"
          : "Complete or correct these fields to see the plan:"}
      </p>
      <ul>
        {errors.map((error) => (
          <li key={`${error.path}-${error.message}`}>
            <button type="button" className="link-button" onClick={() => onFocus(error.path)}>
              {summaryLine(error)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
