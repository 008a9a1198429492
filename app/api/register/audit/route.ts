import { csvText } from "@/lib/register/csv-text";
import { appendAudit, listAudit } from "@/register/audit/audit-trail";
import { guarded } from "@/register/http/register-route";
import { refuse, reply } from "@/register/http/replies";

const pageSize = 200;
const exportLimit = 100_000;

/** GET /api/register/audit[?before=ID][&format=csv]: the audit trail, newest first. Admins only; viewing it is audited too. */
export function GET(request: Request): Promise<Response> {
  return guarded(request, "audit.read", "view the audit trail", async ({ service, user }) => {
    const params = new URL(request.url).searchParams;
    const format = params.get("format");
    if (format !== null && format !== "csv")
      return refuse(400, [{ path: "format", message: 'format must be "csv" or left out.' }]);
    const beforeText = params.get("before");
    const before = beforeText === null ? undefined : Number(beforeText);
    if (before !== undefined && !(Number.isSafeInteger(before) && before > 0))
      return refuse(400, [{ path: "before", message: "before must be an entry number." }]);
    const entries = await listAudit(service.store.db, {
      limit: format === "csv" ? exportLimit : pageSize,
      ...(before === undefined ? {} : { before }),
    });
    await appendAudit(service.store.db, user.actor, {
      action: format === "csv" ? "audit.export" : "audit.read",
      detail: { entries: entries.length },
    });
    if (format !== "csv") return reply(200, { entries });
    const text = csvText(
      ["Entry", "At (UTC)", "Who", "Action", "Patient record", "Detail"],
      entries.map((entry) => [
        entry.id,
        entry.at.toISOString(),
        entry.actorEmail,
        entry.action,
        entry.patientId,
        JSON.stringify(entry.detail),
      ]),
    );
    return new Response(text, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": 'attachment; filename="jak-register-audit.csv"',
        "cache-control": "no-store",
      },
    });
  });
}
