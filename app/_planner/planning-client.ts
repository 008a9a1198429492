import type { FormValues } from "./form-values";
import type { Planning, PlanningJob, PlanningMessage } from "./planning";

/** Checks (and plans) one form; each call gets the answer to its own values. */
export type RequestPlanning = (values: FormValues, withPlan: boolean) => Promise<Planning>;

/** On the page's thread, after loading the same modules the worker runs. */
const onThisThread: RequestPlanning = (values, withPlan) =>
  import("./planning").then(({ planningOf }) => planningOf(values, withPlan));

/**
 * Plans in a worker made by `makeWorker`, matching answers to calls by number. A worker that
 * cannot start or breaks (a chunk missing after a deploy, a browser without module workers)
 * is not retried: its waiting calls and every later one run on the page's thread instead,
 * so the plan still comes, only with the page busier. An answer that the plan could not be
 * made rejects its call, as the engine's error would have on the page.
 */
export function createPlanningClient(makeWorker: (() => Worker) | undefined): RequestPlanning {
  if (!makeWorker) return onThisThread;
  let worker: Worker | undefined;
  let broken = false;
  let nextId = 0;
  const waiting = new Map<
    number,
    { job: PlanningJob; resolve: (planning: Planning) => void; reject: (error: Error) => void }
  >();

  const fallBack = () => {
    broken = true;
    worker?.terminate();
    worker = undefined;
    for (const { job, resolve, reject } of waiting.values())
      onThisThread(job.values, job.withPlan).then(resolve, reject);
    waiting.clear();
  };

  const started = (): Worker | undefined => {
    if (worker || broken) return worker;
    try {
      worker = makeWorker();
    } catch {
      broken = true;
      return undefined;
    }
    worker.onmessage = (event: MessageEvent<PlanningMessage>) => {
      const message = event.data;
      const call = waiting.get(message.id);
      waiting.delete(message.id);
      if ("error" in message) call?.reject(new Error(message.error));
      else call?.resolve(message.planning);
    };
    worker.onerror = fallBack;
    return worker;
  };

  return (values, withPlan) => {
    const planner = started();
    if (!planner) return onThisThread(values, withPlan);
    const job: PlanningJob = { id: nextId++, values, withPlan };
    return new Promise((resolve, reject) => {
      waiting.set(job.id, { job, resolve, reject });
      planner.postMessage(job);
    });
  };
}

/**
 * The planner's client: the form checked (and planned) in a worker (planning-worker.ts); without
 * workers (a very old browser, or a test outside one), on the page's thread.
 */
export const requestPlanning: RequestPlanning = createPlanningClient(
  typeof Worker === "undefined"
    ? undefined
    : () => new Worker(new URL("./planning-worker.ts", import.meta.url), { type: "module" }),
);
