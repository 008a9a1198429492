import type * as z from "zod/mini";

/** The contract's error entry: a dotted field path ("" for the whole body) and a plain message. */
export interface FieldError {
  path: string;
  message: string;
}

/** Zod issues as the contract's `{ path, message }`, one per unknown field. */
export function toFieldErrors(error: z.core.$ZodError): FieldError[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        path: [...path, key].join("."),
        message: `Unknown field "${key}": check its spelling against the contract.`,
      }));
    }
    return [{ path: path.join("."), message: issue.message }];
  });
}
