import { planRequestSchema, type PlanRequest } from "@/lib/contract/plan-request";
import { fragmentKey, fromBase64Url } from "./share-link";

/**
 * The request in a URL fragment: none, one that cannot be read, or a valid request.
 * Apart from the encoding because it needs the schema, which the planner loads only when a
 * link carries a request.
 */
export function requestFromFragment(hash: string): PlanRequest | "unreadable" | null {
  const at = hash.indexOf(fragmentKey);
  if (at === -1) return null;
  try {
    const parsed = planRequestSchema.safeParse(JSON.parse(fromBase64Url(hash.slice(at + fragmentKey.length))));
    return parsed.success ? parsed.data : "unreadable";
  } catch {
    return "unreadable";
  }
}
