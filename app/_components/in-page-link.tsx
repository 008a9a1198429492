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
        // Focusable only while it holds the focus: a target that stayed focusable would take the
        // focus from every click inside it, and Tab would no longer go on from where one clicked.
        if (!target.hasAttribute("tabindex")) {
          target.setAttribute("tabindex", "-1");
          target.addEventListener("blur", () => target.removeAttribute("tabindex"), { once: true });
        }
        target.focus({ preventScroll: true });
      }}
    >
      {children}
    </a>
  );
}
