"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import type { ReportEntry } from "@/lib/interop/fhir-import";
import { ImportReport } from "@/app/_components/import-report";
import type { RegisterFieldError } from "@/lib/register/register-field-error";
import { postJson } from "../../_components/post-json";
import { RefusedFields } from "../../_components/refused-fields";
import { useHydrated } from "../../_components/use-hydrated";

type Added = { id: string; report: ReportEntry[]; notes: string[] };

/**
 * A new record from a FHIR R4 bundle: the server reads it with the planner's importer. Once saved,
 * the page shows what the bundle held, read and ignored, before the record is opened.
 */
export function FhirImportForm({ csrfToken }: { csrfToken: string }) {
  const hydrated = useHydrated();
  const [errors, setErrors] = useState<RegisterFieldError[]>([]);
  const [added, setAdded] = useState<Added | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = event.currentTarget;
    const form = new FormData(target);
    const displayName = String(form.get("displayName") ?? "").trim();
    setAdded(null);
    const outcome = await postJson<Added>(
      "/api/register/patients/import-fhir",
      {
        clinicPatientId: String(form.get("clinicPatientId") ?? "").trim(),
        ...(displayName ? { displayName } : {}),
        bundle: String(form.get("bundle") ?? ""),
      },
      csrfToken,
    );
    if (outcome.ok) {
      setErrors([]);
      // The form empties, so the same bundle is not sent twice by a second click.
      target.reset();
      return setAdded(outcome.value);
    }
    setErrors(outcome.errors);
  };

  return (
    <form onSubmit={(event) => void submit(event)} method="post">
      {/* Nothing can be typed before the script runs: hydration would reset it without a word. */}
      <fieldset className="bare" disabled={!hydrated}>
        <div className="row">
          <div className="field">
            <label htmlFor="clinicPatientId">Clinic patient identifier</label>
            <input id="clinicPatientId" name="clinicPatientId" required maxLength={64} autoComplete="off" />
          </div>
          <div className="field">
            <label htmlFor="displayName">Display name (optional)</label>
            <input id="displayName" name="displayName" maxLength={120} autoComplete="off" />
          </div>
        </div>
        <div className="field">
          <label htmlFor="bundle">FHIR R4 Bundle (JSON)</label>
          <textarea id="bundle" name="bundle" rows={10} spellCheck={false} required />
        </div>
        <button type="submit">Add to the register</button>
      </fieldset>
      <div role="status">
        {added ? (
          <>
            <p>
              Added to the register.{" "}
              <Link href={`/register/patients/${added.id}`} prefetch={false}>
                Open the record
              </Link>
            </p>
            {added.notes.length ? (
              <ul>
                {added.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
      </div>
      {added ? <ImportReport report={added.report} /> : null}
      <div role="alert">
        {errors.length ? (
          <>
            <p>Nothing was saved:</p>
            <ul>
              <RefusedFields errors={errors} />
            </ul>
          </>
        ) : null}
      </div>
    </form>
  );
}
