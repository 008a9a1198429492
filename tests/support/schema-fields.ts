import type * as z from "zod/mini";

type JsonSchema = z.core.JSONSchema._JSONSchema;

/**
 * The field paths a JSON Schema declares ("visits[].items[].resultWindow.from"), reading
 * `properties` and the `items` of lists, as `valueFields` writes the paths a value holds.
 */
export function declaredFields(schema: JsonSchema, path = "", into = new Set<string>()): Set<string> {
  if (typeof schema === "boolean") return into;
  if (schema.items !== undefined && !Array.isArray(schema.items)) declaredFields(schema.items, `${path}[]`, into);
  for (const [key, entry] of Object.entries(schema.properties ?? {})) {
    const field = path ? `${path}.${key}` : key;
    into.add(field);
    declaredFields(entry, field, into);
  }
  return into;
}

/** Every field path a JSON value holds, its lists' entries written `[]`. */
export function valueFields(value: unknown, path = "", into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((entry) => valueFields(entry, `${path}[]`, into));
  else if (typeof value === "object" && value !== null)
    for (const [key, entry] of Object.entries(value)) {
      const field = path ? `${path}.${key}` : key;
      into.add(field);
      valueFields(entry, field, into);
    }
  return into;
}
