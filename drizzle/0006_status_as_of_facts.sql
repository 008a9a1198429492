-- Statuses are now planned as of the day the record's facts reach (its latest result or dose
-- change), not its start: a creatinine during treatment is judged. Every status is recomputed at
-- the next start (refreshStatusesForRules); a plan that changes shows under "Rules changed since
-- last review" until a clinician reviews it.
UPDATE patient_status SET rules_version = '';
