import { availableParallelism } from "node:os";

/**
 * How many worker threads answer plan and CDS Hooks requests, from `JAK_DOOR_THREADS`: a whole
 * number from 0 (answer on the request thread) to 16. Unset: one per core beyond the first, at most 4, so a
 * one-core host keeps answering on the request thread; the development server answers there
 * too, so an edited engine is used at once (threads keep the engine they started with).
 */
export function doorThreadCount(
  setting: string | undefined,
  cores = availableParallelism(),
  development = process.env.NODE_ENV === "development",
): number {
  if (setting === undefined || setting.trim() === "") return development ? 0 : Math.min(4, Math.max(0, cores - 1));
  const count = Number(setting);
  if (!/^\s*\d{1,2}\s*$/.test(setting) || count > 16) {
    throw new Error(`JAK_DOOR_THREADS must be a whole number from 0 to 16 (got "${setting.slice(0, 20)}").`);
  }
  return count;
}
