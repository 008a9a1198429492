-- A status now keeps one open visit more than the worklist names (14, not 13), so that exactly 13
-- overdue visits no longer read "and more". Statuses kept with 13 are made stale here and recomputed
-- at the next start (refreshStatusesForRules, isStale).
UPDATE "patient_status" SET "open_visits" = NULL;
