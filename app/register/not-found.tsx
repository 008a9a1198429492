import Link from "next/link";

/** A register address that names no record (an unknown patient id): a way back, not the framework's bare page. */
export default function RegisterNotFound() {
  return (
    <>
      <h1>No such record</h1>
      <p>
        The register has no patient at this address: the link may be mistyped, or come from another clinic&apos;s
        register.
      </p>
      <p>
        <Link href="/register" prefetch={false}>
          Back to the worklist
        </Link>
      </p>
    </>
  );
}
