"use client";

import type { ErrorInfo } from "next/error";

/**
 * What a page shows when it breaks (an exception while rendering, a plan that could not be made),
 * in place of Next.js's bare "Application error". It does not show the error's text, which could
 * hold a patient's values. The planner's form stays in this tab, so trying again loses nothing.
 */
export default function PageError({ retry }: ErrorInfo) {
  return (
    <section className="page-error" role="alert" aria-labelledby="page-error-heading">
      <h1 id="page-error-heading">Something went wrong on this page</h1>
      <p>
        Nothing on it can be relied on until it works again: no plan is shown. Anything typed in the planner is kept in
        this tab; try again, or reload the page.
      </p>
      <p>If it happens again, please report the steps that led to it, without the patient&rsquo;s details.</p>
      <button type="button" onClick={retry}>
        Try again
      </button>
    </section>
  );
}
