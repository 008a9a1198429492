-- The first visits with tests no result answers yet, so the worklist names every overdue test, not
-- only the earliest visit's. Left null here: a status without it is recomputed at the next start
-- (refreshStatusesForRules, isStale).
ALTER TABLE "patient_status" ADD COLUMN "open_visits" jsonb;
