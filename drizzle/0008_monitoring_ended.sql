-- Whether the clinic ended the patient's monitoring (a monitoring-end event, not resumed since).
-- No record has such an event yet, so every status is right at false.
ALTER TABLE "patient_status" ADD COLUMN "monitoring_ended" boolean DEFAULT false NOT NULL;
