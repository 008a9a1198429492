-- An event's time is its insert's own, not its transaction's start: a writer that waited for the patient's
-- row lock began before the one it waited for, and a record's events are read in this order.
ALTER TABLE "patient_event" ALTER COLUMN "created_at" SET DEFAULT clock_timestamp();
