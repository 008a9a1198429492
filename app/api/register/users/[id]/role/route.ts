import { checkWith } from "@/lib/register/register-inputs";
import { roleChangeSchema } from "@/lib/register/user-inputs";
import { setRole } from "@/register/auth/users";
import { readJsonBody } from "@/register/http/read-json-body";
import { guarded } from "@/register/http/register-route";
import { refuse, reply } from "@/register/http/replies";

/** POST `{ role }`: changes a user's role and ends their sessions. Admins only. */
export function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return guarded(request, "users.manage", "manage users", async ({ service, user }) => {
    const { id } = await params;
    const read = await readJsonBody(request);
    if ("errors" in read) return refuse(read.status, read.errors);
    const checked = checkWith(roleChangeSchema, read.body);
    if (!checked.ok) return refuse(400, checked.errors);
    if (id === user.actor.id) return refuse(400, [{ path: "role", message: "Admins cannot change their own role." }]);
    return (await setRole(service, user.actor, id, checked.value.role))
      ? reply(200, { id, role: checked.value.role })
      : refuse(404, [{ path: "", message: "No such user." }]);
  });
}
