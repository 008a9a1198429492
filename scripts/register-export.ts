/**
 * `npm run -s register:export [-- --out register-backup.json]`: every record as one JSON
 * file, and beside it a folder with each patient's plan as a FHIR bundle
 * (register-backup.fhir/<record id>.json). On PGlite, stop the app first.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { calendarDateOf, jsonText } from "@/lib/register/engine";
import { systemActor } from "@/register/audit/actor";
import { appendAudit } from "@/register/audit/audit-trail";
import { exportRegister } from "@/register/backup/register-backup";
import { patientBundles } from "@/register/backup/fhir-bundles";
import { configuredLocation, openRegisterStore } from "@/register/db/connection";
import { optionOf } from "./register-options";

const now = new Date();
const out = path.resolve(optionOf("out") ?? `register-backup-${calendarDateOf(now)}.json`);
const fhirFolder = out.replace(/\.json$/, "") + ".fhir";
const store = await openRegisterStore(configuredLocation());
try {
  const backup = await exportRegister(store.db, now);
  // A folder named in --out that is not there yet (the README's backups/) is made, private.
  await mkdir(path.dirname(out), { recursive: true, mode: 0o700 });
  await writeFile(out, jsonText(backup), { mode: 0o600 });
  await mkdir(fhirFolder, { recursive: true, mode: 0o700 });
  const { bundles, refused } = await patientBundles(store.db, calendarDateOf(now));
  for (const { id, bundle } of bundles)
    await writeFile(path.join(fhirFolder, `${id}.json`), jsonText(bundle), { mode: 0o600 });
  await appendAudit(store.db, systemActor("register-export"), {
    action: "register.export",
    detail: { patients: backup.tables.patient.length, file: path.basename(out) },
  });
  console.log(
    `Exported ${backup.tables.patient.length} patients, ${backup.tables.patientEvent.length} events and ${backup.tables.auditEvent.length} audit entries to ${out}, and ${bundles.length} FHIR bundles to ${fhirFolder}.`,
  );
  if (refused.length)
    console.log(
      `No FHIR bundle for ${refused.length} record${refused.length === 1 ? "" : "s"} whose saved request the rules in force refuse (no plan; the rows are in the JSON backup): ${refused.join(", ")}.`,
    );
} finally {
  await store.close();
}
