import { useEffect, useMemo, useState } from "react";
import type { buildPlan } from "@/lib/plan/build-plan";
import type { Plan } from "@/lib/plan/types";
import type { checkForm, FormCheck } from "./check-form";
import type { FormValues } from "./form-values";

interface Planning {
  checkForm: typeof checkForm;
  buildPlan: typeof buildPlan;
}

/**
 * The schema and the engine arrive just after the page rather than with it, so the form is
 * on screen and typeable sooner. Both are imported here and nowhere else in the planner's
 * first script.
 */
const loadPlanning = (): Promise<Planning> =>
  Promise.all([import("./check-form"), import("@/lib/plan/build-plan")]).then(([check, engine]) => ({
    checkForm: check.checkForm,
    buildPlan: engine.buildPlan,
  }));

/** react-hook-form's resolver, waiting for the schema on the first validation only. */
export async function planResolver(values: FormValues) {
  const { planResolver: resolve } = await import("./check-form");
  return resolve(values);
}

/** The form checked against the shared schema and, when valid, its plan; `null` while loading. */
export function usePlanning(values: FormValues): { check: FormCheck | null; plan: Plan | null } {
  const [planning, setPlanning] = useState<Planning | null>(null);
  useEffect(() => {
    let mounted = true;
    void loadPlanning().then((loaded) => {
      if (mounted) setPlanning(loaded);
    });
    return () => {
      mounted = false;
    };
  }, []);
  const check = useMemo(() => planning?.checkForm(values) ?? null, [planning, values]);
  const plan = useMemo(() => (planning && check?.ok ? planning.buildPlan(check.validated) : null), [planning, check]);
  return { check, plan };
}
