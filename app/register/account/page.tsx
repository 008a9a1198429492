import { NotAllowed } from "../_components/not-allowed";
import { pageAccess } from "../_components/page-user";
import { hasPassword } from "@/register/auth/users";
import { PasswordForm } from "./password-form";

export const metadata = { title: "Your account — JAK Monitor register" };

/** /register/account: the signed-in user's own password. */
export default async function AccountPage() {
  const access = await pageAccess("account.password", "/register/account");
  if (!access.allowed) return <NotAllowed role={access.user.actor.role} />;
  return (
    <>
      <h1>Your account</h1>
      <p>
        Signed in as {access.user.name} ({access.user.actor.role}). Change the first password you were given here, and
        any time you think someone else may know it.
      </p>
      {(await hasPassword(access.service, access.user.actor.id)) ? (
        <PasswordForm csrfToken={access.csrfToken} />
      ) : (
        <p>You sign in through the clinic&apos;s single sign-on: this account has no password to change here.</p>
      )}
    </>
  );
}
