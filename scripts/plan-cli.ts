/**
 * The CLI door: `npm run -s plan < request.json` prints the plan (exit 0) or the errors
 * (exit 2) as JSON on stdout — the same bytes as POST /api/plan for the same request.
 */
import { respondToPlanRequest } from "@/lib/doors/plan-door";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}

const { status, body } = respondToPlanRequest(await readStdin());
process.stdout.write(body);
process.exitCode = status === 200 ? 0 : 2;
