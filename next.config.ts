import type { NextConfig } from "next";
import { securityHeaders } from "@/lib/doors/security-headers";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The end-to-end tests' build skips the type check that `npm test` has just run
  // (`npm run typecheck`: next typegen and tsc, the same check): some 20 s of a 2-core CI.
  typescript: { ignoreBuildErrors: process.env.JAK_TYPES_CHECKED === "1" },
  // PGlite loads its WebAssembly from its own package folder: it must not be bundled.
  serverExternalPackages: ["@electric-sql/pglite"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "development") },
      // Pages hold the rules (thresholds, the rules version, the names of the scripts that carry
      // them). Next.js would let shared caches keep them a year (s-maxage=31536000), so a CDN could
      // serve old thresholds after a rules update; instead a cache must ask again before each use,
      // with the page's ETag (Next.js's digest of it), and gets a 304 until a deployment changes it.
      // The scripts under /_next/ keep their year: their names change with their content.
      {
        source: "/:path((?!_next/|api/|cds-services|register).*)",
        headers: [{ key: "Cache-Control", value: "public, no-cache" }],
      },
      // The register's pages and answers hold patients' records: no cache may keep them, nor the
      // browser's back button show them again after sign-out on a shared clinic PC.
      ...["/register", "/register/:path*", "/api/register/:path*"].map((source) => ({
        source,
        headers: [{ key: "Cache-Control", value: "private, no-store, max-age=0" }],
      })),
    ];
  },
};

export default nextConfig;
