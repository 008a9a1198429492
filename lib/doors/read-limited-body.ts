/** A request body read with a cap: its text, or why there is none. */
export type LimitedBody = { ok: true; text: string } | { ok: false; reason: "too-large" | "aborted" };

/**
 * Bytes read and dropped after a body passed its limit, so the client gets its 413 and can
 * use the connection again; a body larger still closes the connection instead of being read.
 */
const drainLimit = 32 * 1024 * 1024;

/** Reads the rest of a refused body and drops it; a client that leaves or sends too much ends it. */
async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, alreadyRead: number): Promise<void> {
  let size = alreadyRead;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      size += value.byteLength;
      if (size > drainLimit) {
        await reader.cancel();
        return;
      }
    }
  } catch {
    // The client went away mid-body: there is nobody left to answer.
  }
}

/**
 * Reads a request body as UTF-8 text without ever holding an oversized one whole: a declared
 * length over `limit` is refused unread (Node's server drops the unread body once the answer
 * is sent), and a body of undeclared length is read in chunks until it passes `limit`, after
 * which the rest is drained in the background while the refusal goes out. A client that hangs
 * up mid-body gives "aborted", never a thrown error (which the framework would log). (The door
 * measures the text again, so a Request built in code with a false length is caught too.)
 */
export async function readLimitedBody(request: Request, limit: number): Promise<LimitedBody> {
  const declaredLength = request.headers.get("content-length");
  const declared = declaredLength === null ? Number.NaN : Number(declaredLength);
  if (declared > limit) return { ok: false, reason: "too-large" };
  try {
    // A declared length bounds the body (the HTTP parser refuses more), so it is read whole.
    if (Number.isInteger(declared) && declared >= 0) return { ok: true, text: await request.text() };
    if (!request.body) return { ok: true, text: "" };
    const reader = request.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        void drain(reader, size);
        return { ok: false, reason: "too-large" };
      }
      chunks.push(value);
    }
    const bytes = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return { ok: true, text: new TextDecoder("utf-8", { fatal: false, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: "aborted" };
  }
}
