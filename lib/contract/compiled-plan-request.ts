import * as z from "zod/mini";
import { planRequestSchema } from "./plan-request";

/**
 * The request schema for the server's doors (the API, the CLI, the FHIR answer): the same
 * schema, compiled by zod into generated code that validates a typical request about six
 * times faster. An invalid request falls back to the schema itself, so the errors are the
 * same. Not for the browser: compiling uses `new Function`, which the pages' Content-Security-
 * Policy refuses.
 */
export const compiledPlanRequestSchema = z.compile(planRequestSchema);
