import type { ReportEntry } from "@/lib/interop/fhir-import";

/** What a FHIR bundle held, line by line: what was read, and what was ignored and why. */
export function ImportReport({ report }: { report: readonly ReportEntry[] }) {
  if (report.length === 0) return null;
  return (
    <table className="interop-report">
      <caption>What the bundle held</caption>
      <thead>
        <tr>
          <th scope="col">Resource</th>
          <th scope="col">Outcome</th>
          <th scope="col">Detail</th>
        </tr>
      </thead>
      <tbody>
        {report.map((entry, index) => (
          <tr key={`${entry.resource}-${index}`}>
            <td>{entry.resource}</td>
            <td>{entry.outcome === "read" ? "Read" : "Ignored"}</td>
            <td>{entry.detail}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
