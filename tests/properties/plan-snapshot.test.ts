/**
 * The plans of a fixed corpus (tests/support/plan-corpus.ts), byte for byte, against the
 * digests recorded in plan-snapshot.json. A rule or engine change that alters a plan must
 * regenerate the file on purpose (`npx tsx scripts/plan-snapshot.ts`) and say so in its
 * commit; a refactor must leave it untouched.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { planDigests } from "../support/plan-corpus";

const recorded = JSON.parse(readFileSync(new URL("./plan-snapshot.json", import.meta.url), "utf8")) as Record<
  string,
  string
>;

describe("the pinned plans", () => {
  it("every teaching case, worked example and generated request gives the recorded plan, byte for byte", () => {
    const current = planDigests();
    expect(Object.keys(current)).toEqual(Object.keys(recorded));
    const changed = Object.keys(current).filter((id) => current[id] !== recorded[id]);
    expect(changed).toEqual([]);
  });
});
