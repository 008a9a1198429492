import { registerService } from "@/register/register-service";

/** better-auth's own endpoints (sign-in, sign-out, session, single sign-on), over the register's database. */
async function handle(request: Request): Promise<Response> {
  const { auth } = await registerService();
  return auth.handler(request);
}

export { handle as GET, handle as POST };
