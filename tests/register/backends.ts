import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { openRegisterStore, type RegisterStore } from "@/register/db/connection";
import { freshDatabase } from "./postgres-server";

/** The two databases the register runs on; every data-layer test runs on both. */
export const backends: { name: string; open: () => Promise<RegisterStore> }[] = [
  { name: "PGlite", open: () => openRegisterStore({ inMemory: true }) },
  {
    name: "PostgreSQL",
    open: async () =>
      openRegisterStore({
        databaseUrl: await freshDatabase(inject("postgresUrl"), `jak_test_${randomUUID().replace(/-/g, "")}`),
      }),
  },
];
