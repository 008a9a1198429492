/** Creates the e2e users (register-users.ts) in the register that JAK_DATA_DIR or DATABASE_URL names. */
import { systemActor } from "@/register/audit/actor";
import { createUser } from "@/register/auth/users";
import { configuredLocation, openRegisterStore } from "@/register/db/connection";
import { serviceOver } from "@/register/register-service";
import { registerUsers } from "./register-users";

const store = await openRegisterStore(configuredLocation());
try {
  const service = await serviceOver(store);
  for (const user of Object.values(registerUsers)) await createUser(service, systemActor("e2e-seed"), user);
} finally {
  await store.close();
}
