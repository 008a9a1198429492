import path from "node:path";

/** Screenshots and PDFs kept after the run (gitignored), one folder per kind. */
export function artifactPath(kind: "screenshots" | "pdf", name: string): string {
  return path.join(process.cwd(), "artifacts", kind, name);
}
