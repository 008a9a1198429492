"use client";

import { useState, type FormEvent } from "react";
import { postJson } from "../../_components/post-json";
import { useHydrated } from "../../_components/use-hydrated";

/** A new record from a FHIR R4 bundle: the server reads it with the planner's importer. */
export function FhirImportForm({ csrfToken }: { csrfToken: string }) {
  const hydrated = useHydrated();
  const [errors, setErrors] = useState<string[]>([]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const displayName = String(form.get("displayName") ?? "").trim();
    const outcome = await postJson<{ id: string }>(
      "/api/register/patients/import-fhir",
      {
        clinicPatientId: String(form.get("clinicPatientId") ?? "").trim(),
        ...(displayName ? { displayName } : {}),
        bundle: String(form.get("bundle") ?? ""),
      },
      csrfToken,
    );
    if (outcome.ok) return window.location.assign(`/register/patients/${outcome.value.id}`);
    setErrors(outcome.errors.map((error) => error.message));
  };

  return (
    <form onSubmit={(event) => void submit(event)} method="post">
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
      <button type="submit" disabled={!hydrated}>
        Add to the register
      </button>
      <div role="alert">
        {errors.length ? (
          <>
            <p>Nothing was saved:</p>
            <ul>
              {errors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </form>
  );
}
