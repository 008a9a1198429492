/**
 * Reads a request body as UTF-8 text without ever holding an oversized one whole: a declared
 * length over `limit` is refused unread, and a body of undeclared length is read in chunks,
 * stopping as soon as it passes `limit`. Returns null when the limit is exceeded. (The door
 * measures the text again, so a Request built in code with a false length is caught too.)
 */
export async function readLimitedBody(request: Request, limit: number): Promise<string | null> {
  const declaredLength = request.headers.get("content-length");
  const declared = declaredLength === null ? Number.NaN : Number(declaredLength);
  if (declared > limit) return null;
  // A declared length bounds the body (the HTTP parser refuses more), so it is read whole.
  if (Number.isInteger(declared) && declared >= 0) return request.text();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder("utf-8", { fatal: false, ignoreBOM: true }).decode(bytes);
}
