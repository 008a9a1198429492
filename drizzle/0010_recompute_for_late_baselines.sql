-- The engine now counts a baseline test missed before the start as done, late, once results after it
-- do what it asks (and holds such results to the start limits, as a caution); a dose change and a live
-- zoster vaccine can now raise a finding to review. Every status is recomputed at the next start
-- (refreshStatusesForRules); a plan that changes shows under "Rules changed since last review".
UPDATE patient_status SET rules_version = '';
