import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allowedMethods, methodVerdict, routeMethods } from "@/lib/doors/allowed-methods";

const appDir = path.resolve(__dirname, "../../app");
const methodNames = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** Every route file under app/, as its path ("/api/register/patients/[id]/results") and the methods it exports. */
function routesOnDisk(): Record<string, string[]> {
  const routes: Record<string, string[]> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const text = readFileSync(full, "utf8");
        const exported = new Set<string>();
        for (const [, name] of text.matchAll(/export (?:async )?(?:function|const) (\w+)/g)) exported.add(name!);
        for (const [, list] of text.matchAll(/export \{([^}]*)\}/g))
          for (const [, name] of list!.matchAll(/as (\w+)/g)) exported.add(name!);
        const methods = methodNames.filter((method) => exported.has(method));
        // The framework answers HEAD wherever a route answers GET.
        if (methods.includes("GET") && !methods.includes("HEAD")) methods.splice(1, 0, "HEAD");
        routes[`/${path.relative(appDir, path.dirname(full)).split(path.sep).join("/")}`] = methods.sort();
      }
    }
  };
  walk(appDir);
  return routes;
}

describe("the request gate's table of methods", () => {
  it("lists every route file under app/ with exactly the methods it exports", () => {
    const table = Object.fromEntries(
      Object.entries(routeMethods).map(([route, methods]) => [route, [...methods].sort()]),
    );
    expect(table).toEqual(routesOnDisk());
  });

  it.each<[string, string, boolean]>([
    ["POST", "/api/register/patients/6f1c2a6e-3b0d-4c55-9a4e-0d2f3c1b7e90/results", true],
    ["DELETE", "/api/register/patients/6f1c2a6e-3b0d-4c55-9a4e-0d2f3c1b7e90/results", false],
    ["POST", "/api/register/patients/a/b/results", false],
    ["POST", "/api/auth/sign-in/email", true],
    ["GET", "/api/register/patients/x", true],
    ["POST", "/api/register/patients/x", false],
    ["POST", "/api/register/patients", true],
    ["POST", "/register", false],
    ["TRACE", "/api/plan", false],
  ])("%s %s → passes the gate: %s", (method, target, passes) => {
    expect(methodVerdict(method, target).pass).toBe(passes);
  });

  it("an exact path wins over a pattern: import-fhir is not read as a patient id", () => {
    expect(allowedMethods("/api/register/patients/import-fhir")).toEqual(["POST"]);
  });
});
