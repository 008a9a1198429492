/**
 * Records the digests of the pinned plans (tests/properties/plan-snapshot.json) after a rule
 * or engine change that is meant to alter plans. Run it with `npx tsx scripts/plan-snapshot.ts`.
 */
import { writeFileSync } from "node:fs";
import { planDigests } from "../tests/support/plan-corpus";

const digests = planDigests();
writeFileSync(
  new URL("../tests/properties/plan-snapshot.json", import.meta.url),
  `${JSON.stringify(digests, null, 1)}\n`,
);
console.log(`plan-snapshot: ${Object.keys(digests).length} plans recorded`);
