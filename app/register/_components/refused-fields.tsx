import Link from "next/link";
import type { RegisterFieldError } from "@/lib/register/register-field-error";

/** What the register refused, one item each; a clinic identifier already in use links to its record. */
export function RefusedFields({ errors }: { errors: readonly RegisterFieldError[] }) {
  return errors.map((error) => (
    <li key={`${error.path} ${error.message}`}>
      {error.message}
      {error.recordId ? (
        <>
          {" "}
          <Link href={`/register/patients/${error.recordId}`} prefetch={false}>
            Open that record
          </Link>
        </>
      ) : null}
    </li>
  ));
}
