import type { RegisterRole } from "@/register/auth/roles";

/** Who did something: a signed-in user, or a register command run on the server. */
export interface Actor {
  id: string | null;
  email: string;
  role: RegisterRole | "system";
}

/** The register commands (export, import, first admin) act as this. */
export const systemActor = (command: string): Actor => ({ id: null, email: `system:${command}`, role: "system" });
