import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
      "artifacts/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,mts}"],
    plugins: { "@next/next": nextPlugin, "react-hooks": reactHooks },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.property.name='only']", message: "No focused tests." },
        { selector: "CallExpression[callee.property.name='skip']", message: "No skipped tests." },
      ],
    },
  },
  {
    // The core reads no clock and imports no framework: today's date is passed in (asOf).
    files: ["lib/**/*.ts", "rules/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "Pass the date in; the core reads no clock.",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "Pass the date in; the core reads no clock.",
        },
        { selector: "CallExpression[callee.property.name='only']", message: "No focused tests." },
        { selector: "CallExpression[callee.property.name='skip']", message: "No skipped tests." },
      ],
    },
  },
  ...layerRules(),
  // Layout is Prettier's (npm run format); ESLint keeps to what code means.
  prettier,
  {
    // A route uses the shared folders (_components, _planner) and the engine's front door, never another route.
    files: ["app/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: routePatterns(true) }] },
  },
  {
    // Inside a shared (underscore) folder, a relative path may climb to its neighbours.
    files: ["app/**/_*/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: routePatterns(false) }] },
  },
);

/** What a file under app/ may not import; `relative` also bars climbing out of a route's folder. */
function routePatterns(relative) {
  const otherRoute = "A route does not import another route; share code through an app/_folder or lib/.";
  return [
    { regex: "^@/app/(?!_)", message: otherRoute },
    ...(relative ? [{ regex: "^(\\.\\./)+(?![_.])", message: otherRoute }] : []),
    { regex: "^@/lib/plan/", message: "Pages use the engine through its front door, @/lib/plan." },
  ];
}

/**
 * The floors of lib/, lowest first. A folder may import rules/, its own floor and the floors
 * below it; the read models at the top do not import one another.
 */
function layerRules() {
  const floors = [
    ["units", "dates", "words"],
    ["contract"],
    ["plan"],
    ["interop"],
    ["doors"],
    ["explorer", "teaching", "history", "planner", "register"],
  ];
  const frameworkFree = {
    group: ["react", "react-*", "next", "next/*", "node:*", "fs", "@/app/*", "@/register/*", "@/server/*"],
    message: "lib/ and rules/ are framework-free and do no I/O.",
  };
  const rulesBlock = {
    files: ["rules/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [frameworkFree, { group: ["@/lib/*"], message: "Rules are data: they import nothing from lib/." }],
        },
      ],
    },
  };
  return [
    rulesBlock,
    ...floors.flatMap((floor, level) =>
      floor.map((folder) => {
        const above = floors.slice(level + 1).flat();
        const neighbours = level === floors.length - 1 ? floor.filter((other) => other !== folder) : [];
        const forbidden = [...above, ...neighbours];
        const patterns = [
          frameworkFree,
          { regex: "^\\.\\./", message: "Import other folders through @/ so the layer rules can see them." },
          ...(folder === "plan"
            ? []
            : [{ regex: "^@/lib/plan/", message: "Use the engine through its front door, @/lib/plan." }]),
          ...(forbidden.length
            ? [
                {
                  regex: `^@/lib/(${forbidden.join("|")})(/|$)`,
                  message: `lib/${folder} sits below lib/${forbidden.join(", lib/")}: it must not import them.`,
                },
              ]
            : []),
        ];
        return { files: [`lib/${folder}/**/*.ts`], rules: { "no-restricted-imports": ["error", { patterns }] } };
      }),
    ),
  ];
}
