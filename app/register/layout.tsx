import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "./_components/sign-out-button";
import "./register.css";

/** The register's pages: its own navigation under the app's header. Every page checks the user itself. */
export default function RegisterLayout({ children }: { children: ReactNode }) {
  return (
    <div className="register">
      <nav aria-label="Register" className="register-nav no-print">
        <Link href="/register" prefetch={false}>
          Worklist
        </Link>
        <Link href="/register/patients/new" prefetch={false}>
          Add a patient from FHIR
        </Link>
        <Link href="/register/audit" prefetch={false}>
          Audit trail
        </Link>
        <Link href="/register/users" prefetch={false}>
          Users
        </Link>
        <SignOutButton />
      </nav>
      {children}
    </div>
  );
}
