/**
 * JSON as it arrives from outside, before any schema has read it. The one home of the
 * object guard every door, importer and config reader uses.
 */

/** A JSON value, as `JSON.parse` gives it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A JSON object whose fields are not read yet. */
export type JsonObject = { [key: string]: unknown };

/** True for a JSON object: not null, and not a list (which `typeof` also calls "object"). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
