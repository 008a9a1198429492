import type { PlanRegion } from "@/rules/types";

/** Whose label a plan follows, in words. */
export function regionLabelName(region: PlanRegion): string {
  return region === "US"
    ? "US label"
    : region === "EU"
      ? "EU SmPC"
      : "US label and EU SmPC (the stricter where they differ)";
}
