import { listUsers } from "@/register/auth/users";
import { NotAllowed } from "../_components/not-allowed";
import { pageAccess } from "../_components/page-user";
import { NewUserForm } from "./new-user-form";
import { UserAccessForm } from "./user-access-form";

export const metadata = { title: "Users — JAK Monitor register" };

/** /register/users: who may use the register, with what role. Admins only. */
export default async function UsersPage() {
  const access = await pageAccess("users.manage", "/register/users");
  if (!access.allowed) return <NotAllowed role={access.user.actor.role} />;
  const users = await listUsers(access.service);
  return (
    <>
      <h1>Register users</h1>
      <table className="register-table">
        <caption className="visually-hidden">Users and roles</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <td>{user.name}</td>
              <td>{user.email}</td>
              <td>{user.role === "none" ? "none (no register access)" : user.role}</td>
              <td>
                <UserAccessForm
                  userId={user.id}
                  email={user.email}
                  role={user.role}
                  hasPassword={user.hasPassword}
                  isSelf={user.id === access.user.actor.id}
                  csrfToken={access.csrfToken}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Add a user</h2>
      <NewUserForm csrfToken={access.csrfToken} />
    </>
  );
}
