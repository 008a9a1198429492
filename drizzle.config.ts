import { defineConfig } from "drizzle-kit";

// `npx drizzle-kit generate` writes a new versioned migration into drizzle/ after a change to
// the schema; the app applies them at start-up with drizzle's own migrate().
export default defineConfig({
  dialect: "postgresql",
  schema: "./register/db/schema.ts",
  out: "./drizzle",
});
