import type * as z from "zod/mini";

/** The contract's error entry: a dotted field path ("" for the whole body) and a plain message. */
export interface FieldError {
  path: string;
  message: string;
}

/**
 * A client's own field name as a path segment. A name that is empty, holds a dot or starts
 * with a quote is written as a JSON string (`""`, `patient."a.b"`): bare, an unknown field ""
 * would get the path "" that means the body itself, and "a.b" would read as a nested field.
 */
export function fieldSegment(key: string): string {
  return key === "" || key.includes(".") || key.startsWith('"') ? JSON.stringify(key) : key;
}

/** Zod issues as the contract's `{ path, message }`, one per unknown field. */
export function toFieldErrors(error: z.core.$ZodError): FieldError[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        path: [...path, fieldSegment(key)].join("."),
        message: `Unknown field "${key}": check its spelling against the contract.`,
      }));
    }
    return [{ path: path.join("."), message: issue.message }];
  });
}
