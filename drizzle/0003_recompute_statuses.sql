-- Statuses computed before plan_refused existed planned a saved request without checking it: a
-- request the rules in force refuse was planned in silence. Marking every status as computed with
-- no rules version makes the next start recompute them all (refreshStatusesForRules), checked.
-- (Custom migration: drizzle-kit does not generate data changes.)
UPDATE patient_status SET rules_version = '';
