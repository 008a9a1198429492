-- What each unsigned result or dose change raised, kept with the status so that opening a record need
-- not plan it again. Null until the status is next computed (0010 recomputes every status at the next start).
ALTER TABLE "patient_status" ADD COLUMN "raised" jsonb;
