import { checkWith } from "@/lib/register/register-inputs";
import { newUserSchema } from "@/lib/register/user-inputs";
import { createUser, firstPassword, listUsers } from "@/register/auth/users";
import { readJsonBody } from "@/register/http/read-json-body";
import { guarded } from "@/register/http/register-route";
import { refuse, reply } from "@/register/http/replies";

/** GET: the register's users and roles. Admins only. */
export function GET(request: Request): Promise<Response> {
  return guarded(request, "users.manage", "manage users", async ({ service }) =>
    reply(200, { users: await listUsers(service) }),
  );
}

/** POST `{ email, name, role }`: a new user; the answer holds their first password (`oneTimePassword`), shown once. Admins only. */
export function POST(request: Request): Promise<Response> {
  return guarded(request, "users.manage", "manage users", async ({ service, user }) => {
    const read = await readJsonBody(request);
    if ("errors" in read) return refuse(read.status, read.errors);
    const checked = checkWith(newUserSchema, read.body);
    if (!checked.ok) return refuse(400, checked.errors);
    const password = firstPassword();
    const created = await createUser(service, user.actor, { ...checked.value, password });
    if (!created) return refuse(400, [{ path: "email", message: "A user with this email already exists." }]);
    return reply(201, { id: created.id, oneTimePassword: password });
  });
}
