import { csvText } from "@/lib/register/csv-text";
import { worklistQueryOf } from "@/lib/register/worklist-filter";
import { appendAudit } from "@/register/audit/audit-trail";
import { guarded } from "@/register/http/register-route";
import { refuse, reply } from "@/register/http/replies";
import { today } from "@/register/http/today";
import { readWorklist, worklistLists, type WorklistList } from "@/register/records/worklist";

const listNames: Record<WorklistList, string> = {
  planRefused: "No plan: saved request refused",
  overdue: "Overdue",
  dueSoon: "Due soon",
  planEnding: "Plan ending",
  needsReview: "Needs review",
  doNotStart: "Do not start",
  rulesChanged: "Rules changed since last review",
  monitoringEnded: "Monitoring ended",
};

const csvRowsPerList = 20_000;

/** GET /api/register/worklist[?days=14&drug=…&clinician=…&format=csv]: who is overdue, due, to review, not to start. */
export function GET(request: Request): Promise<Response> {
  return guarded(request, "worklist.read", "read the worklist", async ({ service, user }) => {
    const params = new URL(request.url).searchParams;
    const format = params.get("format");
    if (format !== null && format !== "csv")
      return refuse(400, [{ path: "format", message: 'format must be "csv" or left out.' }]);
    const checked = worklistQueryOf(params);
    if (!checked.ok) return refuse(400, checked.errors);
    const date = today();
    // The CSV holds whole lists; the screen and the JSON a screen's worth of each.
    const worklist = await readWorklist(service.store.db, {
      today: date,
      ...checked.query,
      ...(format === "csv" ? { limit: csvRowsPerList } : {}),
    });
    await appendAudit(service.store.db, user.actor, {
      action: format === "csv" ? "worklist.export" : "worklist.read",
      detail: { filter: checked.query, counts: worklist.counts },
    });
    if (format !== "csv") return reply(200, { today: date, ...checked.query, ...worklist });
    const rows = worklistLists.flatMap((list) =>
      worklist.lists[list].map((row) => [
        listNames[list],
        row.clinicPatientId,
        row.displayName,
        row.drug,
        row.clinicianName,
        row.nextDueOn,
        row.needsReview,
        row.doNotStart ? "yes" : "no",
        row.rulesChanged ? "yes" : "no",
        row.planRefused ? "yes" : "no",
        row.planEndsOn,
        row.nextDueTests.join("; "),
        row.monitoringEnded ? "yes" : "no",
        [
          ...row.overdueVisits.map((visit) => `${visit.on}: ${visit.tests.join(", ")}`),
          ...(row.moreOverdue ? ["and more"] : []),
        ].join("; "),
      ]),
    );
    const text = csvText(
      [
        "List",
        "Clinic patient id",
        "Name",
        "Drug",
        "Clinician",
        "Next test due",
        "Awaiting sign-off",
        "Do not start",
        "Rules changed",
        "Plan refused",
        "Plan ends",
        "Tests due next",
        "Monitoring ended",
        "Overdue visits",
      ],
      rows,
    );
    return new Response(text, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="jak-worklist-${date}.csv"`,
        "cache-control": "no-store",
      },
    });
  });
}
