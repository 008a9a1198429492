ALTER TABLE "patient_status" ADD COLUMN "plan_ends_on" date;
--> statement-breakpoint
-- Every status is recomputed at the next start (refreshStatusesForRules), which fills the new column.
UPDATE patient_status SET rules_version = '';
