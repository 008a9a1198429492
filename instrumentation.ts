/**
 * Runs once when a Next.js server starts (https://nextjs.org/docs/app/guides/instrumentation).
 * In Node.js it installs the request gate: unsupported methods get 405 before any route runs;
 * and it checks `JAK_DOOR_THREADS`, so a bad setting stops the server with its message.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installRequestGate } = await import("./server/request-gate");
    installRequestGate();
    const { doorThreadCount } = await import("./server/door-threads");
    try {
      doorThreadCount(process.env.JAK_DOOR_THREADS);
    } catch (error) {
      // Next.js would log it and then answer every request with 500: better not to start at all.
      console.error(`JAK Monitor cannot start: ${(error as Error).message}`);
      process.exit(1);
    }
  }
}
