import { afterEach, describe, expect, it, vi } from "vitest";
import { drugRules } from "@/rules";
import { fromRequest, type FormValues } from "@/app/_planner/form-values";
import { answerPlanningJob, planningOf, type PlanningJob, type PlanningMessage } from "@/app/_planner/planning";
import { planRequestSchema } from "@/lib/contract/plan-request";
import { buildPlan } from "@/lib/plan";
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

/** A stand-in for the browser's Worker: answers each job with the real planning, in reverse order. */
class ReversingWorker {
  static made: ReversingWorker[] = [];
  onmessage: ((event: { data: PlanningMessage }) => void) | null = null;
  onerror: (() => void) | null = null;
  private jobs: PlanningJob[] = [];
  constructor() {
    ReversingWorker.made.push(this);
  }
  postMessage(job: PlanningJob) {
    this.jobs.push(job);
    if (this.jobs.length === 2) {
      const jobs = this.jobs.reverse();
      this.jobs = [];
      setTimeout(() => jobs.forEach((answered) => this.onmessage?.({ data: answerPlanningJob(answered) })));
    }
  }
  fail() {
    this.onerror?.();
  }
  terminate() {}
}

describe("the planning client", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it("without workers, plans on the page's thread with the same result", async () => {
    vi.stubGlobal("Worker", undefined);
    const { requestPlanning } = await import("@/app/_planner/planning-client");
    expect(await requestPlanning(validForm(), true)).toEqual(planningOf(validForm(), true));
  });

  it("gives each caller the answer to its own form, whatever order the answers come in", async () => {
    vi.stubGlobal("Worker", ReversingWorker);
    const { requestPlanning } = await import("@/app/_planner/planning-client");
    const [valid, provisional] = await Promise.all([
      requestPlanning(validForm(), true),
      requestPlanning(formWithBadPlatelets(), true),
    ]);
    expect(valid.check.ok).toBe(true);
    expect(provisional.check.ok).toBe(false);
  });

  it("fails the calls waiting on a worker that breaks, and starts a new one for the next", async () => {
    vi.stubGlobal("Worker", ReversingWorker);
    const { requestPlanning } = await import("@/app/_planner/planning-client");
    const waiting = requestPlanning(validForm(), true);
    const broken = ReversingWorker.made.at(-1)!;
    broken.fail();
    await expect(waiting).rejects.toThrow("The plan could not be made.");
    const next = Promise.all([requestPlanning(validForm(), false), requestPlanning(formWithBadPlatelets(), false)]);
    expect(ReversingWorker.made.at(-1)).not.toBe(broken);
    expect((await next).map(({ check }) => check.ok)).toEqual([true, false]);
  });
});
