import { formatHumanTime } from "@/lib/dates/human-date";
import { appendAudit, auditActions, listAudit } from "@/register/audit/audit-trail";
import { NotAllowed } from "../_components/not-allowed";
import { pageAccess } from "../_components/page-user";

export const metadata = { title: "Audit trail — JAK Monitor register" };

/** /register/audit: every read and change, newest first. Admins only; the export holds all of it. */
export default async function AuditPage() {
  const access = await pageAccess("audit.read", "/register/audit");
  if (!access.allowed) return <NotAllowed role={access.user.actor.role} />;
  const { db } = access.service.store;
  const entries = await listAudit(db, { limit: 200 });
  await appendAudit(db, access.user.actor, { action: "audit.read", detail: { entries: entries.length } });
  return (
    <>
      <h1>Audit trail</h1>
      <p className="lede">
        Every opening of a patient record and every change, appended and never edited. The latest 200 are shown;{" "}
        <a href="/api/register/audit?format=csv">download all as CSV</a>.
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Audit entries, scrolls sideways">
        <table className="register-table">
          <caption className="visually-hidden">Audit entries, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Record</th>
              <th scope="col">Detail</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td>
                  <time dateTime={entry.at.toISOString()}>{formatHumanTime(entry.at)}</time>
                </td>
                <td>{entry.actorEmail}</td>
                <td>{(auditActions as Readonly<Record<string, string>>)[entry.action] ?? entry.action}</td>
                <td>
                  {/* The record's id, not a link: an admin's role opens no patient record (the CSV has the whole id). */}
                  {entry.patientId ? <code title={entry.patientId}>{entry.patientId.slice(0, 8)}</code> : "—"}
                </td>
                <td>
                  <details>
                    <summary>Before and after</summary>
                    <pre>{JSON.stringify(entry.detail, null, 1)}</pre>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
