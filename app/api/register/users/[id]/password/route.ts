import { resetPassword } from "@/register/auth/users";
import { readJsonBody } from "@/register/http/read-json-body";
import { guarded } from "@/register/http/register-route";
import { refuse, reply } from "@/register/http/replies";

/** POST `{}`: a new first password for a user, in the answer once; their sessions end. Admins only. */
export function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return guarded(request, "users.manage", "manage users", async ({ service, user }) => {
    const { id } = await params;
    const read = await readJsonBody(request);
    if ("errors" in read) return refuse(read.status, read.errors);
    if (id === user.actor.id)
      return refuse(400, [{ path: "", message: "Change your own password under Your account." }]);
    const password = await resetPassword(service, user.actor, id);
    if (password === "admin")
      return refuse(403, [
        { path: "", message: "An admin's password is changed only by its owner, under Your account." },
      ]);
    return password === null
      ? refuse(404, [{ path: "", message: "No such user with a password (a single sign-on user has none)." }])
      : reply(200, { id, password });
  });
}
