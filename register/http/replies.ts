import type { RegisterFieldError } from "@/lib/register/register-field-error";

const headers = { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" };

/** A JSON answer; register answers are never cached. */
export function reply(status: number, body: unknown): Response {
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { status, headers });
}

/** The same error shape as POST /api/plan: `{ errors: [{ path, message }] }`. */
export function refuse(status: 400 | 401 | 403 | 404 | 413 | 503, errors: RegisterFieldError[]): Response {
  return reply(status, { errors });
}

export const signedOut = () => refuse(401, [{ path: "", message: "Sign in to the register first." }]);
export const notAllowed = (what: string) => refuse(403, [{ path: "", message: `Your role may not ${what}.` }]);
export const forgedRequest = () =>
  refuse(403, [
    {
      path: "",
      message:
        "Refused: the request did not come from a register page (missing or wrong CSRF token, or another origin).",
    },
  ]);
export const noSuchPatient = () => refuse(404, [{ path: "", message: "No such patient on the register." }]);
