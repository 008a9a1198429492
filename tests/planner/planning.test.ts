import { describe, expect, it } from "vitest";
import { drugRules } from "@/rules";
import { fromRequest, type FormValues } from "@/app/_planner/form-values";
import { answerPlanningJob, planningOf, type PlanningJob, type PlanningMessage } from "@/app/_planner/planning";
import { planRequestSchema } from "@/lib/contract/plan-request";
import { buildPlan } from "@/lib/plan";
import { createPlanningClient } from "@/app/_planner/planning-client";
import { cleanRequest } from "../support/requests";

function validForm(): FormValues {
  return fromRequest(planRequestSchema.parse(cleanRequest("abrocitinib")), drugRules);
}

/** A form with one refused optional value: the plan is made without it (provisional). */
function formWithBadPlatelets(): FormValues {
  const form = validForm();
  form.labs.platelets.value = "many";
  return form;
}

describe("the planning made off the page's thread", () => {
  it("is the form's check and the plan of its validated request", () => {
    const { check, plan } = planningOf(validForm(), true);
    expect(check.ok).toBe(true);
    expect(plan).toEqual(check.ok ? buildPlan(check.validated) : undefined);
  });

  it("leaves the plan out when only the check is asked for (the form's resolver)", () => {
    const { check, plan } = planningOf(validForm(), false);
    expect(check.ok).toBe(true);
    expect(plan).toBeNull();
  });

  it("makes a provisional plan without a refused value, and names the field", () => {
    const { check, plan } = planningOf(formWithBadPlatelets(), true);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors.map((error) => error.path)).toEqual(["labs.platelets.value"]);
    expect(plan).toEqual(buildPlan(check.partial!));
  });

  it("answers a job with its own number, and says why when the plan cannot be made", () => {
    expect(answerPlanningJob({ id: 7, values: validForm(), withPlan: true })).toMatchObject({
      id: 7,
      planning: { check: { ok: true } },
    });
    const broken = answerPlanningJob({ id: 8, values: null as unknown as FormValues, withPlan: true });
    expect(broken).toMatchObject({ id: 8, error: expect.any(String) });
  });
});

/** A stand-in for the browser's Worker: answers jobs with the real planning, two at a time in reverse order. */
class ReversingWorker {
  onmessage: ((event: { data: PlanningMessage }) => void) | null = null;
  onerror: (() => void) | null = null;
  private jobs: PlanningJob[] = [];
  postMessage(job: PlanningJob) {
    this.jobs.push(job);
    if (this.jobs.length < 2) return;
    const jobs = this.jobs.reverse();
    this.jobs = [];
    setTimeout(() => jobs.forEach((answered) => this.onmessage?.({ data: answerPlanningJob(answered) })));
  }
  terminate() {}
}

/** A client over stand-in workers, and the workers it made. */
function clientOver(makeWorker: () => ReversingWorker) {
  const made: ReversingWorker[] = [];
  const requestPlanning = createPlanningClient(() => {
    const worker = makeWorker();
    made.push(worker);
    return worker as unknown as Worker;
  });
  return { requestPlanning, made };
}

describe("the planning client", () => {
  it("without workers, plans on the page's thread with the same result", async () => {
    expect(await createPlanningClient(undefined)(validForm(), true)).toEqual(planningOf(validForm(), true));
  });

  it("gives each caller the answer to its own form, whatever order the answers come in", async () => {
    const { requestPlanning, made } = clientOver(() => new ReversingWorker());
    const [valid, provisional] = await Promise.all([
      requestPlanning(validForm(), true),
      requestPlanning(formWithBadPlatelets(), true),
    ]);
    expect(valid).toEqual(planningOf(validForm(), true));
    expect(provisional).toEqual(planningOf(formWithBadPlatelets(), true));
    expect(made).toHaveLength(1);
  });

  it("when the worker breaks, plans the calls waiting on it and every later one on the page's thread", async () => {
    const { requestPlanning, made } = clientOver(() => new ReversingWorker());
    const waiting = requestPlanning(validForm(), true);
    made[0]!.onerror?.();
    expect(await waiting).toEqual(planningOf(validForm(), true));
    expect(await requestPlanning(formWithBadPlatelets(), false)).toEqual(planningOf(formWithBadPlatelets(), false));
    expect(made).toHaveLength(1);
  });

  it("when no worker can be made, plans on the page's thread", async () => {
    const requestPlanning = createPlanningClient(() => {
      throw new Error("Workers are not allowed here.");
    });
    expect(await requestPlanning(validForm(), true)).toEqual(planningOf(validForm(), true));
  });

  it("rejects a call whose plan could not be made, with the reason", async () => {
    const { requestPlanning } = clientOver(() => new ReversingWorker());
    const broken = requestPlanning(null as unknown as FormValues, true);
    void requestPlanning(validForm(), false);
    await expect(broken).rejects.toThrow(/./);
  });
});
