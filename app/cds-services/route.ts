import { discovery } from "@/lib/interop/cds-hooks";
import { corsHeaders, json } from "@/lib/doors/cds-cors";
import { trustConfig } from "@/server/cds-trust";

// Answered per request: the trust configuration is read from the environment at run time.
export const dynamic = "force-dynamic";

/**
 * GET /cds-services: CDS Hooks 2.0 discovery. It holds no patient data, so it is answered
 * without a token; it says whether this deployment accepts unsigned calls.
 */
export function GET(): Response {
  return json(discovery({ unsignedCallsAllowed: trustConfig().allowUnsigned }));
}

export function OPTIONS(): Response {
  return new Response(null, { status: 204, headers: corsHeaders });
}
