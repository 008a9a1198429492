import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: "JAK Monitor — monitoring schedules for JAK inhibitors in dermatology",
  description:
    "Cited monitoring rules and dated lab schedules for dermatology patients on JAK and TYK2 inhibitors. Decision support only.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        {/* No prefetching from the header: on every page load it fetched and parsed both pages'
            payloads while the page itself was still starting up. A click loads them just as well. */}
        <header className="site-header no-print">
          <Link className="brand" href="/" prefetch={false}>
            JAK Monitor
          </Link>
          <nav aria-label="Main">
            <Link href="/" prefetch={false}>
              Planner
            </Link>
            <Link href="/rules" prefetch={false}>
              Rules explorer
            </Link>
            <Link href="/register" prefetch={false}>
              Register
            </Link>
          </nav>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer no-print">
          Decision support only: JAK Monitor supports, and does not replace, clinical judgement. Check the current label
          before acting.
        </footer>
      </body>
    </html>
  );
}
