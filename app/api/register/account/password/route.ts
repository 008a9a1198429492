import { passwordChangeSchema } from "@/lib/register/account-inputs";
import { checkWith } from "@/lib/register/register-inputs";
import { changeOwnPassword, maxWrongPasswords } from "@/register/auth/users";
import { readJsonBody } from "@/register/http/read-json-body";
import { guarded } from "@/register/http/register-route";
import { refuse, reply } from "@/register/http/replies";

/** POST `{ currentPassword, newPassword, repeatedPassword }`: the signed-in user's own password; their other sessions end. */
export function POST(request: Request): Promise<Response> {
  return guarded(request, "account.password", "change a password", async ({ service, user }) => {
    const read = await readJsonBody(request);
    if ("errors" in read) return refuse(read.status, read.errors);
    const checked = checkWith(passwordChangeSchema, read.body);
    if (!checked.ok) return refuse(400, checked.errors);
    const outcome = await changeOwnPassword(service, user.actor, user.sessionId, checked.value);
    if (outcome === "wrong-password")
      return refuse(400, [{ path: "currentPassword", message: "The current password is not right." }]);
    if (outcome === "signed-out")
      return refuse(401, [
        {
          path: "",
          message: `${maxWrongPasswords} wrong current passwords: this session has been ended. Sign in again.`,
        },
      ]);
    if (outcome === "no-password")
      return refuse(400, [{ path: "", message: "You sign in through single sign-on: this account has no password." }]);
    return reply(200, { changed: true });
  });
}
