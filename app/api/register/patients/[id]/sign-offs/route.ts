import { checkWith, signOffSchema } from "@/lib/register/register-inputs";
import { eventRoute } from "@/register/http/event-route";

/** POST: a clinician signs off a result, `{ resultId, comment }`. Clinicians only. */
export const POST = eventRoute("sign-off", "result.sign-off", "sign off results", (body) =>
  checkWith(signOffSchema, body),
);
