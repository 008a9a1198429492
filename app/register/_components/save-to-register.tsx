"use client";

import { useId, useState, type FormEvent } from "react";
import type { PlanRequest } from "@/lib/register/engine";
import type { RegisterFieldError } from "@/lib/register/register-field-error";
import { postJson } from "./post-json";
import { RefusedFields } from "./refused-fields";

type SaveState =
  | { step: "idle"; message: string }
  | { step: "details"; csrfToken: string; errors: RegisterFieldError[] }
  | { step: "saved"; id: string };

/**
 * "Save to register" on the planner. Nothing is sent until it is clicked: the click asks only
 * who is signed in (no patient data); the plan request goes to the register when the
 * clinician then gives the clinic's identifier and presses Save.
 */
export function SaveToRegister({ request }: { request: PlanRequest | null }) {
  const id = useId();
  const [state, setState] = useState<SaveState>({ step: "idle", message: "" });

  const start = async () => {
    const response = await fetch("/api/register/csrf", { credentials: "same-origin" }).catch(() => null);
    if (response?.status === 401)
      return setState({
        step: "idle",
        message: "Sign in to the register first (Register, in the menu). Nothing was sent.",
      });
    if (!response?.ok)
      return setState({ step: "idle", message: "The register could not be reached. Nothing was sent." });
    const who = (await response.json()) as { role: string; csrfToken: string };
    if (who.role !== "clinician")
      return setState({
        step: "idle",
        message: "Only a clinician can add patients to the register. Nothing was sent.",
      });
    setState({ step: "details", csrfToken: who.csrfToken, errors: [] });
  };

  const save = async (event: FormEvent<HTMLFormElement>, csrfToken: string) => {
    event.preventDefault();
    if (!request) return;
    const form = new FormData(event.currentTarget);
    const displayName = String(form.get("displayName") ?? "").trim();
    const outcome = await postJson<{ id: string }>(
      "/api/register/patients",
      {
        clinicPatientId: String(form.get("clinicPatientId") ?? "").trim(),
        ...(displayName ? { displayName } : {}),
        request,
      },
      csrfToken,
    );
    setState(
      outcome.ok ? { step: "saved", id: outcome.value.id } : { step: "details", csrfToken, errors: outcome.errors },
    );
  };

  return (
    <section className="save-to-register no-print" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Monitoring register</h2>
      {state.step === "idle" ? (
        <>
          <button type="button" onClick={() => void start()} disabled={!request}>
            Save to register…
          </button>
          <p className="notice" aria-live="polite">
            {state.message}
          </p>
        </>
      ) : null}
      {state.step === "details" ? (
        <form onSubmit={(event) => void save(event, state.csrfToken)}>
          <div className="row">
            <div className="field">
              <label htmlFor={`${id}-clinic-id`}>Clinic patient identifier</label>
              <input id={`${id}-clinic-id`} name="clinicPatientId" required maxLength={64} autoComplete="off" />
            </div>
            <div className="field">
              <label htmlFor={`${id}-name`}>Display name (optional)</label>
              <input id={`${id}-name`} name="displayName" maxLength={120} autoComplete="off" />
            </div>
          </div>
          <button type="submit">Save</button>
          <ul role="alert">
            <RefusedFields errors={state.errors} />
          </ul>
        </form>
      ) : null}
      {state.step === "saved" ? (
        <p role="status">
          Saved to the register. <a href={`/register/patients/${state.id}`}>Open the record</a>
        </p>
      ) : null}
    </section>
  );
}
