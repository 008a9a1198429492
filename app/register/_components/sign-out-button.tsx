"use client";

/** Ends the session in the database (better-auth's sign-out) and returns to the sign-in page. */
export function SignOutButton() {
  const signOut = async () => {
    await fetch("/api/auth/sign-out", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
      credentials: "same-origin",
    }).catch(() => undefined);
    window.location.assign("/register/sign-in");
  };
  return (
    <button type="button" className="link-button" onClick={() => void signOut()}>
      Sign out
    </button>
  );
}
