/**
 * Runs once when a Next.js server starts (https://nextjs.org/docs/app/guides/instrumentation).
 * In Node.js it installs the request gate: unsupported methods get 405 before any route runs.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installRequestGate } = await import("./server/request-gate");
    installRequestGate();
  }
}
