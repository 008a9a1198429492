import { ESLint } from "eslint";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The import-rule messages ESLint gives a file holding `code` at `filePath`. */
async function importErrors(filePath: string, code: string): Promise<string[]> {
  const results = await eslint.lintText(code, { filePath });
  return results
    .flatMap((result) => result.messages)
    .filter((message) => message.ruleId === "no-restricted-imports")
    .map((message) => message.message);
}

describe("npm run lint keeps each layer to the floors below it", () => {
  it.each([
    ["lib/units/example.ts", 'import { buildPlan } from "@/lib/plan";'],
    ["lib/words/example.ts", 'import { planRequestSchema } from "@/lib/contract/plan-request";'],
    ["lib/contract/example.ts", 'import { buildPlan } from "@/lib/plan";'],
    ["lib/plan/example.ts", 'import { toFhir } from "@/lib/interop/fhir-export";'],
    ["lib/interop/example.ts", 'import { planDoor } from "@/lib/doors/plan-door";'],
    ["lib/explorer/example.ts", 'import { cases } from "@/lib/teaching/cases";'],
    ["lib/interop/example.ts", 'import { buildPlan } from "@/lib/plan/build-plan";'],
    ["lib/plan/example.ts", 'import { x } from "../interop/calendar";'],
    ["rules/example.ts", 'import { convert } from "@/lib/units/convert";'],
    ["lib/plan/example.ts", 'import { useState } from "react";'],
    ["app/rules/example.tsx", 'import { Planner } from "@/app/register/page";'],
    ["app/rules/[drug]/example.tsx", 'import { x } from "../../register/page";'],
    ["app/rules/example.tsx", 'import { buildPlan } from "@/lib/plan/build-plan";'],
  ])("%s may not: %s", async (filePath, code) => {
    expect(await importErrors(filePath, `${code}\nexport const used = 1;\n`)).not.toEqual([]);
  });

  it.each([
    ["lib/plan/example.ts", 'import { convert } from "@/lib/units/convert";'],
    ["lib/interop/example.ts", 'import { buildPlan } from "@/lib/plan";'],
    ["lib/doors/example.ts", 'import { toFhir } from "@/lib/interop/fhir-export";'],
    ["lib/explorer/example.ts", 'import { buildPlan } from "@/lib/plan";'],
    ["app/rules/[drug]/example.tsx", 'import { x } from "../_components/rule-card";'],
    ["app/register/patients/new/example.tsx", 'import { x } from "../../_components/post-json";'],
    ["app/rules/example.tsx", 'import { buildPlan } from "@/lib/plan";'],
  ])("%s may: %s", async (filePath, code) => {
    expect(await importErrors(filePath, `${code}\nexport const used = 1;\n`)).toEqual([]);
  });
});
