import { singleSignOnLabel } from "@/register/auth/single-sign-on";
import { SignInForm } from "./sign-in-form";

export const metadata = { title: "Sign in — JAK Monitor register" };

/** Where the next page after sign-in may go: a register path only, never another site. */
function nextPath(next: string | string[] | undefined): string {
  const path = typeof next === "string" ? next : "";
  return /^\/register(\/[A-Za-z0-9/_-]*)?(\?[A-Za-z0-9=&_%-]*)?$/.test(path) ? path : "/register";
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { next } = await searchParams;
  return (
    <section aria-labelledby="sign-in-heading" className="sign-in">
      <h1 id="sign-in-heading">Sign in to the register</h1>
      <p className="lede">
        The monitoring register holds the clinic&apos;s patients on JAK inhibitors. The planner and the rules explorer
        need no account.
      </p>
      <SignInForm next={nextPath(next)} singleSignOn={singleSignOnLabel(process.env)} />
    </section>
  );
}
