import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

// The project's input folder sat beside the repository while it was written; the product never points at it.
const outsideReferences = [
  /\.\.\/shared\b/,
  /(^|[\s"'`(])shared\/(clinical|contract|notes|hooks)\//,
  /\/work\/shared\b/,
  /(\.\.\/){4,}/,
];

it("no tracked file links or refers to a file outside the repository", () => {
  const files = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" }).split("\0").filter(Boolean);
  const offenders = files
    .filter(
      (file) => !file.endsWith(".png") && file !== "package-lock.json" && file !== "tests/project/stands-alone.test.ts",
    )
    .flatMap((file) =>
      readFileSync(`${root}/${file}`, "utf8")
        .split("\n")
        .flatMap((line, index) =>
          outsideReferences.some((pattern) => pattern.test(line)) ? [`${file}:${index + 1}: ${line.trim()}`] : [],
        ),
    );
  expect(offenders).toEqual([]);
});
