import type { ReportEntry } from "./report";

/** Up to this many report lines, one per resource; past it, the ignored ones are counted by type and reason. */
const maxReportLines = 200;

/**
 * A long report keeps every line of what was read, and counts what was ignored by resource
 * type and reason ("Claim ×412: This resource type is not read."), so a record of thousands of
 * resources gives a table of tens of lines.
 */
export function shortReport(report: ReportEntry[]): ReportEntry[] {
  if (report.length <= maxReportLines) return report;
  const groups = new Map<string, ReportEntry & { count: number }>();
  const lines: (ReportEntry & { count?: number })[] = [];
  for (const entry of report) {
    if (entry.outcome === "read") {
      lines.push(entry);
      continue;
    }
    const type = entry.resource.split(/[/ ]/, 1)[0] ?? entry.resource;
    const key = `${type}\u0000${entry.detail}`;
    const group = groups.get(key);
    if (group) group.count += 1;
    else {
      const line = { resource: type, outcome: entry.outcome, detail: entry.detail, count: 1 };
      groups.set(key, line);
      lines.push(line);
    }
  }
  return lines.map(({ count, ...line }) =>
    count === undefined || count === 1
      ? line
      : { ...line, resource: `${line.resource} ×${count.toLocaleString("en-US")}` },
  );
}
