/**
 * The JSON text every door answers with and every file is saved as: two-space indentation
 * and a final newline. One writer, so the API, the CLI and the engine's door give the same bytes.
 */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
