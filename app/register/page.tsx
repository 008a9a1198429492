import Link from "next/link";
import { redirect } from "next/navigation";
import { formatHumanDate } from "@/lib/dates/human-date";
import { addDays, drugIds, drugRules, type CalendarDate } from "@/lib/register/engine";
import {
  defaultDueWithinDays,
  maxDueWithinDays,
  worklistQueryOf,
  type WorklistQuery,
} from "@/lib/register/worklist-filter";
import { appendAudit } from "@/register/audit/audit-trail";
import { listUsers } from "@/register/auth/users";
import { today } from "@/register/http/today";
import { readWorklist, type WorklistList, type WorklistRow } from "@/register/records/worklist";
import { NotAllowed } from "./_components/not-allowed";
import { pageAccess } from "./_components/page-user";
import { PrintButton } from "./_components/print-button";

export const metadata = { title: "Worklist — JAK Monitor register" };

const sections: { list: WorklistList; title: string; empty: string; hint?: string; onlyWhenAny?: true }[] = [
  // Rare (a rules update that refuses what a record holds), and first when it happens: such a
  // patient's tests are not on any other list.
  {
    list: "planRefused",
    title: "No plan: saved request refused",
    empty: "Every record's saved request passes the rules in force.",
    onlyWhenAny: true,
  },
  {
    list: "overdue",
    title: "Overdue",
    empty: "No patient is overdue for a blood or screening test.",
  },
  { list: "dueSoon", title: "Due soon", empty: "No blood or screening test falls due in this window." },
  {
    list: "planEnding",
    title: "Plan ending",
    empty: "No patient's plan in the register ends in this window.",
    hint: "Plans that end within the days above, or have ended, latest first: the register schedules no test after a plan's last day.",
  },
  {
    list: "needsReview",
    title: "Needs review",
    empty: "No result, dose change or facts update waits for a clinician's sign-off.",
  },
  { list: "doNotStart", title: "Do not start", empty: "No plan says do not start." },
  {
    list: "rulesChanged",
    title: "Rules changed since last review",
    empty: "No plan was changed by a rules update since it was reviewed.",
  },
  {
    list: "monitoringEnded",
    title: "Monitoring ended",
    empty: "No patient's monitoring has been ended.",
    hint: "A clinician ended these patients' monitoring (with the reason on their page): they are on no other list but Needs review. Open one to resume it.",
    onlyWhenAny: true,
  },
];

/** What the page shows instead of a filter it could not read. */
function leftOut(path: string): string {
  if (path === "days") return `Showing ${defaultDueWithinDays} days ahead.`;
  if (path === "drug") return "Showing all drugs.";
  if (path === "clinician") return "Showing all clinicians.";
  return "Left out.";
}

/**
 * The filters in words, on the screen and on paper: a printed list that says "3 overdue" must say
 * for which drug and clinician, or it reads as the whole clinic's.
 */
function filterWords(query: WorklistQuery, clinicians: readonly { id: string; name: string }[]): string {
  const drug = query.drug ? drugRules[query.drug as keyof typeof drugRules].name : "all drugs";
  const clinician = query.clinicianId
    ? `clinician ${clinicians.find((entry) => entry.id === query.clinicianId)?.name ?? "(not a clinician now)"}`
    : "all clinicians";
  return `Showing ${drug}, ${clinician}; due soon means within ${query.days} day${query.days === 1 ? "" : "s"}.`;
}

/** "plan ends Mon 4 Jan 2032", or "plan ended …" once past: the register schedules nothing after it. */
function planEndWords(planEndsOn: CalendarDate, today: CalendarDate): string {
  return `plan ${planEndsOn < today ? "ended" : "ends"} ${formatHumanDate(planEndsOn)}`;
}

/** Every overdue visit of a patient who missed more than one, so that none is left out of the booking. */
function OverdueVisits({ visits, more }: { visits: WorklistRow["overdueVisits"]; more: boolean }) {
  return (
    <ul className="overdue-visits">
      {visits.map((visit) => (
        <li key={visit.on}>
          <time dateTime={visit.on}>{formatHumanDate(visit.on)}</time>: {visit.tests.join(", ")}
        </li>
      ))}
      {more ? <li>and more overdue visits: open the patient</li> : null}
    </ul>
  );
}

