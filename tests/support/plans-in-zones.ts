/**
 * Worker for the time-zone property (tests/properties/engine-properties.test.ts): reads a
 * JSON list of request bodies on stdin and answers every one with `respondToPlanRequest`
 * under each zone named on the command line, switching `process.env.TZ` between zones
 * (Node applies a new TZ at once). Prints `{ [zone]: { offsetMinutes, bodies } }`; the
 * offset on 1 Jan 2027 shows that each zone really was in effect.
 *
 *   tsx tests/support/plans-in-zones.ts UTC Asia/Kolkata < bodies.json
 */
import { respondToPlanRequest } from "@/lib/doors/plan-door";

export interface ZoneAnswers {
  offsetMinutes: number;
  bodies: string[];
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}

const requests = JSON.parse(await readStdin()) as string[];
const answers: Record<string, ZoneAnswers> = {};
for (const zone of process.argv.slice(2)) {
  process.env.TZ = zone;
  answers[zone] = {
    offsetMinutes: new Date(2027, 0, 1).getTimezoneOffset(),
    bodies: requests.map((body) => respondToPlanRequest(body).body),
  };
}
process.stdout.write(JSON.stringify(answers));
