/**
 * A plan request carried in a URL fragment (`#request=<base64url of the JSON>`). Browsers
 * never send the fragment to a server, so a shared or linked plan keeps its data on the
 * device. The planner's share link and the explorer's worked examples use this one encoding.
 */
export const fragmentKey = "request=";

/** UTF-8 text as base64url without padding. */
export function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The inverse of `toBase64Url`; throws on text that is not base64url. */
export function fromBase64Url(encoded: string): string {
  const binary = atob(encoded.replace(/-/g, "+").replace(/_/g, "/"));
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

/** The fragment, with its `#`, that carries `request`. */
export function requestFragment(request: unknown): string {
  return `#${fragmentKey}${toBase64Url(JSON.stringify(request))}`;
}

/** True when `hash` carries a request (read it with `requestFromFragment`). */
export function hasRequestFragment(hash: string): boolean {
  return hash.includes(fragmentKey);
}
