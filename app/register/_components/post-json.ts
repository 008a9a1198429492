import type { RegisterFieldError } from "@/lib/register/register-field-error";

export type PostOutcome<T> = { ok: true; value: T } | { ok: false; status: number; errors: RegisterFieldError[] };

/** A change to the register from a page: JSON, with the session's CSRF token; errors as the API gives them. */
export async function postJson<T>(url: string, body: unknown, csrfToken: string): Promise<PostOutcome<T>> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-csrf-token": csrfToken },
      body: JSON.stringify(body),
      credentials: "same-origin",
    });
    const answer = (await response.json().catch(() => ({}))) as T & { errors?: RegisterFieldError[] };
    if (response.ok) return { ok: true, value: answer };
    return {
      ok: false,
      status: response.status,
      errors: answer.errors ?? [{ path: "", message: `The register answered ${response.status}.` }],
    };
  } catch {
    return {
      ok: false,
      status: 0,
      errors: [{ path: "", message: "The register could not be reached; nothing was saved." }],
    };
  }
}
