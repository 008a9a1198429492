"use client";

import { useState, type FormEvent } from "react";
import { passwordLength } from "@/lib/register/account-inputs";
import { postJson } from "../_components/post-json";
import { useHydrated } from "../_components/use-hydrated";

const fields = [
  { name: "currentPassword", label: "Current password", autoComplete: "current-password" },
  {
    name: "newPassword",
    label: `New password (at least ${passwordLength.min} characters)`,
    autoComplete: "new-password",
  },
  { name: "repeatedPassword", label: "New password again", autoComplete: "new-password" },
] as const;

/** The signed-in user's own password: the first one an admin gave, or any later one. */
export function PasswordForm({ csrfToken }: { csrfToken: string }) {
  const hydrated = useHydrated();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState("");

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = event.currentTarget;
    const form = new FormData(target);
    const body = Object.fromEntries(fields.map(({ name }) => [name, String(form.get(name) ?? "")]));
    const outcome = await postJson<{ changed: true }>("/api/register/account/password", body, csrfToken);
    if (!outcome.ok) {
      setNotice(
        outcome.errors.some((error) => error.path === "") ? "" : "Nothing was changed: correct the fields marked.",
      );
      return setErrors(Object.fromEntries(outcome.errors.map((error) => [error.path, error.message])));
    }
    setErrors({});
    target.reset();
    setNotice("Password changed. Your other sessions were ended; this one goes on.");
  };

  return (
    <form onSubmit={(event) => void submit(event)} method="post" aria-label="Change your password">
      <fieldset className="bare" disabled={!hydrated}>
        {fields.map(({ name, label, autoComplete }) => (
          <div className="field" key={name}>
            <label htmlFor={name}>{label}</label>
            <input
              id={name}
              name={name}
              type="password"
              autoComplete={autoComplete}
              maxLength={passwordLength.max}
              aria-describedby={`${name}-error`}
            />
            <p className="field-error" id={`${name}-error`} role="alert">
              {errors[name] ?? ""}
            </p>
          </div>
        ))}
        <button type="submit">Change the password</button>
      </fieldset>
      <p className="field-error" role="alert">
        {errors[""] ?? ""}
      </p>
      <p role="status">{notice}</p>
    </form>
  );
}
