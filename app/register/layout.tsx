import Link from "next/link";
import type { ReactNode } from "react";
import { may, type Permission } from "@/register/auth/roles";
import { currentUser } from "./_components/page-user";
import { SignOutButton } from "./_components/sign-out-button";
import "./register.css";

/** The register's pages and what a role needs to open each: the navigation lists only those. */
const registerLinks: { href: string; label: string; permission: Permission }[] = [
  { href: "/register", label: "Worklist", permission: "worklist.read" },
  { href: "/register/patients/new", label: "Add a patient from FHIR", permission: "patient.create" },
  { href: "/register/audit", label: "Audit trail", permission: "audit.read" },
  { href: "/register/users", label: "Users", permission: "users.manage" },
  { href: "/register/account", label: "Your account", permission: "account.password" },
];

/**
 * The register's pages under the app's header, with the register's own navigation for a
 * signed-in user: the pages their role opens and Sign out (a user with no role yet sees only
 * Sign out; the sign-in page, signed out, none). Every page still checks the user itself.
 */
export default async function RegisterLayout({ children }: { children: ReactNode }) {
  // A register that cannot open does not keep the sign-in page from showing (each other page meets
  // the same failure in its own check).
  const user = await currentUser().then(
    (current) => current.user,
    () => null,
  );
  return (
    <div className="register">
      {user ? (
        <nav aria-label="Register" className="register-nav no-print">
          {registerLinks
            .filter(({ permission }) => may(user.actor.role, permission))
            .map(({ href, label }) => (
              <Link key={href} href={href} prefetch={false}>
                {label}
              </Link>
            ))}
          <SignOutButton />
        </nav>
      ) : null}
      {children}
    </div>
  );
}
