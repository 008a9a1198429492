-- The tests due next, beside their date (blood and now screening tests). Left null here: a status
-- without it is recomputed at the next start (refreshStatusesForRules, isStale).
ALTER TABLE "patient_status" ADD COLUMN "next_due_tests" jsonb;
