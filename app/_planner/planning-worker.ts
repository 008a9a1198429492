import { answerPlanningJob, type PlanningJob, type PlanningMessage } from "./planning";

/**
 * The schema check and the engine, off the page's thread: the schema, the rules and the engine
 * are set up here rather than on the page while it is still loading, and a plan remade as the
 * user types never holds up the next keystroke. Nothing leaves the browser.
 */

interface WorkerScope {
  onmessage: ((event: MessageEvent<PlanningJob>) => void) | null;
  postMessage(message: PlanningMessage): void;
}
const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => scope.postMessage(answerPlanningJob(event.data));
