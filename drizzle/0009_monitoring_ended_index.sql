-- The "Monitoring ended" list reads this index only: ended patients are no longer on the due lists' ones.
CREATE INDEX "patient_status_monitoring_ended_idx" ON "patient_status" USING btree ("next_due_on","patient_id") WHERE "patient_status"."monitoring_ended";
