import { useEffect, useMemo, useState } from "react";
import type { buildPlan } from "@/lib/plan";
import type { Plan } from "@/lib/contract/plan";
import type { checkForm, FormCheck } from "./check-form";
import type { FormValues } from "./form-values";

interface Planning {
  checkForm: typeof checkForm;
  buildPlan: typeof buildPlan;
}

/** A macrotask boundary: what follows runs in a task of its own. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The schema and the engine arrive just after the page rather than with it, so the form is
 * on screen and typeable sooner. Both are imported here and nowhere else in the planner's
 * first script, each in a task of its own after the page's first render: setting up their
 * modules (the schema, the rules, the engine) in one go held the page's main thread longest.
 */
async function loadPlanning(): Promise<Planning> {
  await nextTask();
  const { checkForm } = await import("./check-form");
  await nextTask();
  const { buildPlan } = await import("@/lib/plan/build-plan");
  return { checkForm, buildPlan };
}

/** react-hook-form's resolver, waiting for the schema on the first validation only. */
export async function planResolver(values: FormValues) {
  const { planResolver: resolve } = await import("./check-form");
  return resolve(values);
}

/**
 * The form checked against the shared schema and its plan: made from the form when valid, or
 * without its refused values (provisional) when those can be left out; `null` while loading.
 */
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
  const plan = useMemo(() => {
    const request = check?.ok ? check.validated : check?.partial;
    return planning && request ? planning.buildPlan(request) : null;
  }, [planning, check]);
  return { check, plan };
}
