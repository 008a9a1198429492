/**
 * `npm run -s register:admin -- --email admin@clinic.example [--name "Ada Admin"]`: creates an
 * admin of the register and prints a first password (there is no default account). On
 * PGlite, stop the app first: one process at a time may open its data folder.
 */
import { systemActor } from "@/register/audit/actor";
import { createUser, firstPassword } from "@/register/auth/users";
import { configuredLocation, openRegisterStore } from "@/register/db/connection";
import { serviceOver } from "@/register/register-service";
import { optionOf } from "./register-options";

const email = optionOf("email");
if (!email || !/^[^@\s]+@[^@\s]+$/.test(email)) {
  console.error("register:admin: give the admin's email: npm run -s register:admin -- --email admin@clinic.example");
  process.exit(2);
}
const store = await openRegisterStore(configuredLocation());
try {
  const service = await serviceOver(store);
  const password = firstPassword();
  const created = await createUser(service, systemActor("register-admin"), {
    email,
    name: optionOf("name") ?? email,
    role: "admin",
    password,
  });
  if (!created) {
    console.error(`register:admin: a user with the email ${email} already exists.`);
    process.exitCode = 1;
  } else {
    console.log(
      `Admin ${email} created. First password (shown once; sign in at /register/sign-in, then change it under Your account):\n${password}`,
    );
  }
} finally {
  await store.close();
}
