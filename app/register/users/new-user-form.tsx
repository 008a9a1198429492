"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { postJson } from "../_components/post-json";
import { useHydrated } from "../_components/use-hydrated";

/** An admin creates a user with a role; their first password is shown here once. */
export function NewUserForm({ csrfToken }: { csrfToken: string }) {
  const hydrated = useHydrated();
  const router = useRouter();
  const [created, setCreated] = useState<{ email: string; password: string } | null>(null);
  const [error, setError] = useState("");

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // An earlier refusal ("already exists") is not left standing beside a new attempt.
    setError("");
    const target = event.currentTarget;
    const form = new FormData(target);
    const email = String(form.get("email") ?? "");
    const outcome = await postJson<{ oneTimePassword: string }>(
      "/api/register/users",
      { email, name: String(form.get("name") ?? ""), role: String(form.get("role") ?? "") },
      csrfToken,
    );
    if (!outcome.ok) return setError(outcome.errors.map((entry) => entry.message).join(" "));
    setError("");
    setCreated({ email, password: outcome.value.oneTimePassword });
    target.reset();
    router.refresh();
  };

  return (
    <form onSubmit={(event) => void submit(event)} method="post">
      <div className="row">
        <div className="field">
          <label htmlFor="new-email">Email</label>
          <input id="new-email" name="email" type="email" required autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor="new-name">Name</label>
          <input id="new-name" name="name" required maxLength={120} autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor="new-role">Role</label>
          <select id="new-role" name="role" defaultValue="nurse">
            <option value="nurse">Nurse</option>
            <option value="clinician">Clinician</option>
            <option value="admin">Admin</option>
          </select>
        </div>
      </div>
      <button type="submit" disabled={!hydrated}>
        Create the user
      </button>
      <p className="field-error" role="alert">
        {error}
      </p>
      {created ? (
        <p role="status">
          {created.email} signs in with <span className="first-password">{created.password}</span> and then changes it
          under Your account. Give it to them privately; it is not shown again.
        </p>
      ) : null}
    </form>
  );
}
