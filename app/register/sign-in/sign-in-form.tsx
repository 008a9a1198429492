"use client";

import { useState, type FormEvent } from "react";
import { singleSignOnStartBody, singleSignOnStartPath } from "@/lib/register/single-sign-on-request";
import { useHydrated } from "../_components/use-hydrated";

/** Email and password to better-auth's sign-in endpoint (or the configured single sign-on). */
export function SignInForm({ next, singleSignOn }: { next: string; singleSignOn: string | null }) {
  const hydrated = useHydrated();
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);

  const signIn = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setMessage("");
    const response = await fetch("/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: form.get("email"), password: form.get("password") }),
      credentials: "same-origin",
    }).catch(() => null);
    setBusy(false);
    if (response?.ok) return window.location.assign(next);
    setMessage(
      response?.status === 429
        ? "Too many sign-in attempts: wait a minute and try again."
        : "Email or password not recognised.",
    );
  };

  const signInElsewhere = async () => {
    const response = await fetch(singleSignOnStartPath, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(singleSignOnStartBody(next)),
      credentials: "same-origin",
    }).catch(() => null);
    const answer = response?.ok ? ((await response.json()) as { url?: string }) : {};
    if (answer.url) window.location.assign(answer.url);
    else setMessage("Single sign-on is not available just now.");
  };

  return (
    <>
      <form onSubmit={(event) => void signIn(event)} className="sign-in-form" method="post">
        <div className="field">
          <label htmlFor="email">Email</label>
          <input id="email" name="email" type="email" autoComplete="username" required />
        </div>
        <div className="field">
          <label htmlFor="password">Password</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required />
        </div>
        <button type="submit" disabled={busy || !hydrated}>
          Sign in
        </button>
      </form>
      {singleSignOn ? (
        <button type="button" onClick={() => void signInElsewhere()}>
          Sign in with {singleSignOn}
        </button>
      ) : null}
      <p className="field-error" role="alert">
        {message}
      </p>
    </>
  );
}
