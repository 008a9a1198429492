import { drugRules, rulesVersion } from "@/rules";
import { sources } from "@/rules/sources";

export const dynamic = "force-static";

/** GET /api/rules: the whole rule content, for the explorer and integrators. */
export function GET(): Response {
  return Response.json({ rulesVersion, sources, drugs: Object.values(drugRules) });
}
