import { checkWith, planReviewSchema } from "@/lib/register/register-inputs";
import { eventRoute } from "@/register/http/event-route";

/** POST: a clinician has reviewed a plan the rules changed, `{ comment }`. Clinicians only. */
export const POST = eventRoute("plan-review", "plan-review.add", "review plans", (body) =>
  checkWith(planReviewSchema, body),
);
