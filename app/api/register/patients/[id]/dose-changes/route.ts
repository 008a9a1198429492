import { checkDoseChange } from "@/lib/register/register-inputs";
import { eventRoute } from "@/register/http/event-route";

/** POST: a dose change, `{ date, doseMg }` (0 mg for an interruption). Nurses and clinicians. */
export const POST = eventRoute("dose-change", "dose-change.add", "record dose changes", checkDoseChange);
