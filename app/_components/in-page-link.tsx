"use client";

import type { ReactNode } from "react";

/**
 * A link to a place on the same page that moves the view and the keyboard there without
 * changing the address: the planner's address may hold a share link (`#request=…`), which an
 * ordinary `#id` link would replace. Without the script it is an ordinary link.
 */
export function InPageLink({ to, className, children }: { to: string; className?: string; children: ReactNode }) {
  return (
    <a
      href={`#${to}`}
      className={className}
      onClick={(event) => {
        const target = document.getElementById(to);
        if (target === null) return;
        event.preventDefault();
        target.scrollIntoView({ block: "start" });
        target.focus({ preventScroll: true });
      }}
    >
      {children}
    </a>
  );
}
