"use client";

import type { LabTestId } from "@/rules/types";
import { analytes } from "@/lib/units/analytes";
import type { FieldError } from "@/lib/contract/field-errors";

/**
 * An error as the summary lists it, naming the field: a lab row's message is led by the
 * analyte and where it was entered ("Platelets (baseline): must be a number.").
 */
export function summaryLine(error: FieldError): string {
  const tableDate = tableDateName(error.path);
  if (tableDate) return `${tableDate}: ${dateDetail(error.message)}`;
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
