import type { LabelRegion } from "@/rules/types";

/** "US label only" / "EU SmPC only" for a rule that applies under one region's label. */
export function RegionBadge({ region }: { region?: LabelRegion }) {
  if (!region) return null;
  return (
    <span className={`badge badge-region badge-${region.toLowerCase()}`}>
      {region === "US" ? "US label only" : "EU SmPC only"}
    </span>
  );
}
