import type { FieldError } from "@/lib/contract/field-errors";

/**
 * A refused field of a register request, as the planner's `{ path, message }`; a clinic
 * identifier already in use also names the record that holds it, so the page can open it.
 */
export type RegisterFieldError = FieldError & { recordId?: string };
