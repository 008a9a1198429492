"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { assignableRoles } from "@/lib/register/user-inputs";
import { postJson } from "../_components/post-json";
import { useHydrated } from "../_components/use-hydrated";

const roleWords: Record<(typeof assignableRoles)[number], string> = {
  admin: "Admin",
  clinician: "Clinician",
  nurse: "Nurse",
  none: "None (no register access)",
};

/**
 * One user's access, for an admin: a new role (which ends the user's sessions, so it holds from
 * their next sign-in) and a new first password (for a forgotten one, shown here once; never for
 * another admin, whose account that would take over). An admin's own row changes neither: an admin
 * could otherwise lock the last admin out.
 */
export function UserAccessForm({
  userId,
  email,
  role,
  hasPassword,
  isSelf,
  csrfToken,
}: {
  userId: string;
  email: string;
  role: string;
  /** False for a user who signs in only through single sign-on. */
  hasPassword: boolean;
  isSelf: boolean;
  csrfToken: string;
}) {
  const hydrated = useHydrated();
  const router = useRouter();
  const [notice, setNotice] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState("");
  const base = `/api/register/users/${userId}`;

  const changeRole = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = String(new FormData(event.currentTarget).get("role") ?? "");
    if (chosen === role) return setNotice(`${email} already has this role.`);
    const outcome = await postJson<{ role: string }>(`${base}/role`, { role: chosen }, csrfToken);
    if (!outcome.ok) return setError(outcome.errors.map((entry) => entry.message).join(" "));
    setError("");
    setPassword("");
    setNotice(`${email} is now ${roleWords[chosen as keyof typeof roleWords] ?? chosen}; their sessions were ended.`);
    router.refresh();
  };

  const newPassword = async () => {
    if (!window.confirm(`Give ${email} a new first password? Their current password stops working at once.`)) return;
    const outcome = await postJson<{ password: string }>(`${base}/password`, {}, csrfToken);
    if (!outcome.ok) return setError(outcome.errors.map((entry) => entry.message).join(" "));
    setError("");
    setNotice("");
    setPassword(outcome.value.password);
  };

  if (isSelf)
    return (
      <p className="hint">Your own account: another admin changes your role; your password is under Your account.</p>
    );
  // An admin's password is only its owner's to change; a single sign-on user has none.
  const mayGivePassword = hasPassword && role !== "admin";
  return (
    <div className="user-access">
      <form onSubmit={(event) => void changeRole(event)} method="post" className="inline-form">
        <label htmlFor={`role-${userId}`} className="visually-hidden">
          Role of {email}
        </label>
        <select id={`role-${userId}`} name="role" defaultValue={role} disabled={!hydrated}>
          {assignableRoles.map((option) => (
            <option key={option} value={option}>
              {roleWords[option]}
            </option>
          ))}
        </select>
        <button type="submit" disabled={!hydrated}>
          Change role
        </button>
      </form>
      {mayGivePassword ? (
        <button type="button" className="link-button" disabled={!hydrated} onClick={() => void newPassword()}>
          New first password
        </button>
      ) : null}
      <p className="field-error" role="alert">
        {error}
      </p>
      <p role="status">
        {notice}
        {password ? (
          <>
            {email} signs in with <span className="first-password">{password}</span> and then changes it under Your
            account. Give it to them privately; it is not shown again.
          </>
        ) : null}
      </p>
    </div>
  );
}
