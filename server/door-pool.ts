import { Worker } from "node:worker_threads";
import { answerDoorTask, type DoorAnswer, type DoorTask } from "@/lib/doors/door-task";
import { doorThreadCount } from "./door-threads";

/**
 * Worker threads that answer plan and CDS Hooks requests, so the thread that serves every
 * request (pages, the register, health checks) is not held up while the engine works: Node runs
 * route code on one thread, and a plan's validation, engine and JSON took a fifth of it under load.
 *
 * Written on `node:worker_threads` rather than a pool library: the bundler only builds a worker
 * entry it finds as `new Worker(new URL(…, import.meta.url))`, so a library given a file name
 * could not find the bundled engine. The door is pure, which keeps the pool simple: whatever a
 * thread cannot answer (still starting, stopped, broken) is answered on the calling thread
 * with the same bytes, so no request ever waits on or fails because of the pool.
 */

/**
 * What a door worker posts back: that it has loaded the engine, the answer to task `id`, or that
 * the door threw on it (a bug: the doors never throw on bad input), named by the error's kind only.
 */
export type DoorMessage = { ready: true } | { id: number; answer: DoorAnswer } | { id: number; failed: string };

interface Waiting {
  task: DoorTask;
  resolve: (answer: DoorAnswer) => void;
  reject: (error: Error) => void;
}

interface DoorThread {
  worker: Worker;
  ready: boolean;
  /** Sent and not yet answered, by task id. */
  pending: Map<number, Waiting>;
  /** The characters of request text those tasks hold. */
  queuedChars: number;
  /** Settles once the thread is ready or has stopped. */
  started: Promise<void>;
}

export interface DoorPool {
  /** The door's answer to `task`, from a ready worker thread with room in its queue, else from this one. */
  answer(task: DoorTask): Promise<DoorAnswer>;
  /** Starts the threads and settles when each is ready or has stopped: how many are ready. */
  ready(): Promise<number>;
  /** How many answers came from worker threads and how many from the calling thread. */
  readonly answered: { offThread: number; here: number };
  close(): Promise<void>;
}

/** Once this many threads have stopped before they were ready, the pool answers everything itself. */
const failedStartsAllowed = 3;

/**
 * The request text queued for one thread, at most: past it a request is answered on the calling
 * thread. The request thread reads bodies as fast as they come; without a bound, a flood of the
 * largest CDS Hooks calls (1 MB each) would pile up in memory. Answering here instead is also what
 * slows the flood down again: the request thread stops reading while it works.
 */
const defaultMaxQueuedChars = 8 * 1024 * 1024;

export function createDoorPool(
  threads: number,
  startWorker: () => Worker,
  { maxQueuedChars = defaultMaxQueuedChars }: { maxQueuedChars?: number } = {},
): DoorPool {
  const live: DoorThread[] = [];
  const answered = { offThread: 0, here: 0 };
  let failedStarts = 0;
  let nextTaskId = 0;

  function answerHere(task: DoorTask): DoorAnswer {
    answered.here += 1;
    return answerDoorTask(task);
  }

  // Inside a thread's event, where a throw would stop the server: a door that throws fails its request only.
  function settleHere({ task, resolve, reject }: Waiting): void {
    try {
      resolve(answerHere(task));
    } catch (error) {
      reject(error as Error);
    }
  }

  function start(): DoorThread {
    const worker = startWorker();
    let settle = () => {};
    const thread: DoorThread = {
      worker,
      ready: false,
      pending: new Map(),
      queuedChars: 0,
      started: new Promise((s) => (settle = s)),
    };
    live.push(thread);
    // Idle threads never keep the server's process alive on shutdown.
    worker.unref();
    worker.on("message", (message: DoorMessage) => {
      if ("ready" in message) {
        thread.ready = true;
        settle();
        return;
      }
      const waiting = thread.pending.get(message.id);
      if (!waiting) return;
      thread.pending.delete(message.id);
      thread.queuedChars -= waiting.task.body.length;
      answered.offThread += 1;
      if ("answer" in message) waiting.resolve(message.answer);
      // As on the request thread, the route's promise fails and the framework answers 500.
      else waiting.reject(new Error(`The ${waiting.task.door} door failed on a worker thread (${message.failed}).`));
    });
    // An error stops the thread ("exit" follows); unheard, it would stop the server. The fixed
    // message keeps request text (patient data) out of the log.
    worker.on("error", () => console.error("A door worker thread stopped; its requests are answered in the server."));
    worker.on("exit", () => {
      live.splice(live.indexOf(thread), 1);
      if (!thread.ready) failedStarts += 1;
      for (const waiting of thread.pending.values()) settleHere(waiting);
      thread.pending.clear();
      settle();
    });
    return thread;
  }

  // Threads still starting count against the allowance, so a broken build starts at most three.
  function startMissing(): void {
    const starting = () => live.filter((thread) => !thread.ready).length;
    while (live.length < threads && failedStarts + starting() < failedStartsAllowed) start();
  }

  return {
    answered,
    answer(task) {
      startMissing();
      let least: DoorThread | undefined;
      for (const thread of live) {
        if (!thread.ready || thread.queuedChars + task.body.length > maxQueuedChars) continue;
        if (!least || thread.pending.size < least.pending.size) least = thread;
      }
      if (!least) return Promise.resolve(answerHere(task));
      const chosen = least;
      const id = nextTaskId++;
      chosen.queuedChars += task.body.length;
      return new Promise((resolve, reject) => {
        chosen.pending.set(id, { task, resolve, reject });
        chosen.worker.postMessage({ id, task });
      });
    },
    async ready() {
      startMissing();
      await Promise.all(live.map((thread) => thread.started));
      return live.filter((thread) => thread.ready).length;
    },
    async close() {
      await Promise.all(live.map((thread) => thread.worker.terminate()));
    },
  };
}

// One pool per server process, however many route bundles import this module.
const shared = Symbol.for("jak-monitor.door-pool");
const processWide = globalThis as { [shared]?: DoorPool };

/** The server's pool: the plan and CDS Hooks routes hand their requests here. */
export const doorPool: DoorPool = (processWide[shared] ??= createDoorPool(
  doorThreadCount(process.env.JAK_DOOR_THREADS),
  () => new Worker(new URL("./door-worker.ts", import.meta.url)),
));
