import type { FormValues } from "./form-values";
import type { Planning, PlanningJob, PlanningMessage } from "./planning";

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, { resolve: (planning: Planning) => void; reject: (error: Error) => void }>();

function planningWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL("./planning-worker.ts", import.meta.url), { type: "module" });
  worker.onmessage = (event: MessageEvent<PlanningMessage>) => {
    const message = event.data;
    const call = waiting.get(message.id);
    waiting.delete(message.id);
    if ("error" in message) call?.reject(new Error(message.error));
    else call?.resolve(message.planning);
  };
  // A worker that cannot start fails every call waiting on it; the next call starts a new one.
  worker.onerror = () => {
    worker?.terminate();
    worker = undefined;
    for (const call of waiting.values()) call.reject(new Error("The plan could not be made."));
    waiting.clear();
  };
  return worker;
}

/**
 * The form checked (and planned) in a worker (planning-worker.ts); without workers (a very old
 * browser, or a test outside one) here, on the page's thread, after loading the same modules.
 */
export function requestPlanning(values: FormValues, withPlan: boolean): Promise<Planning> {
  if (typeof Worker === "undefined") {
    return import("./planning").then(({ planningOf }) => planningOf(values, withPlan));
  }
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    planningWorker().postMessage({ id, values, withPlan } satisfies PlanningJob);
  });
}