function WorklistTable({
  title,
  rows,
  today,
  days,
}: {
  title: string;
  rows: WorklistRow[];
  today: CalendarDate;
  days: number;
}) {
  const windowEnd = addDays(today, days);
  return (
    <table className="worklist-table">
      <caption className="visually-hidden">{title}</caption>
      <thead>
        <tr>
          <th scope="col">Patient</th>
          <th scope="col">Drug</th>
          <th scope="col">Clinician</th>
          <th scope="col">Next tests due</th>
          <th scope="col">Flags</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.patientId}>
            <th scope="row">
              <Link href={`/register/patients/${row.patientId}`} prefetch={false}>
                {/* An identifier is read whole: "SEED-" then "000121" on the next line is two patients to the eye. */}
                <span className="clinic-id">{row.clinicPatientId}</span>
                {row.displayName ? ` — ${row.displayName}` : ""}
              </Link>
            </th>
            <td data-label="Drug">{drugRules[row.drug as keyof typeof drugRules]?.name ?? row.drug}</td>
            <td data-label="Clinician">{row.clinicianName ?? "—"}</td>
            <td data-label="Next tests due">
              {row.overdueVisits.length > 1 ? (
                <OverdueVisits visits={row.overdueVisits} more={row.moreOverdue} />
              ) : row.nextDueOn ? (
                <>
                  <time dateTime={row.nextDueOn}>{formatHumanDate(row.nextDueOn)}</time>
                  {row.nextDueTests.length ? `: ${row.nextDueTests.join(", ")}` : ""}
                </>
              ) : row.monitoringEnded ? (
                "Not tracked: monitoring ended"
              ) : row.planRefused ? (
                "Unknown: no plan"
              ) : row.planEndsOn && row.planEndsOn < today ? (
                "Nothing scheduled: plan ended"
              ) : (
                "Nothing scheduled"
              )}
            </td>
            <td data-label="Flags">
              {[
                row.monitoringEnded ? "monitoring ended" : "",
                row.planRefused ? "no plan: saved request refused" : "",
                row.planEndsOn && row.planEndsOn <= windowEnd ? planEndWords(row.planEndsOn, today) : "",
                row.needsReview ? `${row.needsReview} to review` : "",
                row.doNotStart ? "do not start" : "",
                row.rulesChanged ? "rules changed" : "",
              ]
                .filter(Boolean)
                .join(", ")}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * /register: who has no plan, is overdue or due soon, has a plan that ends, has a result to review, must
 * not start, has a plan the rules changed, or is no longer monitored.
 */
export default async function WorklistPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const raw = await searchParams;
  const params = new URLSearchParams(
    Object.entries(raw).flatMap(([key, value]) => (typeof value === "string" ? [[key, value]] : [])),
  );
  const access = await pageAccess("worklist.read", `/register${params.size ? `?${params}` : ""}`);
  // The register's first page after sign-in: an admin, who keeps no patients, starts at the users.
  if (!access.allowed && access.user.actor.role === "admin") redirect("/register/users");
  if (!access.allowed) return <NotAllowed role={access.user.actor.role} />;
  const checked = worklistQueryOf(params);
  // A filter the page cannot read is named and left out; the others still apply.
  const query = checked.ok ? checked.query : checked.usable;
  const date = today();
  const { db } = access.service.store;
  const worklist = await readWorklist(db, { today: date, ...query });
  await appendAudit(db, access.user.actor, {
    action: "worklist.read",
    detail: { filter: query, counts: worklist.counts },
  });
  const clinicians = (await listUsers(access.service)).filter((user) => user.role === "clinician");
  const shown = sections.filter((section) => !section.onlyWhenAny || worklist.counts[section.list] > 0);
  const csv = new URLSearchParams({
    ...(query.drug ? { drug: query.drug } : {}),
    ...(query.clinicianId ? { clinician: query.clinicianId } : {}),
    days: String(query.days),
    format: "csv",
  });

  return (
    <>
      <h1>Monitoring worklist</h1>
      <p className="lede">
        {formatHumanDate(date)} · signed in as {access.user.name} ({access.user.actor.role})
      </p>
      {checked.ok ? null : (
        <p className="field-error" role="alert">
          {checked.errors.map((error) => `${error.message} ${leftOut(error.path)}`).join(" ")}
        </p>
      )}
      <p className="filter-summary">{filterWords(query, clinicians)}</p>
      <ul className="counts" aria-label="Counts">
        {shown.map((section) => (
          <li key={section.list}>
            <strong>{worklist.counts[section.list]}</strong> {section.title.toLowerCase()}
          </li>
        ))}
      </ul>
      <form className="filters" method="get" action="/register">
        <div className="field">
          <label htmlFor="days">Due within (days)</label>
          <input
            id="days"
            name="days"
            type="number"
            min={1}
            max={maxDueWithinDays}
            step={1}
            defaultValue={String(query.days)}
          />
        </div>
        <div className="field">
          <label htmlFor="drug">Drug</label>
          <select id="drug" name="drug" defaultValue={query.drug ?? ""}>
            <option value="">All drugs</option>
            {drugIds.map((drug) => (
              <option key={drug} value={drug}>
                {drugRules[drug].name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="clinician">Clinician</label>
          <select id="clinician" name="clinician" defaultValue={query.clinicianId ?? ""}>
            <option value="">All clinicians</option>
            {clinicians.map((clinician) => (
              <option key={clinician.id} value={clinician.id}>
                {clinician.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Show</button>
        <PrintButton label="Print the list" />
        <a href={`/api/register/worklist?${csv}`} download>
          Download CSV
        </a>
      </form>
      {shown.map((section) => (
        <section key={section.list} aria-labelledby={`${section.list}-heading`}>
          <h2 id={`${section.list}-heading`}>
            {section.title} ({worklist.counts[section.list]})
          </h2>
          {section.hint ? <p className="hint">{section.hint}</p> : null}
          {worklist.lists[section.list].length === 0 ? (
            <p>{section.empty}</p>
          ) : (
            <WorklistTable title={section.title} rows={worklist.lists[section.list]} today={date} days={query.days} />
          )}
          {worklist.counts[section.list] > worklist.limit ? (
            <p className="hint">
              The first {worklist.limit} are shown; narrow the list with the filters, or download the CSV for all of
              them.
            </p>
          ) : null}
        </section>
      ))}
    </>
  );
}
