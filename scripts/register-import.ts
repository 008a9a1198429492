/**
 * `npm run -s register:import -- --in register-backup.json`: restores a backup made by
 * register:export into an empty register, PGlite (JAK_DATA_DIR) or PostgreSQL (DATABASE_URL)
 * alike. All or nothing; a register that already holds data is refused.
 */
import { readFile } from "node:fs/promises";
import { systemActor } from "@/register/audit/actor";
import { importRegister, type RegisterBackup } from "@/register/backup/register-backup";
import { configuredLocation, openRegisterStore } from "@/register/db/connection";
import { optionOf } from "./register-options";

const file = optionOf("in");
if (!file) {
  console.error("register:import: name the backup: npm run -s register:import -- --in register-backup.json");
  process.exit(2);
}
let backup: RegisterBackup;
try {
  backup = JSON.parse(await readFile(file, "utf8")) as RegisterBackup;
} catch (error) {
  const reason =
    error instanceof SyntaxError ? "it is not JSON" : ((error as NodeJS.ErrnoException).code ?? "unreadable");
  console.error(`register:import: cannot read the backup ${file} (${reason}); nothing was restored.`);
  process.exit(1);
}
const store = await openRegisterStore(configuredLocation());
try {
  const { patients } = await importRegister(store.db, backup, systemActor("register-import"));
  console.log(`Restored ${patients} patients from ${file}.`);
} catch (error) {
  const reason = error instanceof Error ? error.message.replace(/\.$/, "") : "failed";
  console.error(`register:import: ${reason}; nothing was restored.`);
  process.exitCode = 1;
} finally {
  await store.close();
}
