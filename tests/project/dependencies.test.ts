import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The project's own files: what it installs must be used, and what it runs must not phone home.

const root = fileURLToPath(new URL("../..", import.meta.url));
const read = (path: string) => readFileSync(`${root}${path}`, "utf8");
const packageJson = JSON.parse(read("package.json")) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const trackedFiles = execFileSync("git", ["ls-files"], { cwd: root, encoding: "utf8" })
  .split("\n")
  .filter((path) => /\.(ts|tsx|mts|mjs|sh)$/.test(path) && existsSync(`${root}${path}`));

/** The package an import specifier names: `@scope/name` or `name`, without any subpath. */
function packageOf(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}

function importedPackages(): Set<string> {
  const found = new Set<string>();
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)["']([^"']+)["']/g;
  for (const path of trackedFiles) {
    for (const match of read(path).matchAll(pattern)) {
      const specifier = match[1] ?? "";
      if (specifier.startsWith(".") || specifier.startsWith("@/")) continue;
      if (specifier.startsWith("node:") || builtinModules.includes(packageOf(specifier))) found.add("node");
      else found.add(packageOf(specifier));
    }
  }
  return found;
}

interface Manifest {
  bin?: string | Record<string, string>;
  peerDependencies?: Record<string, string>;
}
const manifestOf = (name: string) => JSON.parse(read(`node_modules/${name}/package.json`)) as Manifest;
const binsOf = (name: string): string[] => {
  const { bin } = manifestOf(name);
  if (bin === undefined) return [];
  return typeof bin === "string" ? [name.split("/").pop() ?? name] : Object.keys(bin);
};

/** Commands run by the npm scripts (after any `VAR=value` prefixes) and binaries started by path. */
function commandsRun(): Set<string> {
  const commands = new Set<string>();
  for (const script of Object.values(packageJson.scripts)) {
    for (const step of script.split(/&&|\|\||;|\|/)) {
      const words = step
        .trim()
        .split(/\s+/)
        .filter((word) => !/^[A-Z_]+=/.test(word));
      if (words[0]) commands.add(words[0]);
    }
  }
  for (const path of [...trackedFiles, "package.json"]) {
    for (const match of read(path).matchAll(/node_modules\/(?:\.bin\/([\w.-]+)|((?:@[\w.-]+\/)?[\w.-]+)\/)/g)) {
      if (match[1]) commands.add(match[1]);
      if (match[2] && match[2] !== ".bin") commands.add(`package:${match[2]}`);
    }
  }
  return commands;
}

describe("dependencies", () => {
  const declared = [...Object.keys(packageJson.dependencies), ...Object.keys(packageJson.devDependencies)];

  it("every dependency is imported, run as a command, or required by one that is", () => {
    const imported = importedPackages();
    const commands = commandsRun();
    const used = new Set(
      declared.filter(
        (name) =>
          imported.has(name) || commands.has(`package:${name}`) || binsOf(name).some((bin) => commands.has(bin)),
      ),
    );
    // Peers a used package needs (react-dom for next, eslint for its plugins) are used through it.
    for (let grew = true; grew;) {
      grew = false;
      for (const name of [...used]) {
        for (const peer of Object.keys(manifestOf(name).peerDependencies ?? {})) {
          if (declared.includes(peer) && !used.has(peer)) {
            used.add(peer);
            grew = true;
          }
        }
      }
    }
    // Type packages are used when what they describe is: @types/node for node:*, @types/fhir for "fhir/r4".
    for (const name of declared.filter((candidate) => candidate.startsWith("@types/"))) {
      const described = name.slice("@types/".length);
      if (imported.has(described) || used.has(described)) used.add(name);
    }
    expect(declared.filter((name) => !used.has(name))).toEqual([]);
  });

  it("pins every version exactly", () => {
    const ranges = Object.entries({ ...packageJson.dependencies, ...packageJson.devDependencies }).filter(
      ([, version]) => !/^\d+\.\d+\.\d+$/.test(version),
    );
    expect(ranges).toEqual([]);
  });
});

describe("Next.js telemetry", () => {
  it("is disabled in every npm script that runs next", () => {
    const steps = Object.entries(packageJson.scripts).flatMap(([name, script]) =>
      script.split(/&&|\|\||;/).map((step) => [name, step.trim()] as const),
    );
    const runsNext = steps.filter(([, step]) => /^(?:[A-Z_]+=\S+\s+)*next\s/.test(step));
    expect(runsNext.length).toBeGreaterThan(3);
    expect(runsNext.filter(([, step]) => !/(^|\s)NEXT_TELEMETRY_DISABLED=1\s/.test(step))).toEqual([]);
  });

  it("is disabled wherever a script or the e2e config starts next by its path", () => {
    const starters = trackedFiles.filter((path) => /next\/dist\/bin\/next|npx next /.test(read(path)));
    expect(starters).toEqual(expect.arrayContaining(["playwright.config.ts", "scripts/bench.ts"]));
    expect(starters.filter((path) => !read(path).includes("NEXT_TELEMETRY_DISABLED"))).toEqual([]);
  });
});
