import { discovery } from "@/lib/interop/cds-hooks";
import { corsHeaders, json } from "./cors";

/** GET /cds-services: CDS Hooks 2.0 discovery. */
export function GET(): Response {
  return json(discovery);
}

export function OPTIONS(): Response {
  return new Response(null, { status: 204, headers: corsHeaders });
}
